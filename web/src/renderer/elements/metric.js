// st.metric: label, value and a delta whose colour says good or bad.
import { h, setAttr, setText } from "../dom.js";
import { setIcon, setMarkdown } from "../markdown_html.js";

/** @type {import("../index.js").ViewFactory} */
function metric() {
  const label = h("div", { "data-testid": "stMetricLabel", class: "wl-metric-label" });
  const value = h("div", { "data-testid": "stMetricValue", class: "wl-metric-value" });
  const delta = h("div", { "data-testid": "stMetricDelta", class: "wl-metric-delta" });
  const icon = h("span", { "data-testid": "stMetricIcon", class: "wl-icon", hidden: true });
  const labelText = h("div", { "data-testid": "stMarkdownContainer" });
  label.append(icon, labelText);
  const description = h("div", { "data-testid": "stMetricDeltaDescription", class: "wl-metric-description", hidden: true });
  const el = h("div", { class: "stMetric", "data-testid": "stMetric", role: "group" }, [label, value, delta, description]);
  return {
    el,
    update({ props }) {
      setMarkdown(labelText, props.label, { inline: true });
      setAttr(icon, "hidden", !props.icon);
      if (props.icon) setIcon(icon, props.icon);
      setAttr(description, "hidden", !props.delta_description);
      setText(description, props.delta_description || "");
      setText(value, props.value);
      const d = props.delta == null ? "" : String(props.delta);
      setAttr(delta, "hidden", d === "");
      const down = d.trim().startsWith("-");
      const color = props.delta_color || "normal";
      const good = color === "off" ? null : (color === "inverse" ? down : !down);
      setAttr(delta, "data-tone", good === null ? "off" : good ? "good" : "bad");
      delta.replaceChildren(
        h("span", { "data-testid": down ? "stMetricDeltaIcon-Down" : "stMetricDeltaIcon-Up", class: "wl-icon" }, [down ? "↓" : "↑"]),
        h("span", {}, [d]),
      );
      el.classList.toggle("wl-bordered", !!props.border);
      setAttr(el, "title", props.help || null);
    },
  };
}

export const views = { metric };

// st.metric: label, value and a delta whose colour says good or bad.
import { h, setAttr, setText } from "../dom.js";
import { setMarkdown } from "../markdown_html.js";
import { helpIcon } from "../tooltip.js";

/** @type {import("../index.js").ViewFactory} */
function metric() {
  const labelText = h("div", { class: "wl-metric-label-text" });
  const help = helpIcon();
  const label = h("div", { "data-testid": "stMetricLabel", class: "wl-metric-label" }, [labelText, help.el]);
  const value = h("div", { "data-testid": "stMetricValue", class: "wl-metric-value" });
  const delta = h("div", { "data-testid": "stMetricDelta", class: "wl-metric-delta" });
  const el = h("div", { class: "stMetric", "data-testid": "stMetric", role: "group" }, [label, value, delta]);
  return {
    el,
    update({ props }) {
      setMarkdown(labelText, props.label, { inline: true });
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
      help.set(props.help);
    },
  };
}

export const views = { metric };

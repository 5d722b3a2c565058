// st.progress: a progressbar with aria values and an optional text.
import { h, setAttr } from "../dom.js";
import { setMarkdown } from "../markdown_html.js";

/** @type {import("../index.js").ViewFactory} */
function progress() {
  const label = h("div", { "data-testid": "stMarkdownContainer" });
  const bar = h("div", { class: "wl-progress-fill" });
  // 1.67: the progressbar holds the drawn track (stProgressBarTrack) and its fill.
  const track = h("div", { role: "progressbar", "aria-valuemin": "0", "aria-valuemax": "100" }, [
    h("div", { "data-testid": "stProgressBarTrack", class: "wl-progress" }, [bar]),
  ]);
  const el = h("div", { class: "stProgress", "data-testid": "stProgress" }, [label, track]);
  return {
    el,
    update({ props }) {
      const v = Math.max(0, Math.min(100, Number(props.value) || 0));
      setAttr(track, "aria-valuenow", v);
      setAttr(track, "aria-valuetext", props.text ? String(props.text) : `${v}%`);
      bar.style.width = `${v}%`;
      setAttr(label, "hidden", !props.text);
      setMarkdown(label, props.text || "", { inline: true });
    },
  };
}

export const views = { progress };

// st.spinner: shown while its block runs.
import { h } from "../dom.js";
import { setMarkdown } from "../markdown_html.js";

/** @type {import("../index.js").ViewFactory} */
function spinner() {
  const label = h("div", { "data-testid": "stMarkdownContainer" });
  const el = h("div", { class: "stSpinner", "data-testid": "stSpinner" }, [h("i", { class: "wl-spinner-icon", "aria-hidden": "true" }), label]);
  return { el, update({ props }) { setMarkdown(label, props.text, { inline: true }); } };
}

export const views = { spinner };

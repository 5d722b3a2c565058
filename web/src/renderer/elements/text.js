// st.text: preformatted plain text.
import { h, setAttr, setText } from "../dom.js";

/** @type {import("../index.js").ViewFactory} */
function text() {
  const el = h("div", { class: "stText", "data-testid": "stText" });
  return { el, update({ props }) { setText(el, props.body); setAttr(el, "title", props.help || null); } };
}

export const views = { text };

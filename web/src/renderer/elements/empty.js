// st.empty before anything is written to it: a hidden placeholder.
import { h } from "../dom.js";

/** @type {import("../index.js").ViewFactory} */
function empty() {
  return { el: h("div", { class: "stEmpty", "data-testid": "stEmpty" }), update() {} };
}

export const views = { empty };

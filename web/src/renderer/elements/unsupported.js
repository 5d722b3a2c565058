// An st.* command wasmlit does not render yet: a notice instead of nothing.
import { h, setText } from "../dom.js";

/** @type {import("../index.js").ViewFactory} */
function unsupported() {
  const el = h("div", { class: "stAlert wl-unsupported", "data-testid": "stAlert" });
  return {
    el,
    update(node) {
      const name = node.props.name || node.type;
      setText(el, `st.${name} is not supported by wasmlit yet.`);
    },
  };
}

export const views = { unsupported };

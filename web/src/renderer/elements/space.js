// st.space: vertical room of a named or pixel size.
import { h } from "../dom.js";

const SIZES = { small: "0.5rem", medium: "2.5rem", large: "4rem" };

/** @type {import("../index.js").ViewFactory} */
function space() {
  const el = h("div", { class: "stSpace", "data-testid": "stSpace" });
  return {
    el,
    update({ props }) {
      el.style.height = typeof props.size === "number" ? `${props.size}px` : SIZES[props.size] || SIZES.small;
    },
  };
}

export const views = { space };

// st.skeleton: a grey, gently pulsing placeholder (later writes replace it).
import { h } from "../dom.js";

/** @type {import("../index.js").ViewFactory} */
function skeleton() {
  const el = h("div", { class: "stSkeleton", "data-testid": "stSkeletonElement", "aria-hidden": "true" });
  return {
    el,
    update({ props }) {
      el.style.height = typeof props.height === "number" ? `${props.height}px` : props.height === "stretch" ? "100%" : "";
      el.style.width = typeof props.width === "number" ? `${props.width}px` : "";
    },
  };
}

export const views = { skeleton };

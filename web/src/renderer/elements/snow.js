// st.snow: snowflakes fall over the page for a few seconds (stSnow, CSS only).
import { h } from "../dom.js";
import { launch } from "./balloons.js";

/** @type {import("../index.js").ViewFactory} */
function snow() {
  const el = h("div", { class: "stSnow wl-celebration", "data-testid": "stSnow", "aria-hidden": "true" });
  let timer = 0;
  return {
    el,
    update({ props }, prev) {
      if (prev && prev.props.seq === props.seq) return;
      clearTimeout(timer);
      timer = launch(el, 48, (i) => h("div", { class: "wl-flake", style: `font-size: ${0.8 + (i % 5) * 0.3}rem` }, ["❄"]));
    },
    destroy() { clearTimeout(timer); },
  };
}

export const views = { snow };

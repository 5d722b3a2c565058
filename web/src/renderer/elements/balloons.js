// st.balloons: balloons float up over the page for a few seconds
// (stBalloons, drawn over everything with CSS; nothing stays behind).
import { h } from "../dom.js";

const COLORS = ["#ff4b4b", "#ffa421", "#21c354", "#1c83e1", "#803df5", "#ff8c8c", "#ffe312"];
export const CELEBRATION_MS = 4500;

/**
 * Launch `count` pieces made by `piece`, each with its own place, delay and
 * colour, and clear them once they are done.
 * @param {HTMLElement} layer @param {number} count @param {(i: number) => HTMLElement} piece
 */
export function launch(layer, count, piece) {
  layer.replaceChildren();
  for (let i = 0; i < count; i += 1) {
    const el = piece(i);
    el.style.left = `${(i * 97) % 100}%`;
    el.style.animationDelay = `${((i * 37) % 100) / 100}s`;
    el.style.setProperty("--wl-hue", COLORS[i % COLORS.length]);
    layer.append(el);
  }
  return setTimeout(() => layer.replaceChildren(), CELEBRATION_MS);
}

/** @type {import("../index.js").ViewFactory} */
function balloons() {
  const el = h("div", { class: "stBalloons wl-celebration", "data-testid": "stBalloons", "aria-hidden": "true" });
  let timer = 0;
  return {
    el,
    update({ props }, prev) {
      if (prev && prev.props.seq === props.seq) return;
      clearTimeout(timer);
      timer = launch(el, 24, () => h("div", { class: "wl-balloon" }, [h("div", { class: "wl-balloon-string" })]));
    },
    destroy() { clearTimeout(timer); },
  };
}

export const views = { balloons };

// What every chart view shares: its width as it changes (one ResizeObserver
// for all charts), a redraw when the page's theme changes (the app's light or
// dark theme, from prefers-color-scheme or the page's own switch), and the
// error a chart shows when its library cannot draw it.
import { h } from "./dom.js";

/** Can this page lay out charts? (The build's prerender runs in jsdom: no layout, no charts.) */
export const CAN_DRAW = typeof ResizeObserver !== "undefined";

/** @type {Map<Element, (width: number) => void>} */
const widthListeners = new Map();
/** @type {ResizeObserver | null} */
let resizer = null;

/**
 * Call `listener` with `el`'s width when it is laid out and whenever it changes.
 * @param {Element} el @param {(width: number) => void} listener
 * @returns {() => void} stop
 */
export function onWidth(el, listener) {
  if (!CAN_DRAW) return () => {};
  resizer ||= new ResizeObserver((entries) => {
    for (const entry of entries) {
      const width = Math.floor(entry.contentRect.width);
      if (width > 0) widthListeners.get(entry.target)?.(width);
    }
  });
  widthListeners.set(el, listener);
  resizer.observe(el);
  return () => {
    widthListeners.delete(el);
    resizer?.unobserve(el);
  };
}

/** @type {Set<() => void>} */
const themeListeners = new Set();
let themeWatched = false;

function watchPageTheme() {
  if (themeWatched) return;
  themeWatched = true;
  let pending = 0;
  const changed = () => {
    cancelAnimationFrame(pending);
    // After the new styles apply: listeners read the computed colours.
    pending = requestAnimationFrame(() => { for (const listener of [...themeListeners]) listener(); });
  };
  globalThis.matchMedia?.("(prefers-color-scheme: dark)").addEventListener?.("change", changed);
  const observer = new MutationObserver(changed);
  const options = { attributes: true, attributeFilter: ["class", "style", "data-theme", "data-color-scheme"] };
  observer.observe(document.documentElement, options);
  if (document.body) observer.observe(document.body, options);
  for (const app of document.querySelectorAll("[data-testid=stApp]")) observer.observe(app, options);
}

/**
 * Call `listener` when the page's theme may have changed (each chart checks
 * whether its colours did, and redraws only then).
 * @param {Element} el the chart (its app may sit in a shadow root: its host is watched too)
 * @param {() => void} listener @returns {() => void} stop
 */
export function watchTheme(el, listener) {
  if (!CAN_DRAW) return () => {};
  watchPageTheme();
  themeListeners.add(listener);
  return () => themeListeners.delete(listener);
}

/**
 * One drawing at a time: a call made while `step` runs asks for one more pass
 * once it is done (each pass reads the latest props), so a burst of updates
 * draws at most twice. `step` returns false to stop (its view was destroyed);
 * an error ends the passes and goes to `onError`.
 * Called during a pass, `draw()` asks for one more; `draw.busy` says whether a pass runs.
 * @param {() => Promise<boolean | void>} step @param {(err: unknown) => void} onError
 * @returns {(() => Promise<void>) & {readonly busy: boolean}}
 */
export function serialDraw(step, onError) {
  let busy = false;
  let again = false;
  const draw = async () => {
    if (busy) { again = true; return; }
    busy = true;
    try {
      do {
        again = false;
        if ((await step()) === false) return;
      } while (again);
    } catch (err) {
      onError(err);
    } finally {
      busy = false;
    }
  };
  return Object.defineProperty(draw, "busy", { get: () => busy });
}

/**
 * What a chart shows when it cannot be drawn (a bad spec, a library that did not load).
 * A chart whose Streamlit element has its own error (ECharts: `stEChartsChartError`, "ECharts
 * chart error: ...") passes that test id and prefix.
 * @param {unknown} err @param {{testId?: string, prefix?: string}} [own]
 * @returns {HTMLElement}
 */
export function chartError(err, own = {}) {
  const message = err instanceof Error ? err.message : String(err);
  return h("div", { class: "wl-chart-error", role: "alert", "data-testid": own.testId || "stChartError" }, [
    own.prefix ?? h("strong", {}, ["This chart could not be drawn. "]), message,
  ]);
}

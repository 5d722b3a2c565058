// st.plotly_chart: the figure's JSON drawn by plotly.js (plotly.js-dist-min,
// loaded on the first Plotly chart). A rerun with a new figure redraws the
// same plot (Plotly.react), so zoom state and DOM stay. As in Streamlit,
// Fullscreen is a button of plotly's own modebar (no element toolbar), and
// the figure is drawn again at the expanded frame's size.
import { h } from "../dom.js";
import { lazy, stylesheet } from "../../lazy.js";
import { CAN_DRAW, chartError, onWidth, watchTheme, serialDraw } from "../chart_frame.js";
import { readTheme } from "../vega.js";
import { ICONS } from "../element_toolbar.js";
import { FullScreenFrame } from "../full_screen_frame.js";

const loadPlotly = lazy(() => import("../../vendor/plotly.min.js").then(() => {
  if (!globalThis.Plotly) throw new Error("plotly.js did not load");
  return globalThis.Plotly;
}));
const CSS = new URL("../charts.css", import.meta.url);
const CATEGORY = ["#0068c9", "#83c9ff", "#ff2b2b", "#ffabab", "#29b09d", "#7defa1", "#ff8700", "#ffd16a", "#6d3fc0", "#d5dae5"];
const CATEGORY_DARK = ["#83c9ff", "#0068c9", "#ffabab", "#ff2b2b", "#7defa1", "#29b09d", "#ffd16a", "#ff8700", "#6d3fc0", "#d5dae5"];

/**
 * The figure with Streamlit's look (theme="streamlit"), fitted to `width` (or to the expanded frame).
 * @param {Record<string, any>} p @param {HTMLElement} el @param {number} width
 * @param {{width: number, height: number} | null} full
 */
function figureFor(p, el, width, full) {
  const figure = JSON.parse(String(p.spec || "{}"));
  const layout = { ...(figure.layout || {}) };
  if (p.theme === "streamlit") {
    const t = readTheme(el);
    const grid = t.dark ? "#31333F" : "#e6eaf1";
    const axis = (/** @type {any} */ a) => ({ gridcolor: grid, zerolinecolor: grid, linecolor: grid, ...(a || {}) });
    Object.assign(layout, {
      font: { family: t.font, color: t.fg, ...(layout.font || {}) },
      paper_bgcolor: layout.paper_bgcolor ?? t.bg, plot_bgcolor: layout.plot_bgcolor ?? t.bg,
      colorway: layout.colorway ?? (t.dark ? CATEGORY_DARK : CATEGORY),
      xaxis: axis(layout.xaxis), yaxis: axis(layout.yaxis),
    });
    if (layout.template?.layout) {
      for (const k of ["colorway", "paper_bgcolor", "plot_bgcolor", "font"]) delete layout.template.layout[k];
    }
  }
  const stretch = p.width === "stretch";
  if (stretch && width > 0) layout.width = width;
  else if (typeof p.width === "number") layout.width = p.width;
  if (typeof p.height === "number") layout.height = p.height;
  else layout.height ??= 450;
  if (full) Object.assign(layout, full);
  return { data: figure.data || [], layout, frames: figure.frames };
}

/** @type {import("../index.js").ViewFactory} */
function plotlyChart(node) {
  const plot = h("div", { class: "wl-plotly" });
  const el = h("div", { class: "stPlotlyChart", "data-testid": "stPlotlyChart" }, [plot]);
  const frame = new FullScreenFrame(el, { toolbar: "none", onResize: () => void draw() });
  let latest = node;
  let width = 0;
  let drawn = false;
  const draw = serialDraw(async () => {
    const Plotly = await loadPlotly();
    await stylesheet(CSS, el);
    const p = latest.props;
    const { data, layout, frames } = figureFor(p, el, width || el.clientWidth, frame.size());
    const config = { displaylogo: false, responsive: false, ...JSON.parse(String(p.config || "{}")) };
    const action = frame.button();
    const fullscreen = { name: action.label, title: action.label, icon: { width: 24, height: 24, path: ICONS[action.icon] }, click: action.onClick };
    config.modeBarButtonsToAdd = [fullscreen, ...(config.modeBarButtonsToAdd || [])];
    // Streamlit's modebar has no "Share chart" (sending the data to Chart Studio) unless asked for.
    config.showSendToCloud ??= false;
    if (!config.showSendToCloud) config.modeBarButtonsToRemove = [...(config.modeBarButtonsToRemove || []), "sendChartToCloud"];
    await Plotly.react(plot, { data, layout, frames, config });
    drawn = true;
  }, (err) => {
    plot.replaceChildren(chartError(err));
  });
  const stopWidth = onWidth(el, (w) => { if (w !== width) { width = w; if (drawn || !draw.busy) draw(); } });
  const stopTheme = watchTheme(el, () => { if (drawn) draw(); });
  return {
    el: frame.el,
    update(n) {
      latest = n;
      if (!drawn) plot.style.minHeight = typeof n.props.height === "number" ? `${n.props.height}px` : "450px";
      if (CAN_DRAW) draw();
    },
    destroy() {
      frame.destroy();
      stopWidth();
      stopTheme();
      globalThis.Plotly?.purge(plot);
    },
  };
}

export const views = { plotly_chart: plotlyChart };

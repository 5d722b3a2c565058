// st.plotly_chart: the figure's JSON drawn by plotly.js (plotly.js-dist-min,
// loaded on the first Plotly chart). A rerun with a new figure redraws the
// same plot (Plotly.react), so zoom state and DOM stay. As in Streamlit,
// Fullscreen is a button of plotly's own modebar (no element toolbar), and
// the figure is drawn again at the expanded frame's size.
//
// With on_select the chart is a widget: a click, a box or a lasso sends the
// JSON text of {selection: {points, point_indices, box, lasso}} that
// Streamlit's frontend sends (points with snake_case keys); a double click or
// a deselect sends the empty selection. A rerun that changes only that value
// does not draw again, so the selection stays drawn as the user made it.
import { h } from "../dom.js";
import { lazy, stylesheet } from "../../lazy.js";
import { CAN_DRAW, chartError, onWidth, watchTheme, serialDraw } from "../chart_frame.js";
import { readTheme } from "../vega.js";
import { themedFigure } from "../plotly_theme.js";
import { ICONS } from "../icon_paths.js";
import { FullScreenFrame } from "../full_screen_frame.js";

const loadPlotly = lazy(() => import("../../vendor/plotly.min.js").then(() => {
  if (!globalThis.Plotly) throw new Error("plotly.js did not load");
  return globalThis.Plotly;
}));
const CSS = new URL("../charts.css", import.meta.url);

const EMPTY = JSON.stringify({ selection: { points: [], point_indices: [], box: [], lasso: [] } });

/** Streamlit's snake_case of a Plotly key (curveNumber → curve_number, marker.size → marker_size). @param {string} key */
function snakeCase(key) {
  if (key.length < 2) return key;
  return key
    .replaceAll(/([\p{Lowercase_Letter}\d])(\p{Uppercase_Letter})/gu, "$1_$2")
    .replaceAll(/((?<![\p{Uppercase_Letter}\d])[\p{Uppercase_Letter}\d](?![\p{Uppercase_Letter}\d]))/gu, (c) => c.toLowerCase())
    .replaceAll(/(?<!\p{Uppercase_Letter})(\p{Uppercase_Letter}+)(\p{Uppercase_Letter}\p{Lowercase_Letter}+)/gu, (_, a, b) => `${a}_${b.toLowerCase()}`)
    .replace(".", "_");
}

/** A point's keys in snake_case, nested objects too. @param {Record<string, any>} obj @returns {Record<string, any>} */
function snakeKeys(obj) {
  /** @type {Record<string, any>} */
  const out = {};
  for (const [key, value] of Object.entries(obj)) {
    let v = value;
    if (v && typeof v === "object" && !Array.isArray(v)) v = snakeKeys(v);
    else if (Array.isArray(v)) v = v.map((x) => (x && typeof x === "object" ? snakeKeys(x) : x));
    out[snakeCase(key)] = v;
  }
  return out;
}

/** "M1,2L3,4Z" → {x: [1, 3], y: [2, 4]}. @param {string} path */
function lassoPoints(path) {
  /** @type {{x: number[], y: number[]}} */
  const out = { x: [], y: [] };
  if (!path) return out;
  for (const pair of path.replace("M", "").replace("Z", "").split("L")) {
    const [x, y] = pair.split(",").map(Number);
    out.x.push(x);
    out.y.push(y);
  }
  return out;
}

/**
 * The selection state of a plotly_selected event, as Streamlit builds it, or null when the event
 * selects nothing this chart allows (a box on a chart without "box").
 * @param {any} event @param {string[]} modes @returns {string | null}
 */
export function selectionOf(event, modes) {
  if (!event) return null;
  const indices = new Set();
  /** @type {Record<string, any>[]} */
  const points = [];
  /** @type {Record<string, any>[]} */
  const box = [];
  /** @type {Record<string, any>[]} */
  const lasso = [];
  for (const pt of event.points || []) {
    const group = pt.data?.legendgroup;
    points.push(snakeKeys({ ...pt, legendgroup: group === null || group === "" ? undefined : group, data: undefined, fullData: undefined }));
    if (pt.pointIndex != null) indices.add(pt.pointIndex);
    if (Array.isArray(pt.pointIndices)) for (const i of pt.pointIndices) indices.add(i);
  }
  for (const sel of event.selections || []) {
    if (sel.type === "rect") {
      const has = ["x0", "x1", "y0", "y1"].every((k) => k in sel);
      box.push({ xref: sel.xref, yref: sel.yref, x: has ? [sel.x0, sel.x1] : [], y: has ? [sel.y0, sel.y1] : [] });
    }
    if (sel.type === "path" && sel.path) lasso.push({ xref: sel.xref, yref: sel.yref, ...lassoPoints(sel.path) });
  }
  if ((box.length && !modes.includes("box")) || (lasso.length && !modes.includes("lasso"))) return null;
  return JSON.stringify({ selection: { points, point_indices: [...indices], box, lasso } });
}

/**
 * A click on a sunburst or treemap sector (Streamlit's points selection there), or null.
 * @param {any} event @returns {string | null}
 */
function sectorOf(event) {
  const pt = event?.points?.[0];
  if (!pt || pt.id === undefined || pt.parent === undefined) return null;
  const point = snakeKeys({
    label: pt.label, id: pt.id, parent: pt.parent, value: pt.value, currentPath: pt.currentPath,
    percentRoot: pt.percentRoot, percentEntry: pt.percentEntry, percentParent: pt.percentParent,
    pointNumber: pt.pointNumber, curveNumber: pt.curveNumber,
  });
  return JSON.stringify({ selection: { points: [point], point_indices: pt.pointNumber != null ? [pt.pointNumber] : [], box: [], lasso: [] } });
}

/**
 * Streamlit's interaction defaults for a chart with selections: click to select points (else
 * drag a box or a lasso), nearest-point hover. The figure's own settings win.
 * @param {Record<string, any>} layout @param {string[]} modes
 */
function selectionLayout(layout, modes) {
  const points = modes.includes("points");
  layout.clickmode ??= points ? "event+select" : "none";
  layout.hovermode ??= "closest";
  layout.dragmode ??= points ? "pan" : modes.includes("box") ? "select" : modes.includes("lasso") ? "lasso" : "pan";
}

/**
 * The figure with Streamlit's look (plotly_theme.js), fitted to `width` (or to the expanded frame).
 * @param {Record<string, any>} p @param {HTMLElement} el @param {number} width
 * @param {{width: number, height: number} | null} full
 */
function figureFor(p, el, width, full) {
  const figure = themedFigure(String(p.spec || "{}"), p.theme, readTheme(el));
  const layout = figure.layout;
  const stretch = p.width === "stretch";
  if (stretch && width > 0) layout.width = width;
  else if (typeof p.width === "number") layout.width = p.width;
  else if (p.width === "content") {
    // Streamlit: the figure's own width, else Plotly's default 700 px (never wider than the column).
    const own = Number(layout.width) > 0 ? Number(layout.width) : 700;
    layout.width = width > 0 ? Math.min(own, width) : own;
  }
  if (typeof p.height === "number") layout.height = p.height;
  else layout.height ??= 450;
  if (full) Object.assign(layout, full);
  const modes = p.selection_mode || [];
  if (modes.length) selectionLayout(layout, modes);
  return { data: figure.data || [], layout, frames: figure.frames };
}

/** @type {import("../index.js").ViewFactory} */
function plotlyChart(node, ctx) {
  const plot = h("div", { class: "wl-plotly" });
  const el = h("div", { class: "stPlotlyChart", "data-testid": "stPlotlyChart" }, [plot]);
  const frame = new FullScreenFrame(el, { toolbar: "none", onResize: () => void draw() });
  let latest = node;
  let width = 0;
  let drawn = false;
  /** What the plot was last drawn from (not the widget's value). */
  let drawnKey = "";
  let listening = false;
  /** Is a selection drawn on the plot (the user's, since the last clear)? */
  let selectionDrawn = false;
  /** Set while this view takes the drawn selection off: Plotly's events then are not the user's. */
  let clearing = false;
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
    const modes = p.selection_mode || [];
    const remove = new Set(config.modeBarButtonsToRemove || []);
    if (!config.showSendToCloud) remove.add("sendChartToCloud");
    // As Streamlit: box and lasso tools only where those selections are on.
    if (!modes.includes("lasso")) remove.add("lasso2d");
    if (!modes.includes("box")) remove.add("select2d");
    config.modeBarButtonsToRemove = [...remove];
    await Plotly.react(plot, { data, layout, frames, config });
    drawn = true;
    drawnKey = figureKey(latest, width, frame.size());
    if (!listening) listen(Plotly, /** @type {any} */ (plot));
  }, (err) => {
    plot.replaceChildren(chartError(err));
  });
  /** @param {any} Plotly @param {any} gd */
  function listen(Plotly, gd) {
    listening = true;
    const modes = () => latest.props.selection_mode || [];
    const send = (/** @type {string | null} */ value) => {
      if (value === null || !modes().length || clearing) return;
      selectionDrawn = !isEmptySelection(value);
      if (value !== (latest.props.value ?? EMPTY)) ctx.commit(latest, value);
    };
    gd.on("plotly_selected", (/** @type {any} */ event) => send(selectionOf(event, modes())));
    gd.on("plotly_click", (/** @type {any} */ event) => { if (modes().includes("points")) send(sectorOf(event)); });
    gd.on("plotly_deselect", () => send(EMPTY));
    gd.on("plotly_doubleclick", () => {
      if (!modes().length) return;
      send(EMPTY);
      // Then the drawn selection goes too (after Plotly's own double-click handling, as Streamlit).
      setTimeout(clearDrawnSelection, 50);
    });
    // Picking the box or lasso tool makes a click select nothing; back to pan, a click selects points.
    gd.on("plotly_relayout", (/** @type {any} */ change) => {
      if (!modes().length || !change || !("dragmode" in change)) return;
      const dragmode = change.dragmode;
      const clickmode = dragmode === "select" || dragmode === "lasso" ? "event" : modes().includes("points") ? "event+select" : "none";
      if (gd.layout.clickmode !== clickmode) Plotly.relayout(gd, { clickmode });
    });
  }

  /** Take the drawn selection off the plot: its points' highlight and its box or lasso. */
  function clearDrawnSelection() {
    const Plotly = globalThis.Plotly;
    const gd = /** @type {any} */ (plot);
    selectionDrawn = false;
    if (!Plotly || !gd.data) return;
    clearing = true;
    Promise.resolve(Plotly.react(gd, gd.data.map((/** @type {any} */ t) => ({ ...t, selectedpoints: null })), { ...gd.layout, selections: [] }))
      .finally(() => { clearing = false; });
  }

  const stopWidth = onWidth(el, (w) => { if (w !== width) { width = w; if (drawn || !draw.busy) draw(); } });
  const stopTheme = watchTheme(el, () => { if (drawn) draw(); });
  return {
    el: frame.el,
    update(n) {
      latest = n;
      if (!drawn) plot.style.minHeight = typeof n.props.height === "number" ? `${n.props.height}px` : "450px";
      // A new selection value alone leaves the plot (and the selection drawn on it) as it is,
      // unless the page now shows the empty one while a selection is drawn: a form was
      // submitted with clear_on_submit (its default shows), as in Streamlit. (In a form the
      // page shows the staged value; outside one, a rerun from before the user's selection
      // reached Python must not take it off.)
      const waiting = !n.props.form_id && ctx.holds(n);
      if (CAN_DRAW && !(drawn && figureKey(n, width, frame.size()) === drawnKey)) draw();
      else if (selectionDrawn && !waiting && isEmptySelection(ctx.shown(n) ?? n.props.value)) clearDrawnSelection();
    },
    destroy() {
      frame.destroy();
      stopWidth();
      stopTheme();
      globalThis.Plotly?.purge(plot);
    },
  };
}

/**
 * Is this selection state (its JSON text) empty: no points, no box, no lasso?
 * Python's text and the page's differ in spacing, so it is read, not compared.
 * @param {unknown} text
 */
function isEmptySelection(text) {
  if (text === undefined || text === null) return true;
  try {
    const selection = JSON.parse(String(text))?.selection ?? {};
    return Object.values(selection).every((v) => !Array.isArray(v) || v.length === 0);
  } catch {
    return false;
  }
}

/**
 * What a drawn plot depends on: its props but the widget value, and its size.
 * @param {import("../index.js").NodeDict} n @param {number} width @param {unknown} full
 */
function figureKey(n, width, full) {
  // Sorted: a delta that patches some props may leave the others in another order.
  const props = Object.keys(n.props).filter((k) => k !== "value").sort().map((k) => [k, n.props[k]]);
  return JSON.stringify([n.id, props, width, full]);
}

export const views = { plotly_chart: plotlyChart };

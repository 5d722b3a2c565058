// st.line_chart, area_chart, bar_chart, scatter_chart, altair_chart and
// vega_lite_chart: a Vega-Lite spec drawn by vega-embed (loaded on the first
// chart, see ../vega.js).
//
// A rerun that changes only the data (a filter) redraws in place: the view
// stays and gets its new rows (vega's view.data), as Streamlit's frontend does.
// The key of a drawing leaves out the datasets' names, which are hashes of
// their contents. A new spec, theme or size draws a new view.
// With on_select the chart is a widget: a changed selection is sent (after
// 150 ms of quiet, as Streamlit) as the JSON text of {selection: {...}}.
// Its frame has Streamlit's toolbar; fullscreen resizes the view it has
// (view.width/height), and collapsing gives it back its size. "Show data"
// puts the chart's rows in its place, as a dataframe whose toolbar has "Show chart".
import { h } from "../dom.js";
import { stylesheet } from "../../lazy.js";
import { columnValues, loadVegaEmbed, prepareSpec, readTheme, rowCount, sameData, toRows } from "../vega.js";
import { CAN_DRAW, chartError, onWidth, watchTheme, serialDraw } from "../chart_frame.js";
import { FullScreenFrame } from "../full_screen_frame.js";
import { ShowData, chartTable } from "../show_data.js";

/** Selection changes are sent after this much quiet (Streamlit: 150 ms). */
const DEBOUNCE_MS = 150;
const CSS = new URL("../charts.css", import.meta.url);

/**
 * @typedef {import("../index.js").NodeDict} NodeDict
 * @typedef {import("../vega.js").Columnar} Columnar
 * @typedef {{name: string, data: Columnar}} Dataset
 */

/**
 * Give a view's dataset new rows, keeping its tuples: rows at the same
 * position are modified field by field, extra rows inserted, missing ones
 * removed. Vega then updates the marks it has (attributes that changed)
 * instead of removing every mark and drawing new ones, which is what a
 * rerun's new data would cost in an SVG chart of a thousand points. The
 * columns are read in place; only inserted rows become objects.
 * @param {import("vega").View} view @param {string} name @param {Columnar} data
 */
function replaceRows(view, name, data) {
  const vega = /** @type {any} */ (globalThis).vega;
  /** @type {Record<string, any>[]} */
  const old = view.data(name) || [];
  const changes = vega.changeset();
  const fields = data.fields || [];
  const columns = (data.columns || []).map(columnValues);
  const count = rowCount(data);
  const n = Math.min(old.length, count);
  for (let i = 0; i < n; i += 1) {
    const before = old[i];
    for (let j = 0; j < fields.length; j += 1) {
      const value = columns[j][i];
      if (before[fields[j]] !== value) changes.modify(before, fields[j], value);
    }
  }
  if (count > n) changes.insert(toRows(data).slice(n));
  if (old.length > n) changes.remove(old.slice(n));
  view.change(name, changes);
}

/** The spec with its datasets' names replaced by their positions: what decides a new view. @param {NodeDict} n */
function drawingKey(n, themeKey) {
  const p = n.props;
  let spec = String(p.spec);
  (p.datasets || []).forEach((/** @type {Dataset} */ d, i) => { spec = spec.split(JSON.stringify(d.name)).join(`"__dataset_${i}"`); });
  return JSON.stringify([spec, p.theme, p.width, p.height, p.use_container_width, p.selection_mode, p.alt, themeKey, !!p.data]);
}

/** @type {import("../index.js").ViewFactory} */
function vegaLiteChart(node, ctx) {
  const box = h("div", { class: "stVegaLiteChart wl-vega", "data-testid": "stVegaLiteChart" });
  const frame = new FullScreenFrame(box, { onResize: (size) => void fit(size) });
  const el = frame.el;
  let latest = node;
  /** @type {import("vega-embed").Result | null} */
  let result = null;
  let key = "";
  /** Names of the view's datasets, by position (as embedded), and the data each last got. */
  /** @type {string[]} */
  let names = [];
  /** @type {Columnar[]} */
  let sent = [];
  let inlineName = "source";
  /** @type {Columnar | null} */
  let inlineSent = null;
  let destroyed = false;
  let lastWidth = 0;
  /**
   * The colours this chart is drawn in, read once and again only when the
   * page's theme may have changed: reading them forces a style recalculation,
   * which after the previous chart's new marks costs more than drawing.
   * @type {ReturnType<typeof readTheme> | null}
   */
  let theme = null;
  /** @type {Map<string, any>} */
  const pendingSelections = new Map();
  let selectionTimer = 0;
  /** The view's size before it was expanded (restored on collapse). @type {{width: number, height: number} | null} */
  let before = null;
  /** A new view was drawn while expanded (at the frame's size): collapsing draws it again. */
  let redrawOnCollapse = false;
  /** The spec as last embedded, for "Copy Vega-Lite spec". @type {Record<string, any>} */
  let embeddedSpec = {};
  /** "Copied!" shows until this timer ends. */
  let copiedTimer = 0;
  /** The chart's rows (its own data, else its first dataset, as Streamlit) in its place, on "Show data". */
  const showData = new ShowData(el, ctx, (n) => chartTable(n.props.data || n.props.datasets?.[0]?.data));

  /**
   * Fill the expanded frame, or go back to the size the view had.
   * @param {{width: number, height: number} | null} size
   */
  async function fit(size) {
    const view = result?.view;
    if (!view) return;
    if (size) {
      // The size it is drawn at (with autosize "fit" the width and height signals hold the plot's
      // inner size once laid out, but take the whole size when set).
      const drawn = box.querySelector(".marks")?.getBoundingClientRect();
      before ??= drawn ? { width: Math.round(drawn.width), height: Math.round(drawn.height) } : null;
      view.width(size.width).height(size.height);
    } else if (redrawOnCollapse) {
      redrawOnCollapse = false;
      key = "";
      void draw();
      return;
    } else if (before) {
      view.width(before.width).height(before.height);
      before = null;
    } else return;
    await view.resize().runAsync();
  }

  /** Streamlit's toolbar actions, before Fullscreen. */
  function toolbarActions() {
    const view = result?.view;
    /** @type {import("../element_toolbar.js").ToolbarButton[]} */
    const actions = [];
    if (showData.has(latest)) actions.push({ label: "Show data", icon: "table", onClick: () => void showData.show(latest) });
    if (view) actions.push({ label: "Download as PNG", icon: "download", onClick: () => void downloadPng(view) });
    actions.push(copiedTimer ? { label: "Copied!", icon: "check", onClick: () => {}, context: "" }
      : { label: "Copy Vega-Lite spec", icon: "copy", onClick: copySpec });
    frame.setActions(actions, latest.props.alt || "");
  }

  function copySpec() {
    // Without the rows (which the spec carries as datasets): the copy is for reading and reuse.
    const { datasets: _rows, ...spec } = embeddedSpec;
    void navigator.clipboard?.writeText(JSON.stringify(spec, null, 2)).then(() => {
      clearTimeout(copiedTimer);
      copiedTimer = setTimeout(() => { copiedTimer = 0; toolbarActions(); }, 2000);
      toolbarActions();
    }, () => {});
  }

  const finalize = () => {
    clearTimeout(selectionTimer);
    pendingSelections.clear();
    result?.finalize();
    result = null;
  };

  const draw = serialDraw(async () => {
    const embed = await loadVegaEmbed();
    await stylesheet(CSS, box);
    if (destroyed) return false;
    const n = latest;
    theme ??= readTheme(box);
    const wanted = drawingKey(n, theme.key);
    if (result && wanted === key) await updateData(n);
    else await embedNew(embed, n, theme, wanted);
    return !destroyed;
  }, (err) => {
    console.error("wasmlit: could not draw the chart", err);
    finalize();
    key = "";
    box.replaceChildren(chartError(err));
  });

  /** @param {NonNullable<typeof globalThis.vegaEmbed>} embed @param {NodeDict} n @param {ReturnType<typeof readTheme>} theme @param {string} wanted */
  async function embedNew(embed, n, theme, wanted) {
    const p = n.props;
    /** @type {Dataset[]} */
    const datasets = p.datasets || [];
    const mainRows = rowCount(datasets.length ? datasets[0].data : p.data);
    lastWidth = box.clientWidth;
    const spec = prepareSpec(p, theme, lastWidth, mainRows);
    if (datasets.length) spec.datasets = { ...spec.datasets, ...Object.fromEntries(datasets.map((d) => [d.name, toRows(d.data)])) };
    finalize();
    box.style.minHeight = "";
    const made = await embed(box, spec, { tooltip: { disableDefaultStyle: true }, defaultStyle: false, actions: false });
    if (destroyed || n !== latest && drawingKey(latest, theme.key) !== wanted) {
      made.finalize();
      if (!destroyed) void draw();
      return;
    }
    result = made;
    key = wanted;
    before = null;
    redrawOnCollapse = frame.expanded;
    embeddedSpec = spec;
    toolbarActions();
    names = datasets.map((d) => d.name);
    sent = datasets.map((d) => d.data);
    inlineName = datasets.length === 1 ? datasets[0].name : "source";
    inlineSent = null;
    if (p.data) {
      made.view.insert(inlineName, toRows(p.data));
      inlineSent = p.data;
    }
    if ((p.selection_mode || []).length) listenToSelections(made.view);
    await made.view.runAsync();
    await made.view.resize().runAsync();
    if (frame.expanded) await fit(frame.size());
    if (n !== latest) void draw();
  }

  /** Only the data changed: give the view its new rows. @param {NodeDict} n */
  async function updateData(n) {
    if (!result) return;
    const view = result.view;
    const p = n.props;
    let changed = false;
    /** @type {Dataset[]} */
    const datasets = p.datasets || [];
    datasets.forEach((d, i) => {
      if (!sameData(d.data, sent[i])) {
        replaceRows(view, names[i] ?? d.name, d.data);
        sent[i] = d.data;
        changed = true;
      }
    });
    const inline = p.data || null;
    if (!sameData(inline, inlineSent)) {
      replaceRows(view, inlineName, p.data || { fields: [], columns: [] });
      inlineSent = inline;
      changed = true;
    }
    if (changed) await view.resize().runAsync();
  }

  /** @param {import("vega").View} view */
  function listenToSelections(view) {
    for (const param of latest.props.selection_mode || []) {
      view.addSignalListener(param, (name, value) => {
        pendingSelections.set(name, value);
        clearTimeout(selectionTimer);
        selectionTimer = setTimeout(sendSelections, DEBOUNCE_MS);
      });
    }
  }

  function sendSelections() {
    if (!pendingSelections.size) return;
    const n = latest;
    let current;
    try { current = JSON.parse(n.props.value || "{}"); } catch { current = {}; }
    const selection = { ...(current?.selection || {}) };
    for (const [name, value] of pendingSelections) {
      let picked = value;
      if (value && typeof value === "object" && value.vlPoint && typeof value.vlPoint === "object" && "or" in value.vlPoint) picked = value.vlPoint.or;
      selection[name] = picked || {};
    }
    pendingSelections.clear();
    const next = JSON.stringify({ selection });
    if (next !== JSON.stringify(current)) ctx.commit(n, next);
  }

  const stopWidth = onWidth(box, (width) => {
    const p = latest.props;
    const stretch = p.use_container_width === true || (p.use_container_width == null && p.width === "stretch");
    if (!result) { if (!draw.busy) draw(); return; }
    if (frame.expanded) return; // the frame's size, set by fit()
    if (!stretch || width === lastWidth || width <= 0) return;
    lastWidth = width;
    result.view.width(width);
    result.view.resize().runAsync();
  });
  const stopTheme = watchTheme(box, () => {
    theme = null;
    if (result) draw();
  });

  return {
    el,
    update(n, prev) {
      latest = n;
      showData.update(n, prev);
      if (!result && typeof n.props.height !== "number") box.style.minHeight = "350px";
      if (CAN_DRAW) draw();
    },
    destroy() {
      destroyed = true;
      showData.destroy();
      frame.destroy();
      stopWidth();
      stopTheme();
      finalize();
    },
  };
}

/** Save the chart as Streamlit names it (vega's own PNG export). @param {import("vega").View} view */
async function downloadPng(view) {
  const url = await view.toImageURL("png", 2);
  const a = h("a", { href: url, download: "chart.png" });
  a.click();
}

export const views = { vega_lite_chart: vegaLiteChart };

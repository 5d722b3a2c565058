// Selections of an st.echarts_chart with on_select, as Streamlit 1.67 reports
// them: points picked on series with `selectedMode`, and regions drawn with a
// brush, sent as the JSON text of
//   {selection: {selected: [{series_index, series_id, series_name, data_type, data_indices}],
//                areas: [{brush_index, brush_type, coord_range}]}}
// `selected` joins the picked points and the brushed ones, by series and data
// type, indices sorted; `areas` are the brushes in data coordinates (a brush
// ECharts only knows in pixels has none and is left out).
//
// A point selection is sent after 150 ms of quiet (Streamlit's debounce), a
// brush when the drag ends, both at once inside a form. A double click clears
// both. The chart is drawn again on a rerun (setOption replaces its state), so
// what the user selected is put back on it, without being sent again.
/** @typedef {import("./index.js").NodeDict} NodeDict */

const DEBOUNCE_MS = 150;
const DATA_TYPE_ORDER = { main: 0, node: 1, edge: 2 };

/**
 * @typedef {{seriesIndex: number, dataType?: string, dataIndex: number[]}} PointGroup
 * @typedef {{brushIndex: number, areas?: Record<string, any>[], selected?: PointGroup[]}} Brush
 */

/** A series' id or name as Streamlit reports it: a number or a non-empty string, else null. @param {unknown} v */
function label(v) {
  return typeof v === "number" || (typeof v === "string" && v.length > 0 && !v.includes("\0")) ? v : null;
}

/**
 * The payload: the picked and brushed indices by series, and the brushes' data areas.
 * @param {Record<string, any>} option @param {PointGroup[]} points @param {Brush[]} brushes
 */
export function selectionPayload(option, points, brushes) {
  /** @type {Map<string, {seriesIndex: number, dataType: string, indices: Set<number>}>} */
  const groups = new Map();
  for (const group of [...points, ...brushes.flatMap((b) => b.selected || [])]) {
    if (typeof group?.seriesIndex !== "number") continue;
    const dataType = group.dataType ?? "main";
    const id = JSON.stringify([group.seriesIndex, dataType]);
    if (!groups.has(id)) groups.set(id, { seriesIndex: group.seriesIndex, dataType, indices: new Set() });
    for (const i of [group.dataIndex].flat()) if (typeof i === "number") groups.get(id)?.indices.add(i);
  }
  const series = option.series;
  const rank = (/** @type {string} */ t) => DATA_TYPE_ORDER[/** @type {keyof typeof DATA_TYPE_ORDER} */ (t)] ?? 3;
  const selected = [...groups.values()]
    .filter((g) => g.indices.size > 0)
    .sort((a, b) => a.seriesIndex - b.seriesIndex || rank(a.dataType) - rank(b.dataType) || a.dataType.localeCompare(b.dataType))
    .map((g) => {
      const s = Array.isArray(series) ? series[g.seriesIndex] : g.seriesIndex === 0 ? series : undefined;
      return {
        series_index: g.seriesIndex, series_id: label(s?.id), series_name: label(s?.name), data_type: g.dataType,
        data_indices: [...g.indices].sort((a, b) => a - b),
      };
    });
  const areas = [...brushes].sort((a, b) => a.brushIndex - b.brushIndex).flatMap((b) => (b.areas || [])
    .filter((a) => typeof a.brushType === "string" && Array.isArray(a.coordRange))
    .map((a) => ({ brush_index: b.brushIndex, brush_type: a.brushType, coord_range: a.coordRange })));
  return { selected, areas };
}

/** @param {Brush[]} brushes */
const hasAreas = (brushes) => brushes.some((b) => (b.areas || []).length > 0);

export class Selections {
  /** @param {any} chart an ECharts instance @param {import("../widget_services.js").WidgetServices} ctx */
  constructor(chart, ctx) {
    this.chart = chart;
    this.ctx = ctx;
    /** @type {NodeDict | null} */
    this.node = null;
    /** @type {Record<string, any>} */
    this.option = {};
    /** What the user picked (ECharts' own `selected`, every series). @type {PointGroup[]} */
    this.points = [];
    /** The brushes as ECharts last reported them (their areas go back on the chart after a redraw). @type {Brush[]} */
    this.brushes = [];
    /** While we put a selection back on the chart, its events are ours, not the user's. */
    this.restoring = false;
    this.timer = 0;
    /** @param {{selected?: PointGroup[]}} e */
    this.onSelect = (e) => {
      if (this.restoring) return;
      this.points = (e.selected || []).map((g) => ({ ...g, dataIndex: [...(g.dataIndex || [])] }));
      this.send();
    };
    /** @param {{batch?: Brush[]}} e */
    this.onBrush = (e) => {
      if (this.restoring) return;
      const had = hasAreas(this.brushes);
      this.brushes = e.batch || [];
      // A brush is sent when its drag ends (brushEnd); cleared (the toolbox's clear button) it is sent now.
      if (had && !hasAreas(this.brushes)) this.send();
    };
    this.onBrushEnd = () => {
      // brushSelected with the final areas comes with the same mouseup: send after it.
      if (!this.restoring) setTimeout(() => this.send(), 0);
    };
    this.onDoubleClick = () => this.clear();
    chart.on("selectchanged", this.onSelect);
    chart.on("brushSelected", this.onBrush);
    chart.on("brushEnd", this.onBrushEnd);
    chart.getZr().on("dblclick", this.onDoubleClick);
  }

  /**
   * Before the chart gets `option`: the node it belongs to now. A chart drawn for the first time
   * starts from the selection its value holds (picked points; brush areas need their drawn panel).
   * @param {NodeDict} node @param {Record<string, any> | null} option null: the chart keeps the option it has
   */
  before(node, option) {
    const first = this.node === null;
    this.node = node;
    if (option) this.option = option;
    if (!first) return;
    const state = this.parse(this.current());
    this.points = (state?.selection?.selected || []).map((/** @type {any} */ g) => ({
      seriesIndex: g.series_index, dataIndex: g.data_indices, ...(g.data_type && g.data_type !== "main" ? { dataType: g.data_type } : {}),
    }));
  }

  /** After setOption: put the user's points and brushes back. */
  after() {
    this.restoring = true;
    try {
      for (const g of this.points) this.dispatch({ type: "select", seriesIndex: g.seriesIndex, dataIndex: g.dataIndex, ...(g.dataType ? { dataType: g.dataType } : {}) });
      for (const b of this.brushes) if ((b.areas || []).length) this.dispatch({ type: "brush", brushIndex: b.brushIndex, areas: b.areas });
    } finally {
      this.restoring = false;
    }
  }

  /** Double click: nothing selected, on the chart and in the app. */
  clear() {
    this.restoring = true;
    try {
      this.dispatch({ type: "brush", areas: [] });
      for (const g of this.points) this.dispatch({ type: "unselect", seriesIndex: g.seriesIndex, dataIndex: g.dataIndex, ...(g.dataType ? { dataType: g.dataType } : {}) });
    } finally {
      this.restoring = false;
    }
    this.points = [];
    this.brushes = [];
    this.send(true);
  }

  /** @param {Record<string, any>} action */
  dispatch(action) {
    try {
      this.chart.dispatchAction(action);
    } catch (err) {
      console.warn(`wasmlit: could not ${action.type} on the chart`, err);
    }
  }

  /** @param {unknown} text */
  parse(text) {
    try {
      return typeof text === "string" ? JSON.parse(text) : null;
    } catch {
      return null;
    }
  }

  /** The value the app has (or the one its form holds). */
  current() {
    const node = this.node;
    return node ? this.ctx.shown(node) ?? node.props.value : undefined;
  }

  /** Send the selection (debounced, except in a form and for a clear). @param {boolean} [now] */
  send(now = false) {
    clearTimeout(this.timer);
    const go = () => {
      const node = this.node;
      if (!node) return;
      // A timeline or media option keeps its series out of the top level: ECharts' merged option has them.
      const option = this.option.series ? this.option : this.chart.getOption?.() || {};
      const text = JSON.stringify({ selection: selectionPayload(option, this.points, this.brushes) });
      // The value Python wrote has its own spacing: compare what it says.
      const current = this.parse(this.current());
      const empty = JSON.stringify({ selection: { selected: [], areas: [] } });
      if (text === JSON.stringify(current ?? JSON.parse(empty))) return;
      this.ctx.commit(node, text);
    };
    if (now || this.node?.props.form_id) go();
    else this.timer = setTimeout(go, DEBOUNCE_MS);
  }

  stop() {
    clearTimeout(this.timer);
    if (this.chart.isDisposed?.()) return;
    this.chart.off("selectchanged", this.onSelect);
    this.chart.off("brushSelected", this.onBrush);
    this.chart.off("brushEnd", this.onBrushEnd);
    this.chart.getZr().off("dblclick", this.onDoubleClick);
  }
}

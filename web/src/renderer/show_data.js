// "Show data", which Streamlit's charts have in their toolbar: the chart's
// rows, drawn as a dataframe in the chart's place, with "Show chart" in that
// dataframe's toolbar to go back. The grid loads only when a user asks.
import { lazy } from "../lazy.js";
import { columnValues, rowCount } from "./vega.js";

const loadDataframe = lazy(() => import("./elements/arrow.js"));

/**
 * @typedef {import("./index.js").NodeDict} NodeDict
 * @typedef {import("./vega.js").Columnar} Columnar
 */

/**
 * Columnar chart rows as a dataframe's table (grid/columns.js WireData), or null when there are none.
 * @param {Columnar | null | undefined} data @returns {import("./grid/columns.js").WireData | null}
 */
export function chartTable(data) {
  if (!data || !Array.isArray(data.fields) || !data.fields.length) return null;
  const n = rowCount(data);
  return {
    num_rows: n, range_index: true,
    index: [{ name: "", kind: "integer", enc: "range", data: [0, 1, n] }],
    columns: data.fields.map((name, j) => {
      const values = Array.from(columnValues(data.columns[j]));
      return { name: String(name), kind: kindOf(values), enc: "json", data: values };
    }),
  };
}

/** Streamlit's data kind of a column of plain values. @param {any[]} values */
function kindOf(values) {
  const present = values.filter((v) => v !== null && v !== undefined);
  if (present.length && present.every((v) => typeof v === "boolean")) return "boolean";
  if (present.length && present.every((v) => typeof v === "number")) return present.every(Number.isInteger) ? "integer" : "float";
  return "string";
}

/**
 * The "Show data" swap of one chart: `table(n)` is the chart's rows (null: nothing to show).
 * `chart` is the element the dataframe replaces while it shows.
 */
export class ShowData {
  /**
   * @param {HTMLElement} chart @param {import("../widget_services.js").WidgetServices} ctx
   * @param {(n: NodeDict) => import("./grid/columns.js").WireData | null} table
   */
  constructor(chart, ctx, table) {
    this.chart = chart;
    this.ctx = ctx;
    this.table = table;
    /** The dataframe while it shows. @type {import("./index.js").View | null} */
    this.view = null;
    this.destroyed = false;
  }

  /** Does `n` have rows to show? @param {NodeDict} n */
  has(n) {
    return this.table(n) !== null;
  }

  /** The dataframe node: the chart's rows, at the chart's place and height. @param {NodeDict} n @returns {NodeDict} */
  node(n) {
    const height = n.props.height;
    return {
      ...n, id: `${n.id}:data`, type: "dataframe", key: null,
      props: { data: this.table(n), use_container_width: true, ...(typeof height === "number" && height > 0 ? { height } : {}) },
    };
  }

  /** @param {NodeDict} n */
  async show(n) {
    if (this.view) return;
    const { dataframeView } = await loadDataframe();
    if (this.destroyed || this.view) return;
    const back = { label: "Show chart", icon: /** @type {const} */ ("chart"), onClick: () => this.hide(), context: n.props.alt || "" };
    const shown = dataframeView(this.node(n), this.ctx, [back]);
    shown.update(this.node(n), null);
    this.chart.replaceWith(shown.el);
    this.view = shown;
  }

  hide() {
    if (!this.view) return;
    this.view.el.replaceWith(this.chart);
    this.view.destroy?.();
    this.view = null;
  }

  /** A rerun's new rows reach the dataframe while it shows. @param {NodeDict} n @param {NodeDict | null | undefined} prev */
  update(n, prev) {
    if (!this.view) return;
    if (!this.has(n)) this.hide();
    else this.view.update(this.node(n), prev && this.has(prev) ? this.node(prev) : null);
  }

  destroy() {
    this.destroyed = true;
    this.view?.destroy?.();
    this.view = null;
  }
}

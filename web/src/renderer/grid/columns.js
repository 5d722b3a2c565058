// A table's columns as the page holds them: decoded from the wire (typed
// arrays over the binary parts, protocol.py `encode_with_buffers` and
// elements/lib/frame.py), with the column config of st.column_config
// applied: which columns show, in which order, with which type, label,
// width and editing rules.

/**
 * @typedef {{name: string, kind: string, dtype?: string, tz?: string, enc: string, data: any, dict?: string[]}} WireColumn
 * @typedef {{display: (string[] | null)[], css: [number, number, string][], table_css?: [string, string][], caption: string | null}} WireStyler
 * @typedef {{num_rows: number, columns: WireColumn[], index: WireColumn[], range_index: boolean, styler?: WireStyler}} WireData
 * @typedef {object} Column
 * @property {string} id the grid's column id
 * @property {string} name its name in the edit state (`_index` for the index)
 * @property {string} label the header's text
 * @property {string} kind Streamlit's data kind (integer, float, string, datetime ...)
 * @property {string} type how it is drawn and edited (number, text, checkbox, selectbox ...)
 * @property {Record<string, any>} config the column's `type_config`, and the rest of its config
 * @property {(row: number) => any} get the value of a row of the data as given (null when missing)
 * @property {boolean} isIndex
 * @property {boolean} editable
 * @property {number | null} width pixels, or null to fit the content
 * @property {"left" | "center" | "right"} align
 * @property {string | null} tz
 * @property {string} dtype
 * @property {{display: string[] | null, css: Map<number, string>, tableCss: Map<number, string>}} [styled] what a pandas Styler gave its cells (`css`: what the grid draws)
 */

export const INDEX = "_index";
const WIDTHS = { small: 75, medium: 200, large: 400 };

/** The type a column is drawn with when its config names none. @param {string} kind */
export function defaultType(kind) {
  switch (kind) {
    case "integer": case "float": case "decimal": return "number";
    case "boolean": return "checkbox";
    case "datetime": case "date": case "time": return kind;
    case "list": return "list";
    case "dict": return "json";
    default: return "text";
  }
}

/** Types whose cells a user can edit. */
const EDITABLE_TYPES = new Set(["text", "number", "checkbox", "selectbox", "multiselect", "list", "datetime", "date",
  "time", "link", "markdown"]);

/**
 * Read access to one wire column.
 * @param {WireColumn} col
 * @returns {(row: number) => any}
 */
export function reader(col) {
  const { enc, data } = col;
  if (enc === "range") {
    const [start, step, length] = Array.isArray(data) ? data : [0, 1, 0];
    return (i) => (i < length ? start + i * step : null);
  }
  if (enc === "json") return Array.isArray(data) ? (i) => data[i] ?? null : () => null;
  if (!(data instanceof ArrayBuffer)) return () => null; // a prerendered page: the data is not here yet
  if (enc === "i32") {
    const a = new Int32Array(data);
    return (i) => (i < a.length ? a[i] : null);
  }
  if (enc === "f64") {
    const a = new Float64Array(data);
    return (i) => {
      const v = a[i];
      return v === undefined || Number.isNaN(v) ? null : v;
    };
  }
  if (enc === "u8") {
    const a = new Uint8Array(data);
    return (i) => (a[i] === undefined || a[i] === 2 ? null : a[i] === 1);
  }
  if (enc === "dict") {
    const codes = new Int32Array(data);
    const words = col.dict || [];
    return (i) => (codes[i] === undefined || codes[i] < 0 ? null : words[codes[i]]);
  }
  return () => null;
}

/** @param {any} w */
function pixels(w) {
  if (typeof w === "number" && w > 0) return w;
  return /** @type {Record<string, number>} */ (WIDTHS)[w] ?? null;
}

/**
 * The columns a grid shows, in order: the index levels (unless hidden),
 * then the data columns (in `column_order` if given), without hidden ones.
 * @param {Record<string, any>} props a dataframe or data_editor node's props
 * @returns {Column[]}
 */
export function gridColumns(props) {
  /** @type {WireData} */
  const data = props.data || { num_rows: 0, columns: [], index: [], range_index: true };
  /** @type {Record<string, any>} */
  const configs = props.column_config || {};
  const editing = props.editing_mode && props.editing_mode !== "read_only" && !props.disabled;
  /** @type {Column[]} */
  const out = [];
  const indexConfig = configs[INDEX] || {};
  if (!indexConfig.hidden) {
    data.index.forEach((level, i) => {
      out.push(makeColumn(`i${i}`, INDEX, level, indexConfig, true, editing && !data.range_index));
    });
  }
  const byName = new Map(data.columns.map((c, i) => [c.name, i]));
  /** @type {number[]} */
  let order = data.columns.map((_c, i) => i);
  if (Array.isArray(props.column_order)) {
    order = props.column_order.map((name) => byName.get(String(name))).filter((i) => i !== undefined);
  }
  for (const i of order) {
    const col = data.columns[i];
    const config = { ...(configs[`_pos:${i}`] || {}), ...(configs[col.name] || {}) };
    if (config.hidden) continue;
    const column = makeColumn(`c${i}`, col.name, col, config, false, editing);
    if (data.styler) column.styled = styledColumn(data.styler, i);
    out.push(column);
  }
  return out;
}

/** The declarations 1.67's grid draws of a Styler's CSS (st.table applies them all). */
const GRID_PROPERTIES = new Set(["color", "background-color"]);

/**
 * A pandas Styler's part of data column `i`: its display texts, and by row its cells' CSS
 * (`tableCss`, all of it) and what of it the grid draws (`css`, the colours).
 * @param {WireStyler} styler @param {number} i
 */
function styledColumn(styler, i) {
  /** @type {Map<number, string>} */
  const css = new Map();
  /** @type {Map<number, string>} */
  const tableCss = new Map();
  for (const [row, column, declarations] of styler.css || []) {
    if (column !== i) continue;
    tableCss.set(row, declarations);
    const colours = declarations.split("; ").filter((d) => GRID_PROPERTIES.has(d.slice(0, d.indexOf(":")))).join("; ");
    if (colours) css.set(row, colours);
  }
  return { display: styler.display?.[i] ?? null, css, tableCss };
}

/**
 * @param {string} id @param {string} name @param {WireColumn} col @param {Record<string, any>} config
 * @param {boolean} isIndex @param {boolean} editing
 * @returns {Column}
 */
function makeColumn(id, name, col, config, isIndex, editing) {
  const typeConfig = config.type_config || {};
  const type = typeConfig.type || defaultType(col.kind);
  // Humanized durations ("2 hours") are words: left-aligned, as 1.67 draws them.
  const humanized = typeConfig.format === "duration" || (col.kind === "timedelta" && !typeConfig.format);
  const numeric = (type === "number" || type === "progress") && !humanized;
  return {
    id, name, isIndex, type, kind: col.kind, tz: typeConfig.timezone || col.tz || null, dtype: col.dtype || "",
    label: config.label ?? (isIndex ? (col.name || "") : col.name),
    config: { ...typeConfig, help: config.help, required: config.required, default: config.default,
      pinned: config.pinned },
    get: reader(col),
    editable: !!editing && config.disabled !== true && EDITABLE_TYPES.has(type),
    width: pixels(config.width),
    align: config.alignment || (numeric ? "right" : type === "checkbox" ? "center" : "left"),
  };
}

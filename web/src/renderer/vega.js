// Vega-Lite for the page: the libraries (loaded on the first chart), the
// Streamlit theme read from the page's colours, and what Streamlit's
// frontend does to a spec before it embeds it (sizes, padding, renderer,
// the point selections' encodings, theme colour names).
//
// How the libraries load without a bundler: vega, vega-lite and vega-embed
// ship ES modules that import dozens of packages by bare specifier, which a
// browser cannot resolve without an import map (and an import map cannot
// name the site's content-hashed files, nor reach into an embedding page's
// shadow root). Their UMD builds are self-contained: imported as modules
// they define `globalThis.vega`, `vegaLite` and `vegaEmbed` (a UMD wrapper
// falls back to the global object when there is no CommonJS or AMD), so three
// literal `import()`s, in order, load them: the site build rewrites each to
// its hashed name and leaves them out of the modulepreload list.
import { lazy } from "../lazy.js";
import { resolveColors } from "./theme_colors.js";

/** @typedef {import("vega-embed").Result} EmbedResult */

/** vega-embed, once vega and vega-lite are defined (each UMD file reads the globals of the one before). */
export const loadVegaEmbed = lazy(() => import("../vendor/vega.min.js")
  .then(() => import("../vendor/vega-lite.min.js"))
  .then(() => import("../vendor/vega-embed.min.js"))
  .then(() => {
    const embed = globalThis.vegaEmbed;
    if (!embed) throw new Error("vega-embed did not load");
    return embed;
  }));

/** Streamlit's palettes (frontend theme: chartCategoricalColors, ...), light and dark. */
export const CATEGORY_LIGHT = ["#0068c9", "#83c9ff", "#ff2b2b", "#ffabab", "#29b09d", "#7defa1", "#ff8700", "#ffd16a", "#6d3fc0", "#d5dae5"];
export const CATEGORY_DARK = ["#83c9ff", "#0068c9", "#ffabab", "#ff2b2b", "#7defa1", "#29b09d", "#ffd16a", "#ff8700", "#6d3fc0", "#d5dae5"];
export const SEQUENTIAL = ["#e4f5ff", "#c7ebff", "#a6dcff", "#83c9ff", "#60b4ff", "#3d9df3", "#1c83e1", "#0068c9", "#0054a3", "#004280"];
export const DIVERGING = ["#7d353b", "#bd4043", "#ff4b4b", "#ff8c8c", "#ffc7c7", "#a6dcff", "#60b4ff", "#1c83e1", "#0054a3", "#004280"];
/** Colour names Streamlit resolves to theme colours in a chart's colour values. */
const NAMED = {
  red: "#ff4b4b", orange: "#ffa421", yellow: "#faca2b", green: "#21c354", blue: "#1c83e1",
  violet: "#803df5", gray: "#808495", grey: "#808495",
};

/**
 * @typedef {object} ChartTheme the page's theme, as the charts need it
 * @property {boolean} dark
 * @property {string} bg @property {string} fg @property {string} font @property {string} primary
 * @property {string} key what changes the drawing (a new key: draw again)
 */

/** @param {string} color @returns {number} relative luminance, 0..1 (unknown colours count as light) */
function luminance(color) {
  const m = /^#?([0-9a-f]{6})$/i.exec(color.trim()) || /^#?([0-9a-f]{3})$/i.exec(color.trim());
  let r = 255, g = 255, b = 255;
  if (m) {
    const hex = m[1].length === 3 ? m[1].replace(/./g, "$&$&") : m[1];
    [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  } else {
    const rgb = /rgba?\(\s*(\d+)[,\s]+(\d+)[,\s]+(\d+)/.exec(color);
    if (rgb) [r, g, b] = rgb.slice(1, 4).map(Number);
  }
  const lin = (/** @type {number} */ c) => { const s = c / 255; return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/**
 * The theme where `el` is drawn: the page's CSS variables (--bg, --fg,
 * --font, --primary), which follow the app's light or dark theme.
 * @param {Element} el
 * @returns {ChartTheme}
 */
export function readTheme(el) {
  const style = getComputedStyle(el);
  const get = (/** @type {string} */ name, /** @type {string} */ fallback) => style.getPropertyValue(name).trim() || fallback;
  const colors = resolveColors(el, ["--bg", "--fg", "--primary"]);
  const bg = colors["--bg"] || (style.backgroundColor && style.backgroundColor !== "rgba(0, 0, 0, 0)" ? style.backgroundColor : "#ffffff");
  const fg = colors["--fg"] || style.color || "#31333f";
  const font = get("--font", '"Source Sans Pro", sans-serif');
  const primary = colors["--primary"] || "#ff4b4b";
  const dark = luminance(bg) <= 0.5;
  return { dark, bg, fg, font, primary, key: [dark, bg, fg, font, primary].join("|") };
}

/**
 * Streamlit's Vega-Lite config ("streamlit" theme), filled in under the spec's own config.
 * @param {any} config @param {ChartTheme} t
 */
export function streamlitConfig(config, t) {
  const label = t.dark ? "#e6eaf1" : "#808495";
  const grid = t.dark ? "#31333F" : "#e6eaf1";
  const category = t.dark ? CATEGORY_DARK : CATEGORY_LIGHT;
  const base = {
    font: t.font, background: t.bg, fieldTitle: "verbal", autosize: { type: "fit", contains: "padding" },
    title: { align: "left", anchor: "start", color: t.fg, titleFontStyle: "normal", fontWeight: 600, fontSize: 16, orient: "top", offset: 26 },
    header: {
      titleFontWeight: 400, titleFontSize: 16, titleColor: label, titleFontStyle: "normal",
      labelFontSize: 12, labelFontWeight: 400, labelColor: label, labelFontStyle: "normal",
    },
    axis: {
      labelFontSize: 12, labelFontWeight: 400, labelColor: label, labelFontStyle: "normal",
      titleFontWeight: 400, titleFontSize: 14, titleColor: label, titleFontStyle: "normal",
      ticks: false, gridColor: grid, domain: false, domainWidth: 1, domainColor: grid,
      labelFlush: true, labelFlushOffset: 1, labelBound: false, labelLimit: 100,
      titlePadding: 16, labelPadding: 16, labelSeparation: 4, labelOverlap: true,
    },
    legend: {
      labelFontSize: 14, labelFontWeight: 400, labelColor: label, titleFontSize: 14, titleFontWeight: 400,
      titleFontStyle: "normal", titleColor: label, titlePadding: 8, labelPadding: 16, columnPadding: 8,
      rowPadding: 4, padding: 8, symbolStrokeWidth: 4,
    },
    range: {
      category, diverging: DIVERGING,
      ramp: t.dark ? [...SEQUENTIAL].reverse() : SEQUENTIAL, heatmap: t.dark ? [...SEQUENTIAL].reverse() : SEQUENTIAL,
    },
    view: { columns: 1, strokeWidth: 0, stroke: "transparent", continuousHeight: 350, continuousWidth: 400 },
    concat: { columns: 1 }, facet: { columns: 1 },
    mark: { tooltip: { content: "encoding" }, color: category[0] },
    bar: { binSpacing: 4, discreteBandSize: { band: 0.85 } },
    axisDiscrete: { grid: false }, axisXPoint: { grid: false }, axisTemporal: { grid: false }, axisXBand: { grid: false },
  };
  return config ? mergeDeep(base, config, true) : base;
}

/**
 * The defaults a chart with `theme=None` still gets (colours and fonts that fit the page).
 * @param {any} config @param {ChartTheme} t
 */
export function defaultConfig(config, t) {
  const grid = t.dark ? "#31333F" : "#e6eaf1";
  const fonts = { labelFont: t.font, titleFont: t.font, labelFontSize: 12, titleFontSize: 12 };
  const base = {
    background: t.bg,
    axis: { labelColor: t.fg, titleColor: t.fg, gridColor: grid, ...fonts },
    legend: { labelColor: t.fg, titleColor: t.fg, ...fonts },
    title: { color: t.fg, subtitleColor: t.fg, ...fonts },
    header: { labelColor: t.fg, titleColor: t.fg, ...fonts },
    view: { stroke: grid, continuousHeight: 350, continuousWidth: 400 },
    mark: { tooltip: true },
  };
  return config ? mergeDeep(base, config, false) : base;
}

/** @param {any} v */
const isObject = (v) => v !== null && typeof v === "object" && !Array.isArray(v);

/**
 * `over` merged into a copy of `base`, recursively (arrays are replaced).
 * @param {any} base @param {any} over @param {boolean} arraysWin
 */
function mergeDeep(base, over, arraysWin) {
  const out = { ...base };
  for (const [k, v] of Object.entries(over)) {
    if (isObject(v) && isObject(out[k])) out[k] = mergeDeep(out[k], v, arraysWin);
    else if (v !== undefined) out[k] = v;
  }
  return out;
}

const POINT_LIKE = new Set(["point", "circle", "square", "rect", "bar", "tick", "rule", "text"]);

/**
 * How many marks a spec draws, roughly: rows of point-like marks (each row a mark).
 * @param {any} spec @param {number} rows rows of the data the spec reads by default
 * @returns {number}
 */
function pointMarks(spec, rows) {
  if (!isObject(spec)) return 0;
  if ("mark" in spec) {
    const type = isObject(spec.mark) ? spec.mark.type : spec.mark;
    const aggregated = isObject(spec.encoding) && Object.values(spec.encoding).some((e) => isObject(e) && "aggregate" in e);
    return POINT_LIKE.has(type) && !spec.transform && !aggregated ? rows : 0;
  }
  let n = 0;
  for (const child of spec.layer || []) n += pointMarks(child, rows);
  return n;
}

/**
 * The spec vega-embed gets, as Streamlit's frontend makes it.
 * @param {NodeProps} p the node's props
 * @param {ChartTheme} theme
 * @param {number} width the container's width (px)
 * @param {number} rows rows of the chart's main data
 */
export function prepareSpec(p, theme, width, rows) {
  const spec = JSON.parse(p.spec);
  if (p.alt) spec.description = p.alt;
  if (typeof spec.height === "number" && spec.height <= 0) delete spec.height;
  if (typeof spec.width === "number" && spec.width <= 0) delete spec.width;
  const embedTheme = spec.usermeta?.embedOptions?.theme;
  spec.config = p.theme === "streamlit" || embedTheme === "streamlit" ? streamlitConfig(spec.config, theme) : defaultConfig(spec.config, theme);
  if (embedTheme === "streamlit") delete spec.usermeta.embedOptions.theme;
  if (pointMarks(spec, rows) > 2000 && spec.usermeta?.embedOptions?.renderer === undefined) {
    spec.usermeta = { ...spec.usermeta, embedOptions: { ...spec.usermeta?.embedOptions, renderer: "canvas" } };
  }
  if (spec.title) {
    const title = typeof spec.title === "string" ? { text: spec.title } : spec.title;
    title.limit = title.limit ?? Math.max(width - 40, 0);
    spec.title = title;
  }
  if (typeof p.height === "number" && p.height > 0) spec.height = p.height;
  const stretch = p.use_container_width === true || (p.use_container_width == null && p.width === "stretch");
  const fixed = typeof p.width === "number" ? p.width : 0;
  const chartWidth = stretch ? width : fixed;
  if (chartWidth > 0 && (stretch || spec.width === undefined)) {
    spec.width = chartWidth;
    for (const child of spec.vconcat || []) {
      if (isObject(child) && !["hconcat", "vconcat", "concat", "facet", "repeat"].some((k) => k in child)) child.width = chartWidth;
    }
  }
  spec.padding ||= {};
  if (isObject(spec.padding) && spec.padding.bottom == null) spec.padding.bottom = 20;
  if ((p.selection_mode || []).length) prepareSelections(spec);
  resolveColorNames(spec, theme);
  quietInvisibleMarks(spec);
  return spec;
}

/**
 * Marks drawn fully transparent (the hidden points a line chart hovers with)
 * get no ARIA labels: a screen reader would read a thousand invisible copies
 * of points it cannot see, and writing their labels on every redraw costs a
 * filter change more than a tenth of its time. A mark whose `aria` the spec
 * sets keeps it.
 * @param {any} spec
 */
function quietInvisibleMarks(spec) {
  if (!isObject(spec)) return;
  const mark = spec.mark;
  const invisible = (isObject(mark) && mark.opacity === 0) || spec.encoding?.opacity?.value === 0;
  if (invisible && !(isObject(mark) && "aria" in mark)) spec.mark = { ...(isObject(mark) ? mark : { type: mark }), aria: false };
  for (const k of ["layer", "vconcat", "hconcat", "concat"]) for (const child of spec[k] || []) quietInvisibleMarks(child);
  if (spec.spec) quietInvisibleMarks(spec.spec);
}

/** A point selection without encodings or fields selects by the spec's encodings (Streamlit's rule). @param {any} spec */
function prepareSelections(spec) {
  if (!("params" in spec) || !("encoding" in spec)) return;
  for (const param of spec.params) {
    if (!("select" in param)) continue;
    if (typeof param.select === "string" && ["interval", "point"].includes(param.select)) param.select = { type: param.select };
    const s = param.select;
    if (isObject(s) && s.type === "point" && s.encodings == null && s.fields == null) s.encodings = Object.keys(spec.encoding);
  }
}

/** Colour names ("red", "primary") in colour values and ranges become the theme's colours. @param {any} spec @param {ChartTheme} theme */
function resolveColorNames(spec, theme) {
  /** @param {any} c */
  const resolve = (c) => (typeof c === "string" && c.toLowerCase() === "primary" ? theme.primary
    : typeof c === "string" && c.toLowerCase() in NAMED ? NAMED[/** @type {keyof typeof NAMED} */ (c.toLowerCase())] : c);
  /** @param {any} s */
  const visit = (s) => {
    if (!isObject(s)) return;
    const color = s.encoding?.color;
    if (isObject(color)) {
      if ("value" in color) color.value = resolve(color.value);
      if (Array.isArray(color.scale?.range)) color.scale.range = color.scale.range.map(resolve);
    }
    for (const k of ["layer", "vconcat", "hconcat", "concat"]) for (const child of s[k] || []) visit(child);
    if (s.spec) visit(s.spec);
  };
  visit(spec);
}

/**
 * A chart's data as it arrives (chart_data.py): each column a JSON list, or
 * floats as `{enc: "f64", data: ArrayBuffer}` (little-endian doubles).
 * @typedef {{fields: string[], columns: (any[] | {enc: string, data: ArrayBuffer})[]}} Columnar
 */

/**
 * A column's values, indexable: the list itself, or a Float64Array over the
 * binary column (read in place, nothing copied).
 * @param {any[] | {enc: string, data: ArrayBuffer} | undefined} column
 * @returns {ArrayLike<any>}
 */
export function columnValues(column) {
  if (Array.isArray(column)) return column;
  return column?.enc === "f64" ? new Float64Array(column.data) : [];
}

/** How many rows the data has. @param {Columnar | null | undefined} data */
export function rowCount(data) {
  return data?.columns?.length ? columnValues(data.columns[0]).length : 0;
}

/**
 * Whether two charts' data hold the same values (a rerun that did not change
 * them leaves the view as it is).
 * @param {Columnar | null | undefined} a @param {Columnar | null | undefined} b
 */
export function sameData(a, b) {
  if (!a || !b) return a === b;
  if (a.fields.length !== b.fields.length || a.fields.some((f, j) => f !== b.fields[j])) return false;
  return a.columns.every((column, j) => {
    const x = columnValues(column), y = columnValues(b.columns[j]);
    if (x.length !== y.length) return false;
    for (let i = 0; i < x.length; i += 1) if (!Object.is(x[i], y[i]) && JSON.stringify(x[i]) !== JSON.stringify(y[i])) return false;
    return true;
  });
}

/**
 * A chart's data as Vega's rows.
 * @param {Columnar | null | undefined} data
 * @returns {Record<string, any>[]}
 */
export function toRows(data) {
  if (!data || !Array.isArray(data.fields) || !data.fields.length) return [];
  const fields = data.fields;
  const columns = data.columns.map(columnValues);
  const n = columns[0]?.length || 0;
  const rows = new Array(n);
  for (let i = 0; i < n; i += 1) {
    /** @type {Record<string, any>} */
    const row = {};
    for (let j = 0; j < fields.length; j += 1) row[fields[j]] = columns[j][i];
    rows[i] = row;
  }
  return rows;
}

/** @typedef {Record<string, any>} NodeProps */

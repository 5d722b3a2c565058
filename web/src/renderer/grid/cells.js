// What a cell shows for each column type: text for search, CSV and width
// measuring, and HTML for the grid (always escaped, or sanitized markdown).
// The small charts (line, bar, area, progress) are drawn here as SVG.
import { formatNumber, formatTemporal, formatDuration } from "./format.js";
import { markdownToHtml } from "../markdown_html.js";
import { safeUrl } from "../safe_url.js";

/** @typedef {import("./columns.js").Column} Column */

/** @param {unknown} s */
export const escapeHtml = (s) =>
  String(s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] || c);

/** Decimals a NumberColumn shows for its `step` (0.01 -> 2). @param {any} step */
function stepDecimals(step) {
  if (typeof step !== "number" || !Number.isFinite(step) || step <= 0) return undefined;
  const text = String(step);
  if (text.includes("e-")) return Number(text.split("e-")[1]);
  return text.includes(".") ? text.split(".")[1].length : 0;
}

/** A temporal value as epoch ms (wire numbers, or ISO text in a string column). @param {any} v */
function toMs(v) {
  if (typeof v === "number") return v;
  const t = Date.parse(String(v));
  return Number.isNaN(t) ? NaN : t;
}

/** A list cell's values (a JSON text of a list is one too). @param {any} v */
export function asList(v) {
  if (Array.isArray(v)) return v;
  if (typeof v === "string") {
    try {
      const parsed = JSON.parse(v);
      if (Array.isArray(parsed)) return parsed;
    } catch { /* a plain string */ }
    return v ? [v] : [];
  }
  return [v];
}

/**
 * The text of a link cell: `display_text` as is, or its regex's first group matched on the URL.
 * @param {Column} col @param {string} url
 */
function linkText(col, url) {
  const display = col.config.display_text;
  if (!display) return url;
  if (!display.includes("(")) return display;
  try {
    const m = new RegExp(display).exec(url);
    return m ? (m[1] ?? m[0]) : url;
  } catch {
    return display;
  }
}

/**
 * A cell's value as text (what search matches and CSV holds is the raw value; this is what shows).
 * @param {Column} col @param {any} v
 */
export function cellText(col, v) {
  if (v === null || v === undefined) return "";
  switch (col.type) {
    case "number": case "progress": {
      if (col.kind === "timedelta") return timedeltaText(col, Number(v));
      const n = typeof v === "number" ? v : Number(v);
      return Number.isNaN(n) ? String(v) : formatNumber(n, col.config.format, stepDecimals(col.config.step));
    }
    case "checkbox": return v ? "true" : "false";
    case "datetime": case "date": case "time": {
      const kind = col.kind === "datetime" || col.kind === "date" || col.kind === "time" ? col.kind : col.type;
      const ms = toMs(v);
      return Number.isNaN(ms) ? String(v) : formatTemporal(ms, /** @type {any} */ (col.type === kind ? kind : col.type),
        col.config.format, col.tz);
    }
    case "list": case "multiselect": return asList(v).map((x) => optionLabel(col, x)).join(", ");
    case "json": return typeof v === "string" ? v : JSON.stringify(v);
    case "link": return linkText(col, String(v));
    case "selectbox": return optionLabel(col, v);
    case "line_chart": case "bar_chart": case "area_chart": return asList(v).join(", ");
    default:
      if (col.kind === "timedelta") return timedeltaText(col, Number(v));
      if (col.kind === "float" || col.kind === "integer") return formatNumber(Number(v), null);
      if (typeof v === "object") return JSON.stringify(v);
      return String(v);
  }
}

/**
 * A timedelta cell (seconds): humanized by default, a clock with "compact", the browser's words
 * with "localized"; any other number format applies to the seconds (Streamlit 1.67).
 * @param {Column} col @param {number} seconds
 */
function timedeltaText(col, seconds) {
  const format = col.config.format;
  if (!format || format === "duration" || format === "compact" || format === "localized") return formatDuration(seconds, format || "duration");
  return formatNumber(seconds, format, stepDecimals(col.config.step));
}

/** The label of an option of a selectbox or multiselect column. @param {Column} col @param {any} v */
export function optionLabel(col, v) {
  for (const o of col.config.options || []) {
    if (o && typeof o === "object" && "value" in o && o.value === v) return String(o.label ?? o.value);
  }
  return v === null || v === undefined ? "" : String(v);
}

/** Colour names a column config may use: the theme's colours (tokens.css), as Streamlit resolves them. */
const COLORS = { red: "var(--red)", blue: "var(--blue)", green: "var(--green)", yellow: "var(--yellow)",
  orange: "var(--orange)", violet: "var(--violet)", gray: "var(--gray)", grey: "var(--gray)", primary: "var(--primary)" };

/**
 * A config colour as a CSS colour for a style attribute: a theme colour name, or a colour
 * the user wrote (only characters a colour has, so that it cannot add declarations).
 * @param {any} color @param {string} fallback
 */
function colorOf(color, fallback = COLORS.primary) {
  const named = /** @type {Record<string, string>} */ (COLORS)[String(color).toLowerCase()];
  if (named) return named;
  return typeof color === "string" && /^[#\w\s(),.%/-]+$/.test(color) ? color : fallback;
}

/**
 * An SVG path through `points` as Streamlit's sparklines draw it: a uniform cubic
 * B-spline (d3's curveBasis), which starts and ends on the first and last value and
 * smooths the rest, so a jagged series reads as its trend.
 * @param {[number, number][]} points
 */
function basisPath(points) {
  const f = (/** @type {number} */ n) => n.toFixed(2);
  if (points.length < 3) return points.map(([x, y], i) => `${i ? "L" : "M"}${f(x)},${f(y)}`).join("");
  const [[x0, y0], [x1, y1]] = points;
  let d = `M${f(x0)},${f(y0)}L${f((5 * x0 + x1) / 6)},${f((5 * y0 + y1) / 6)}`;
  const segment = (/** @type {number[]} */ [ax, ay], /** @type {number[]} */ [bx, by], /** @type {number[]} */ [cx, cy]) => {
    d += `C${f((2 * ax + bx) / 3)},${f((2 * ay + by) / 3)} ${f((ax + 2 * bx) / 3)},${f((ay + 2 * by) / 3)} ${f((ax + 4 * bx + cx) / 6)},${f((ay + 4 * by + cy) / 6)}`;
  };
  for (let i = 2; i < points.length; i++) segment(points[i - 2], points[i - 1], points[i]);
  const [a, b] = points.slice(-2);
  segment(a, b, b);
  return `${d}L${f(b[0])},${f(b[1])}`;
}

/** Area charts drawn so far: each one's gradient has its own id. */
let fades = 0;

/**
 * A small chart of a list of numbers, drawn as SVG.
 * @param {Column} col @param {any} v
 */
function sparkline(col, v) {
  const values = asList(v).map(Number).filter((x) => Number.isFinite(x));
  if (!values.length) return "";
  const lo = col.config.y_min ?? Math.min(0, ...values);
  const hi = col.config.y_max ?? Math.max(...values);
  const span = hi - lo || 1;
  const w = 100;
  const h = 24;
  const y = (/** @type {number} */ x) => h - ((Math.min(Math.max(x, lo), hi) - lo) / span) * h;
  // Streamlit: no colour is the primary colour; "auto" is green unless the values end lower
  // than they start (red), "auto-inverse" the other way.
  let color = colorOf(col.config.color);
  if (col.config.color === "auto" || col.config.color === "auto-inverse") {
    const down = values[0] > values[values.length - 1];
    const up = values[0] < values[values.length - 1];
    color = (col.config.color === "auto-inverse" ? up : down) ? COLORS.red : COLORS.green;
  }
  const paint = escapeHtml(color);
  // The zero line, faint, where zero is within the chart's range (as Streamlit's axis).
  const axis = lo <= 0 && hi >= 0 ? `<line class="wl-spark-axis" x1="0" x2="${w}" y1="${y(0).toFixed(2)}" y2="${y(0).toFixed(2)}" vector-effect="non-scaling-stroke"/>` : "";
  let body;
  if (col.type === "bar_chart") {
    const bw = w / values.length;
    body = values.map((x, i) => `<rect x="${(i * bw + bw * 0.03).toFixed(2)}" y="${y(x).toFixed(2)}" width="${(bw * 0.94).toFixed(2)}" height="${(h - y(x)).toFixed(2)}" style="fill:${paint}"/>`).join("");
  } else {
    const step = values.length > 1 ? w / (values.length - 1) : 0;
    const line = basisPath(values.map((x, i) => [i * step, y(x)]));
    const stroke = `<path d="${line}" fill="none" style="stroke:${paint}" stroke-width="1" vector-effect="non-scaling-stroke"/>`;
    // An area fades towards its foot, as Streamlit's does (a gradient needs an id of its own).
    const fade = `wl-spark-fade-${++fades}`;
    body = col.type === "area_chart"
      ? `<defs><linearGradient id="${fade}" x1="0" y1="0" x2="0" y2="1"><stop offset="0" style="stop-color:${paint}" stop-opacity="0.35"/>`
        + `<stop offset="1" style="stop-color:${paint}" stop-opacity="0.03"/></linearGradient></defs>`
        + `<path d="${line}L${((values.length - 1) * step).toFixed(2)},${h}L0,${h}Z" fill="url(#${fade})" stroke="none"/>${stroke}`
      : stroke;
  }
  return `<svg class="wl-spark" viewBox="0 -1 ${w} ${h + 2}" preserveAspectRatio="none" role="img" aria-label="${escapeHtml(values.join(", "))}">${axis}${body}</svg>`;
}

/** @param {Column} col @param {any} v */
function progress(col, v) {
  const n = Number(v);
  if (!Number.isFinite(n)) return "";
  const lo = col.config.min_value ?? 0;
  const hi = col.config.max_value ?? (col.kind === "float" && n <= 1 ? 1 : 100);
  const pct = Math.max(0, Math.min(100, ((n - lo) / ((hi - lo) || 1)) * 100));
  const label = col.config.format ? formatNumber(n, col.config.format, stepDecimals(col.config.step)) : `${Math.round(pct)}%`;
  // Streamlit: "auto" is green above half way, red below; "auto-inverse" the other way.
  const auto = col.config.color === "auto" || col.config.color === "auto-inverse";
  const color = auto ? ((pct > 50) === (col.config.color === "auto") ? COLORS.green : COLORS.red) : colorOf(col.config.color);
  return `<span class="wl-range" role="progressbar" aria-valuenow="${n}" aria-valuemin="${lo}" aria-valuemax="${hi}">`
    + `<span class="wl-range-track"><span class="wl-range-fill" style="width:${pct.toFixed(1)}%;background:${escapeHtml(color)}"></span></span>`
    + `<span class="wl-range-label">${escapeHtml(label)}</span></span>`;
}

const CHECKED = '<svg class="wl-checkbox" viewBox="0 0 16 16" aria-hidden="true"><rect width="16" height="16" rx="4"/><path d="M4 8.2l2.8 2.8L12.2 5.4"/></svg>';
const UNCHECKED = '<svg class="wl-checkbox wl-unchecked" viewBox="0 0 16 16" aria-hidden="true"><rect x="0.5" y="0.5" width="15" height="15" rx="3.5"/></svg>';

/** Column types whose cells draw themselves: a Styler's display text does not replace them. */
const DRAWN = new Set(["checkbox", "line_chart", "bar_chart", "area_chart", "progress"]);

/**
 * A cell's HTML, with what a pandas Styler gave it (1.67 draws its display text and its
 * text and background colours).
 * @param {Column} col @param {number | undefined} r the data row @param {any} v @param {string} placeholder
 */
export function cellMarkup(col, r, v, placeholder) {
  const styled = col.styled;
  if (!styled || r === undefined) return cellHtml(col, v, placeholder);
  const text = DRAWN.has(col.type) ? null : styled.display?.[r];
  const html = text === null || text === undefined ? cellHtml(col, v, placeholder) : escapeHtml(text);
  const css = styled.css.get(r);
  return css ? `<div class="wl-styled-cell" style="${escapeHtml(css)}">${html}</div>` : html;
}

/**
 * A cell's HTML.
 * @param {Column} col @param {any} v @param {string} placeholder what a missing value shows ("None")
 */
export function cellHtml(col, v, placeholder) {
  const missing = v === null || v === undefined;
  switch (col.type) {
    case "checkbox":
      return `<span class="wl-cell-check" role="checkbox" aria-checked="${v ? "true" : "false"}">${v ? CHECKED : UNCHECKED}</span>`;
    case "line_chart": case "bar_chart": case "area_chart": return missing ? "" : sparkline(col, v);
    case "progress": return missing ? "" : progress(col, v);
    default: break;
  }
  if (missing) return `<span class="wl-null">${escapeHtml(placeholder)}</span>`;
  switch (col.type) {
    case "list": case "multiselect": {
      const options = new Map((col.config.options || []).map((/** @type {any} */ o) => [o.value, o]));
      return asList(v).map((x) => {
        const color = /** @type {any} */ (options.get(x))?.color;
        const style = color ? ` style="background:color-mix(in srgb, ${escapeHtml(colorOf(color))} 20%, transparent)"` : "";
        return `<span class="wl-cell-chip"${style}>${escapeHtml(optionLabel(col, x))}</span>`;
      }).join("");
    }
    case "link": {
      const url = safeUrl(v);
      const text = escapeHtml(linkText(col, String(v)));
      return url ? `<a class="wl-link" href="${escapeHtml(url)}" target="_blank" rel="noopener noreferrer">${text}</a>` : text;
    }
    case "image": {
      let src = String(v);
      if (src.trim().startsWith("<svg")) src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(src)}`;
      const url = safeUrl(src, { data: true });
      return url ? `<img class="wl-cell-image" src="${escapeHtml(url)}" alt="" loading="lazy">` : "";
    }
    case "markdown": return `<span class="wl-cell-md">${markdownToHtml(String(v), { inline: true })}</span>`;
    case "button": {
      // A label is a button (markdown, icons too); a list of labels is one "more" button whose
      // menu offers them (1.67's button action menu, column_menu.js).
      const kind = ["primary", "tertiary"].includes(col.config.button_type) ? col.config.button_type : "secondary";
      const labels = asList(v).map(String);
      if (labels.length > 1) {
        return `<button type="button" class="wl-cell-button wl-cell-button-${kind} wl-cell-actions" aria-label="More actions" `
          + `data-actions="${escapeHtml(JSON.stringify(labels))}">${markdownToHtml(":material/more_vert:", { inline: true })}</button>`;
      }
      return labels.map((label) => `<button type="button" class="wl-cell-button wl-cell-button-${kind}" `
        + `data-label="${escapeHtml(label)}">${markdownToHtml(label, { inline: true })}</button>`).join("");
    }
    default: return escapeHtml(cellText(col, v));
  }
}

// The column menu's "Statistics" (Streamlit 1.67): a column's values summed up
// in the page, by kind (numbers, text, dates, booleans), as `stDataFrameStatisticsContent`:
// a chart (`stDataFrameStatisticsChart`: a histogram, or the top values as bars),
// then the figures (`stDataFrameStatisticsMetrics`). A column of more than
// 100,000 rows is sampled (10,000 evenly spaced values), and says so.
import { h } from "../dom.js";

const SAMPLE_ABOVE = 100_000;
const SAMPLE_SIZE = 10_000;
const MAX_BINS = 15;
const TOP_VALUES = 5;
const SVG = "http://www.w3.org/2000/svg";

/** @typedef {{label: string, value: string}} Metric */
/** @typedef {{start: number, end: number, count: number}} Bin */

/** The statistics kind of a column type, or null when 1.67 offers none. @param {string} type */
export function statisticsKind(type) {
  if (type === "number" || type === "progress") return "numeric";
  if (type === "text") return "text";
  if (type === "datetime" || type === "date") return "datetime";
  if (type === "checkbox") return "boolean";
  return null;
}

/** `count` values of `read`, sampled past 100,000 as 1.67 does. @param {number} count @param {(i: number) => any} read */
function sample(count, read) {
  const values = [];
  const sampled = count > SAMPLE_ABOVE;
  const step = sampled ? Math.max(1, Math.floor(count / SAMPLE_SIZE)) : 1;
  for (let i = 0; i < count && values.length < (sampled ? SAMPLE_SIZE : count); i += step) values.push(read(i));
  return { values, sampled };
}

/** A number as 1.67 shows a figure: the reader's locale, at most `digits` decimals. @param {number} n */
const figure = (n, digits = 2) => (Number.isFinite(n)
  ? n.toLocaleString(undefined, { maximumFractionDigits: digits, minimumFractionDigits: 0 }) : "-");
/** "3 (25%)": a count and its share. @param {number} n @param {number} total */
const share = (n, total) => `${figure(n, 0)} (${figure(total > 0 ? (n / total) * 100 : 0, 1)}%)`;

/** The p-th percentile of sorted numbers, interpolated. @param {number[]} sorted @param {number} p */
function percentile(sorted, p) {
  if (!sorted.length) return 0;
  const at = (p / 100) * (sorted.length - 1);
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return lo === hi ? sorted[lo] : sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
}

/** Equal bins from min to max, at most 15 (√n). @param {number[]} sorted @returns {Bin[]} */
function histogram(sorted) {
  if (!sorted.length) return [];
  const min = sorted[0];
  const max = sorted[sorted.length - 1];
  if (min === max) return [{ start: min, end: max, count: sorted.length }];
  const bins = Math.min(MAX_BINS, Math.ceil(Math.sqrt(sorted.length)));
  const width = (max - min) / bins;
  const out = Array.from({ length: bins }, (_, i) => ({ start: min + i * width, end: i === bins - 1 ? max : min + (i + 1) * width, count: 0 }));
  for (const v of sorted) out[Math.min(Math.floor((v - min) / width), bins - 1)].count += 1;
  return out;
}

/** "3 years", "1 day": the span of a date column. @param {number} ms */
function span(ms) {
  const seconds = ms / 1000;
  const units = /** @type {[string, number][]} */ ([["year", 365.25 * 86400], ["month", 30.44 * 86400], ["week", 7 * 86400],
    ["day", 86400], ["hour", 3600], ["minute", 60]]);
  const [unit, size] = units.find(([, s]) => seconds / s >= 1) || ["second", 1];
  const n = Math.round(seconds / size);
  return n === 1 ? `1 ${unit}` : `${n} ${unit}s`;
}

/** A date figure: "Jan 5, 2024" or "Jan 5, 2024, 03:04 PM", in the column's time zone. */
function dateFigure(/** @type {number} */ ms, /** @type {boolean} */ dateOnly, /** @type {string | null} */ tz) {
  const opts = /** @type {Intl.DateTimeFormatOptions} */ ({ year: "numeric", month: "short", day: "numeric", timeZone: tz || "UTC" });
  return dateOnly ? new Date(ms).toLocaleDateString(undefined, opts)
    : new Date(ms).toLocaleString(undefined, { ...opts, hour: "2-digit", minute: "2-digit" });
}

/**
 * The statistics of a column as 1.67 draws them.
 * @param {string} type the column's type (columns.js) @param {string | null} tz
 * @param {number} count rows @param {(i: number) => any} read the value of row i
 * @returns {HTMLElement}
 */
export function statisticsContent(type, tz, count, read) {
  const kind = statisticsKind(type);
  const { values, sampled } = sample(count, read);
  const empty = values.filter((v) => v === null || v === undefined || (kind === "text" && v === "")
    || (kind !== "text" && kind !== "boolean" && typeof v === "number" && !Number.isFinite(v))).length;
  /** @type {Metric[]} */
  let metrics = [];
  /** @type {HTMLElement | SVGElement | null} */
  let chart = null;
  const present = values.length - empty;
  const counts = [{ label: "Values", value: figure(present, 0) }, { label: "Empty", value: share(empty, values.length) }];
  if (kind === "numeric" || kind === "datetime") {
    const numbers = values.filter((v) => typeof v === "number" && Number.isFinite(v));
    const sorted = numbers.toSorted((a, b) => a - b);
    const mean = numbers.reduce((a, b) => a + b, 0) / (numbers.length || 1);
    const show = kind === "numeric" ? (/** @type {number} */ n) => figure(n) : (/** @type {number} */ n) => dateFigure(n, type === "date", tz);
    const pct = (/** @type {number} */ p) => show(percentile(sorted, p));
    if (numbers.length) {
      metrics = kind === "numeric" ? [...counts, { label: "Distinct", value: figure(new Set(numbers).size, 0) },
        { label: "Average", value: figure(mean) },
        { label: "Standard deviation", value: figure(Math.sqrt(numbers.reduce((a, v) => a + (v - mean) ** 2, 0) / numbers.length)) },
        { label: "Minimum", value: show(sorted[0]) }, { label: "25th percentile", value: pct(25) },
        { label: "Median", value: pct(50) }, { label: "75th percentile", value: pct(75) },
        { label: "Maximum", value: show(sorted[sorted.length - 1]) }, { label: "Sum", value: figure(numbers.reduce((a, b) => a + b, 0)) }]
        : [...counts, { label: "Minimum", value: show(sorted[0]) }, { label: "25th percentile", value: pct(25) },
          { label: "Median", value: pct(50) }, { label: "75th percentile", value: pct(75) },
          { label: "Maximum", value: show(sorted[sorted.length - 1]) }, { label: "Average", value: show(mean) },
          { label: "Range", value: span(sorted[sorted.length - 1] - sorted[0]) }];
      chart = histogramChart(histogram(sorted), (a, b) => `${show(a)} – ${show(b)}`);
    }
  } else if (kind === "text") {
    const strings = values.filter((v) => v !== null && v !== undefined && v !== "").map(String);
    const lengths = strings.map((s) => s.length);
    const tally = new Map();
    for (const s of strings) tally.set(s, (tally.get(s) || 0) + 1);
    if (strings.length) {
      metrics = [...counts, { label: "Distinct", value: figure(tally.size, 0) },
        { label: "Minimum length", value: figure(Math.min(...lengths), 0) },
        { label: "Maximum length", value: figure(Math.max(...lengths), 0) },
        { label: "Average length", value: figure(lengths.reduce((a, b) => a + b, 0) / lengths.length, 1) }];
      const top = [...tally.entries()].sort((a, b) => b[1] - a[1]).slice(0, TOP_VALUES);
      chart = barsChart("Top values frequency chart", top.map(([label, n]) => [label, n, (n / strings.length) * 100]));
    }
  } else if (kind === "boolean") {
    const yes = values.filter((v) => v === true).length;
    const no = values.filter((v) => v === false).length;
    if (yes + no) {
      metrics = counts;
      chart = barsChart("True/false distribution chart", [["True", yes, (yes / (yes + no)) * 100], ["False", no, (no / (yes + no)) * 100]]);
    }
  }
  if (!metrics.length) {
    if (!empty) return h("div", { class: "wl-stats-none" }, ["No data"]);
    metrics = counts;
  }
  return h("div", { "data-testid": "stDataFrameStatisticsContent", class: "wl-stats" }, [
    ...(chart ? [chart, h("div", { class: "wl-col-menu-divider" })] : []),
    h("div", { "data-testid": "stDataFrameStatisticsMetrics", class: "wl-stats-metrics" },
      metrics.map(({ label, value }) => h("div", { class: "wl-stats-row" }, [h("span", {}, [label]), h("span", { class: "wl-stats-value" }, [value])]))),
    ...(sampled ? [h("div", { class: "wl-stats-note" }, ["Based on sample"])] : []),
  ]);
}

/**
 * A histogram as bars in an SVG (180 × 64, as 1.67's), each bar's range and count as its title.
 * @param {Bin[]} bins @param {(a: number, b: number) => string} range
 */
function histogramChart(bins, range) {
  const width = 180;
  const height = 64;
  const svg = document.createElementNS(SVG, "svg");
  for (const [k, v] of Object.entries({ "data-testid": "stDataFrameStatisticsChart", role: "img", "aria-label": "Distribution histogram",
    viewBox: `0 0 ${width} ${height}`, width: String(width), height: String(height), class: "wl-stats-chart" })) svg.setAttribute(k, v);
  const most = Math.max(...bins.map((b) => b.count), 1);
  const barWidth = width / bins.length;
  bins.forEach((bin, i) => {
    const tall = (bin.count / most) * (height - 4);
    const rect = document.createElementNS(SVG, "rect");
    for (const [k, v] of Object.entries({ x: String(i * barWidth + 0.5), y: String(height - 2 - tall), width: String(Math.max(barWidth - 1, 1)),
      height: String(tall), rx: "2" })) rect.setAttribute(k, v);
    const title = document.createElementNS(SVG, "title");
    title.textContent = `Range: ${range(bin.start, bin.end)}\nCount: ${bin.count}`;
    rect.append(title);
    svg.append(rect);
  });
  return svg;
}

/**
 * Labelled bars with their shares (text's top values, booleans), as 1.67 draws them.
 * @param {string} name @param {[string, number, number][]} rows label, count, percent
 */
function barsChart(name, rows) {
  const titled = rows.map(([label, n, pct]) => ({ label, pct, text: `${figure(pct, 1)}%`, title: `${label}: ${figure(n, 0)} (${figure(pct, 1)}%)` }));
  return h("div", { "data-testid": "stDataFrameStatisticsChart", role: "img", class: "wl-stats-bars",
    "aria-label": `${name}: ${titled.map((r) => r.title).join("; ")}` }, titled.map((r) => h("div", { class: "wl-stats-bar-row", title: r.title }, [
    h("span", { class: "wl-stats-bar-label" }, [r.label]),
    h("span", { class: "wl-stats-bar-track" }, [h("span", { class: "wl-stats-bar", style: `width:${Math.min(100, Math.max(0, r.pct))}%` })]),
    h("span", { class: "wl-stats-value" }, [r.text]),
  ])));
}

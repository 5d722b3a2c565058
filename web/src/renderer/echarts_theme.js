// Streamlit's look for an st.echarts_chart (theme="streamlit"), as 1.67 draws
// it: an ECharts theme in the page's colours and font (the same label and grid
// colours as the Vega charts, vega.js), and a grid that hugs the chart's box
// (ECharts' own leaves 60 px above and below and 10 % at the sides) unless a
// title, a legend, a slider or the option's own grid needs the room.
import { CATEGORY_DARK, CATEGORY_LIGHT, SEQUENTIAL } from "./vega.js";

/** @typedef {Record<string, any>} Option */

/** The first of one-or-many option components (`title`, `legend` ...), as a list. @param {unknown} v @returns {Option[]} */
const list = (v) => (Array.isArray(v) ? v : v && typeof v === "object" ? [v] : []).filter((c) => c && typeof c === "object");

/**
 * `color` ("#rrggbb", "rgb()" or "rgba()") at `alpha` of its opacity: ECharts' canvas cannot read
 * CSS's color-mix().
 * @param {string} color @param {number} alpha
 */
function withAlpha(color, alpha) {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color.trim());
  const rgb = hex ? hex.slice(1).map((x) => parseInt(x, 16)) : (color.match(/[\d.]+/g) || []).map(Number);
  if (rgb.length < 3) return color;
  return `rgba(${rgb[0]}, ${rgb[1]}, ${rgb[2]}, ${+((rgb[3] ?? 1) * alpha).toFixed(3)})`;
}

const SCIENTIFIC = new Intl.NumberFormat("en-US", { notation: "scientific", maximumSignificantDigits: 6 });
const SIGNIFICANT = new Intl.NumberFormat("en-US", { maximumSignificantDigits: 6, useGrouping: true });
const UP_TO_4 = new Intl.NumberFormat("en-US", { minimumFractionDigits: 0, maximumFractionDigits: 4, useGrouping: true });
const FIXED_4 = new Intl.NumberFormat("en-US", { minimumFractionDigits: 4, maximumFractionDigits: 4, useGrouping: true });
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z?$/;

/** A number as 1.67's tooltips show it: grouped, at most 4 decimals from 1 up, 6 significant digits below, scientific under 1e-4. @param {number} v */
function tooltipNumber(v) {
  if (Object.is(v, -0)) return "0";
  const size = Math.abs(v);
  if (size !== 0 && size < 1e-4) return SCIENTIFIC.format(v);
  if (size < 1) return SIGNIFICANT.format(v);
  return (Number(v.toFixed(4)) === v ? UP_TO_4 : FIXED_4).format(v);
}

/** The option's settings: its `baseOption` when it has one (a timeline or media option). @param {Option} option @returns {Option} */
export function baseOf(option) {
  return option.baseOption && typeof option.baseOption === "object" ? option.baseOption : option;
}

/**
 * A date as 1.67 writes it in tooltips and time-axis pointer labels: the day, with the time unless
 * it is midnight (ECharts parses and formats it, in UTC when the option says `useUTC`).
 * @param {any} echarts @param {unknown} value @param {boolean} useUTC
 */
export function streamlitDate(echarts, value, useUTC) {
  const date = echarts.time.parse(value);
  const midnight = echarts.time.format(date, "{HH}{mm}{ss}{SSS}", useUTC) === "000000000";
  return echarts.time.format(date, midnight ? "{yyyy}-{MM}-{dd}" : "{yyyy}-{MM}-{dd} {HH}:{mm}:{ss}", useUTC);
}

/**
 * 1.67's default tooltip value formatter (an option's own `valueFormatter` replaces it); its dates
 * are local, as 1.67's.
 * @param {any} echarts
 */
function tooltipValue(echarts) {
  /** @param {unknown} v @returns {string} */
  const one = (v) => {
    if (typeof v === "number") return Number.isFinite(v) ? tooltipNumber(v) : "-";
    if (typeof v === "string") return ISO_TIME.test(v) ? streamlitDate(echarts, v, false) : v.trim() === "" ? "-" : v;
    return typeof v === "boolean" ? String(v) : "-";
  };
  return (/** @type {unknown} */ v) => (Array.isArray(v) ? v.map(one) : one(v));
}

/**
 * The ECharts theme of the page's colours, as 1.67's (its frontend's ECharts theme, read from its bundle).
 * @param {import("./vega.js").ChartTheme} t
 * @param {{border?: string, bg2?: string}} page the page's border and secondary background colours
 * @param {any} echarts
 */
export function streamlitTheme(t, page, echarts) {
  const label = t.dark ? "#e6eaf1" : "#808495";
  const grid = t.dark ? "#31333F" : "#e6eaf1";
  const border = page.border || grid;
  const bg2 = page.bg2 || (t.dark ? "#262730" : "#f0f2f6");
  const faded = withAlpha(t.fg, 0.2);
  const text = { color: label, fontFamily: t.font, fontSize: 12 };
  const bands = { areaStyle: { color: [withAlpha(label, 0.03), withAlpha(label, 0.07)] } };
  const axis = {
    axisLine: { lineStyle: { color: grid } },
    axisTick: { lineStyle: { color: grid } },
    axisLabel: { ...text, margin: 8, textBorderColor: t.bg, textBorderWidth: 2 },
    nameTextStyle: text,
    splitLine: { lineStyle: { color: grid } },
    splitArea: bands,
  };
  const valueAxis = { ...axis, axisLabel: { ...axis.axisLabel, hideOverlap: true } };
  const selected = { select: { itemStyle: { borderColor: t.fg } } };
  const filler = withAlpha(t.primary, 0.15);
  const gridLines = { lineStyle: { color: grid } };
  return {
    color: t.dark ? CATEGORY_DARK : CATEGORY_LIGHT,
    backgroundColor: "transparent",
    darkMode: t.dark,
    textStyle: text,
    title: {
      padding: [0, 0, 16, 0],
      textStyle: { fontFamily: t.font, color: t.fg, fontSize: 14, fontWeight: "normal" },
      subtextStyle: { fontFamily: t.font, color: t.fg, fontSize: 12 },
    },
    legend: {
      textStyle: text, inactiveColor: faded, inactiveBorderColor: faded, lineStyle: { inactiveColor: faded },
      pageIconColor: label, pageIconInactiveColor: faded, pageTextStyle: { color: label },
    },
    tooltip: {
      backgroundColor: t.bg, borderColor: border, valueFormatter: tooltipValue(echarts),
      textStyle: { color: t.fg, fontFamily: t.font, fontSize: 12, fontWeight: "normal" },
    },
    axisPointer: { label: { color: t.fg, backgroundColor: t.bg, borderColor: border, borderWidth: 1 } },
    categoryAxis: axis, valueAxis, logAxis: valueAxis, timeAxis: valueAxis,
    angleAxis: axis, radiusAxis: axis, parallelAxis: axis, singleAxis: axis,
    themeRiver: { label: text },
    chord: { lineStyle: { opacity: t.dark ? 0.45 : 0.25 }, label: text },
    radar: {
      axisLine: gridLines, axisTick: gridLines, splitLine: gridLines,
      splitArea: bands, axisName: text, axisLabel: text,
    },
    sankey: { color: SEQUENTIAL, lineStyle: { color: label, opacity: t.dark ? 0.35 : 0.2 }, label: text, ...selected },
    bar: selected, pictorialBar: selected, scatter: selected, heatmap: selected, graph: selected,
    ...(t.dark ? { line: { symbol: "circle" } } : {}),
    sunburst: { label: { color: "#0e1117", textBorderColor: "#ffffff", textBorderWidth: 2 }, itemStyle: { borderColor: t.bg } },
    funnel: { label: text, itemStyle: { borderColor: t.bg }, ...selected },
    pie: { label: text }, tree: { label: text },
    candlestick: {
      itemStyle: t.dark
        ? { color: "#7defa1", color0: "#ffabab", borderColor: "#7defa1", borderColor0: "#ffabab" }
        : { color: "#29b09d", color0: "#ff2b2b", borderColor: "#29b09d", borderColor0: "#ff2b2b" },
    },
    boxplot: { itemStyle: { color: t.bg } },
    gauge: {
      axisLine: { lineStyle: { color: [[1, grid]] } }, splitLine: { lineStyle: { color: label } }, axisTick: gridLines,
      axisLabel: { color: label, fontFamily: t.font }, title: { color: label, fontFamily: t.font },
      detail: { color: t.fg, fontFamily: t.font },
    },
    treemap: {
      left: 8, right: 8, top: 8, bottom: 38, itemStyle: { borderColor: t.bg },
      breadcrumb: { bottom: 8, itemStyle: { color: bg2, borderColor: border, textStyle: { color: label, fontFamily: t.font } } },
    },
    calendar: {
      itemStyle: { color: "transparent", borderColor: border }, splitLine: gridLines,
      dayLabel: text, monthLabel: text, yearLabel: text,
    },
    visualMap: { inRange: { color: SEQUENTIAL }, textStyle: text },
    timeline: {
      lineStyle: { color: grid }, label: text, itemStyle: { color: label },
      checkpointStyle: { color: t.primary, borderColor: t.bg }, controlStyle: { color: label, borderColor: label },
    },
    dataZoom: {
      borderColor: border, fillerColor: filler,
      dataBackground: { lineStyle: { color: label, opacity: 0.5 }, areaStyle: { color: label, opacity: 0.2 } },
      handleStyle: { color: t.bg, borderColor: label }, textStyle: { color: label },
    },
    brush: { brushStyle: { color: filler, borderColor: t.primary } },
    toolbox: {
      iconStyle: { borderColor: label },
      emphasis: { iconStyle: { borderColor: t.fg, textFill: t.fg, textBackgroundColor: bg2, textPadding: 2, textBorderRadius: 4 } },
      feature: {
        dataView: {
          backgroundColor: t.bg, textColor: t.fg, textareaColor: bg2, textareaBorderColor: border,
          buttonColor: t.primary, buttonTextColor: "#ffffff",
        },
      },
    },
  };
}

/** Is something drawn at the top (a title, a horizontal legend) or the bottom (a slider, a bottom legend)? @param {Option} option */
function occupied(option) {
  const shown = list(option.title).filter((c) => c.show !== false);
  const legends = list(option.legend).filter((c) => c.show !== false);
  // Where it sits unless placed: ECharts 6 puts a legend at the bottom, a title at the top.
  const titleAtBottom = (/** @type {Option} */ c) => c.top === "bottom" || (c.bottom !== undefined && c.top === undefined);
  const legendAtBottom = (/** @type {Option} */ c) => c.top === "bottom" || c.top === undefined;
  const sliders = [
    ...list(option.dataZoom).filter((c) => c.type !== "inside"),
    ...list(option.visualMap).filter((c) => c.orient === "horizontal"),
    ...list(option.timeline),
  ].filter((c) => c.show !== false && c.orient !== "vertical");
  return {
    top: shown.some((c) => !titleAtBottom(c)) || legends.some((c) => !legendAtBottom(c)),
    bottom: shown.some(titleAtBottom) || legends.some(legendAtBottom) || sliders.length > 0,
  };
}

/**
 * The option with Streamlit's grid (under its own `grid`) and ARIA on unless it says otherwise.
 * @param {Option} option
 */
export function streamlitLayout(option) {
  const base = baseOf(option);
  if (base.aria === undefined) base.aria = { enabled: true };
  else if (base.aria && typeof base.aria === "object" && !("enabled" in base.aria)) base.aria = { ...base.aria, enabled: true };
  if (!("xAxis" in base || "yAxis" in base) || Array.isArray(base.grid)) return option;
  const room = occupied(base);
  /** @type {Option} */
  const grid = { left: 8, right: 24, outerBoundsMode: "same" };
  if (!room.top) grid.top = 16;
  if (!room.bottom) grid.bottom = 8;
  base.grid = { ...grid, ...(base.grid && typeof base.grid === "object" ? base.grid : {}) };
  return option;
}

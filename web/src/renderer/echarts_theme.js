// Streamlit's look for an st.echarts_chart (theme="streamlit"), as 1.67 draws
// it: an ECharts theme in the page's colours and font (the same label and grid
// colours as the Vega charts, vega.js), and a grid that hugs the chart's box
// (ECharts' own leaves 60 px above and below and 10 % at the sides) unless a
// title, a legend, a slider or the option's own grid needs the room.
import { CATEGORY_DARK, CATEGORY_LIGHT } from "./vega.js";

/** @typedef {Record<string, any>} Option */

/** The first of one-or-many option components (`title`, `legend` ...), as a list. @param {unknown} v @returns {Option[]} */
const list = (v) => (Array.isArray(v) ? v : v && typeof v === "object" ? [v] : []).filter((c) => c && typeof c === "object");

/**
 * The ECharts theme of the page's colours.
 * @param {import("./vega.js").ChartTheme} t
 */
export function streamlitTheme(t) {
  const label = t.dark ? "#e6eaf1" : "#808495";
  const grid = t.dark ? "#31333F" : "#e6eaf1";
  const text = { color: label, fontFamily: t.font, fontSize: 12 };
  const axis = {
    axisLine: { lineStyle: { color: grid } },
    axisTick: { lineStyle: { color: grid } },
    axisLabel: { ...text, margin: 8, textBorderColor: t.bg, textBorderWidth: 2 },
    nameTextStyle: text,
    splitLine: { lineStyle: { color: grid } },
  };
  const valueAxis = { ...axis, axisLabel: { ...axis.axisLabel, hideOverlap: true } };
  const selected = { select: { itemStyle: { borderColor: t.fg } } };
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
    legend: { textStyle: text, inactiveColor: grid, inactiveBorderColor: grid, pageIconColor: label, pageTextStyle: { color: label } },
    tooltip: { backgroundColor: t.bg, borderColor: grid, textStyle: { color: t.fg, fontFamily: t.font, fontSize: 12, fontWeight: "normal" } },
    axisPointer: { label: { color: t.fg, backgroundColor: t.bg, borderColor: grid, borderWidth: 1 } },
    categoryAxis: axis, valueAxis, logAxis: valueAxis, timeAxis: valueAxis,
    angleAxis: axis, radiusAxis: axis, parallelAxis: axis, singleAxis: axis,
    radar: { axisLine: { lineStyle: { color: grid } }, splitLine: { lineStyle: { color: grid } }, axisName: text, axisLabel: text },
    bar: selected, pictorialBar: selected, scatter: selected, heatmap: selected, graph: selected,
    funnel: { label: text, itemStyle: { borderColor: t.bg }, ...selected },
    pie: { label: text }, tree: { label: text }, themeRiver: { label: text },
    sunburst: { itemStyle: { borderColor: t.bg } },
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
  const base = option.baseOption && typeof option.baseOption === "object" ? option.baseOption : option;
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

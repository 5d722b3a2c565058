// st.echarts_chart: an ECharts option drawn by Apache ECharts (loaded on the
// first such chart). A rerun with a new option updates the same chart.
//
// As Streamlit 1.67 does: a dataframe source arrives as `{name}` beside its
// rows (props.datasets) and gets them back here, with its columns as the
// dataset's dimensions; the toolbar has "Show data" (that dataframe),
// "Download as PNG/SVG" and Fullscreen; `alt` is the chart's ARIA description.
// With on_select the chart is a widget (echarts_selection.js).
import { h } from "../dom.js";
import { lazy } from "../../lazy.js";
import { CAN_DRAW, chartError, onWidth, watchTheme, serialDraw } from "../chart_frame.js";
import { columnValues, readTheme } from "../vega.js";
import { resolveColors } from "../theme_colors.js";
import { FullScreenFrame } from "../full_screen_frame.js";
import { ShowData, chartTable } from "../show_data.js";
import { baseOf, streamlitDate, streamlitLayout, streamlitTheme } from "../echarts_theme.js";
import { NAMED_NUMBER_FORMATS, formatSliderNumber } from "../slider_format.js";

const loadEcharts = lazy(() => import("../../vendor/echarts.esm.min.mjs"));
const loadSelections = lazy(() => import("../echarts_selection.js"));
/** The ECharts themes registered so far, by the page theme's key. @type {Map<string, string>} */
const registered = new Map();

/**
 * The name ECharts knows the chart's theme by: Streamlit's in the page's colours, or ECharts' own
 * (dark on a dark page) for theme=None.
 * @param {any} echarts @param {boolean} streamlit @param {ReturnType<typeof readTheme>} theme @param {Element} el
 */
function themeName(echarts, streamlit, theme, el) {
  if (!streamlit) return theme.dark ? "dark" : undefined;
  let name = registered.get(theme.key);
  if (!name) {
    name = `streamlit-${registered.size}`;
    const page = resolveColors(el, ["--border", "--bg2"]);
    echarts.registerTheme(name, streamlitTheme(theme, { border: page["--border"], bg2: page["--bg2"] }, echarts));
    registered.set(theme.key, name);
  }
  return name;
}

/**
 * @typedef {import("../index.js").NodeDict} NodeDict
 * @typedef {import("../vega.js").Columnar} Columnar
 * @typedef {Record<string, any>} Option
 */

/** The option and the options it nests (baseOption, timeline options, media options). @param {Option} option */
function variants(option) {
  /** @type {Option[]} */
  const found = [];
  /** @param {any} o */
  const add = (o) => {
    if (!o || typeof o !== "object" || Array.isArray(o)) return;
    found.push(o);
    for (const m of Array.isArray(o.media) ? o.media : []) if (m?.option && typeof m.option === "object") found.push(m.option);
  };
  add(option);
  add(option.baseOption);
  for (const o of Array.isArray(option.options) ? option.options : []) add(o);
  return found;
}

/**
 * Put each `{name}` source's rows back: rows of the dataset's dimensions (its columns unless the
 * option names them), with no header row, as Streamlit's frontend does.
 * @param {Option} option @param {{name: string, data: Columnar}[]} datasets
 */
function withRows(option, datasets) {
  const byName = new Map(datasets.map((d) => [d.name, d.data]));
  for (const variant of variants(option)) {
    for (const dataset of [variant.dataset].flat()) {
      const name = dataset?.source?.name;
      const data = typeof name === "string" && Object.keys(dataset.source).length === 1 ? byName.get(name) : undefined;
      if (!data) continue;
      const fields = data.fields.map(String);
      if (!Array.isArray(dataset.dimensions)) dataset.dimensions = fields;
      const columns = dataset.dimensions.map((/** @type {any} */ d) => {
        const j = fields.indexOf(String(typeof d === "object" && d ? d.name : d));
        return j < 0 ? null : columnValues(data.columns[j]);
      });
      const n = columnValues(data.columns[0]).length;
      dataset.source = Array.from({ length: n }, (_, i) => columns.map((c) => (c ? c[i] ?? null : null)));
      dataset.sourceHeader ??= false;
    }
  }
  return option;
}

/** `alt` as the chart's ARIA description (ECharts names its element with it), in every variant. @param {Option} option @param {string} alt */
function describe(option, alt) {
  for (const variant of variants(option)) {
    const aria = variant.aria && typeof variant.aria === "object" ? variant.aria : {};
    variant.aria = { ...aria, enabled: true, label: { ...(aria.label || {}), enabled: true, description: alt } };
  }
  return option;
}

/**
 * With Streamlit's look, a time axis's pointer label reads as 1.67's: the date, and the time unless
 * it is midnight (in UTC when the option says `useUTC`), unless the option formats pointer labels.
 * @param {Option} option @param {any} echarts
 */
function timeAxisPointerLabels(option, echarts) {
  const base = baseOf(option);
  const pointers = variants(option).flatMap((v) => [
    ...[v.tooltip].flat().map((t) => t?.axisPointer),
    ...[v.grid].flat().map((g) => g?.tooltip?.axisPointer),
    ...[v.axisPointer].flat(),
  ]);
  if (pointers.some((a) => a && typeof a === "object" && a.label?.formatter != null)) return option;
  const useUTC = base.useUTC === true;
  const label = (/** @type {any} */ params) => streamlitDate(echarts, params?.value, useUTC);
  for (const name of ["xAxis", "yAxis"]) {
    for (const axis of [base[name]].flat()) {
      if (!axis || typeof axis !== "object" || axis.type !== "time") continue;
      const pointer = axis.axisPointer && typeof axis.axisPointer === "object" ? axis.axisPointer : {};
      if (pointer.label?.formatter != null) continue;
      axis.axisPointer = { ...pointer, label: { ...(pointer.label || {}), formatter: label } };
    }
  }
  return option;
}

/**
 * Tooltip texts as Streamlit reads them (a JSON option cannot carry ECharts' functions):
 * - a `valueFormatter` text is a number format, named ("dollar", "compact" ...) or printf's
 *   ("%.2f"); any other text is dropped, with Streamlit's warning, and the tooltip formats as it
 *   would without one;
 * - a `formatter` template may name a value by its dimension, `{@score}` or `{@[1]}`, which
 *   ECharts' own templates do only for some triggers; it works for all, as in 1.67.
 * @param {Option} option @param {any} echarts
 */
function tooltipTexts(option, echarts) {
  const tooltips = variants(option).flatMap((v) => [
    ...[v.tooltip].flat(),
    ...[v.series].flat().map((s) => (s && typeof s === "object" ? s.tooltip : null)),
  ]).filter((t) => t && typeof t === "object");
  const useUTC = baseOf(option).useUTC === true;
  for (const tooltip of tooltips) {
    if (typeof tooltip.formatter === "string" && tooltip.formatter.includes("{@")) {
      tooltip.formatter = dimensionTemplate(tooltip.formatter, echarts, useUTC);
    }
    if (typeof tooltip.valueFormatter !== "string") continue;
    const format = tooltip.valueFormatter;
    if (NAMED_NUMBER_FORMATS.has(format) || /%(?!%)/.test(format.replaceAll("%%", ""))) {
      const one = (/** @type {unknown} */ v) => (typeof v === "number" ? formatSliderNumber(v, format) : String(v ?? "-"));
      tooltip.valueFormatter = (/** @type {unknown} */ v) => (Array.isArray(v) ? v.map(one) : one(v));
    } else {
      console.warn(`Ignoring the ECharts tooltip valueFormatter ${JSON.stringify(format)}: use a number format such as "dollar", "compact", or "%.2f".`);
      delete tooltip.valueFormatter;
    }
  }
  return option;
}

/**
 * A tooltip template's function: ECharts' time placeholders on a time axis, its `{a}`/`{b}`/`{c}`
 * ones, then each `{@dimension}` from the first item's value (HTML-escaped).
 * @param {string} template @param {any} echarts @param {boolean} useUTC
 */
function dimensionTemplate(template, echarts, useUTC) {
  return (/** @type {any} */ params) => {
    const items = Array.isArray(params) ? params : [params];
    const first = items[0];
    if (!first || typeof first !== "object") return "";
    let text = template;
    if (typeof first.axisType === "string" && first.axisType.includes("time")) text = echarts.time.format(first.axisValue, text, useUTC);
    text = echarts.format.formatTpl(text, items, true);
    return text.replaceAll(/\{@(.+?)\}/g, (/** @type {string} */ _, /** @type {string} */ name) => {
      const value = dimensionValue(first, name);
      return ["string", "number", "boolean"].includes(typeof value) ? echarts.format.encodeHTML(String(value)) : "";
    });
  };
}

/** The value of dimension `name` (a name, `[index]` or an index) in a tooltip item. @param {any} item @param {string} name */
function dimensionValue(item, name) {
  const value = item.value;
  const names = Array.isArray(item.dimensionNames) ? item.dimensionNames : [];
  let index;
  if (name.startsWith("[") && name.endsWith("]")) index = Number(name.slice(1, -1));
  else if (!names.includes(name) && !Number.isNaN(Number(name))) index = Number(name);
  if (Array.isArray(value)) return value[index ?? names.indexOf(name)];
  if (value && typeof value === "object") {
    const key = index === undefined ? name : names[index];
    return typeof key === "string" ? value[key] : undefined;
  }
  return value;
}

/** A chart without selections shows no pointer over its marks (nothing happens on a click). @param {Option} option */
function plainCursor(option) {
  for (const variant of variants(option)) {
    for (const series of [variant.series].flat()) if (series && typeof series === "object" && !("cursor" in series)) series.cursor = "default";
  }
  return option;
}

/** @type {import("../index.js").ViewFactory} */
function echartsChart(node, ctx) {
  const box = h("div", { class: "wl-echarts" });
  const el = h("div", { class: "stEChartsChart", "data-testid": "stEChartsChart" }, [box]);
  const frame = new FullScreenFrame(el, { onResize: () => { size(); chart?.resize(); } });
  const showData = new ShowData(frame.el, ctx, (n) => chartTable(n.props.datasets?.[0]?.data));
  let latest = node;
  /** @type {any} */
  let chart = null;
  let drawnKey = "";
  /** What the option last set was made of: a rerun that sends the same leaves the chart (and its animation) alone. */
  let drawnOption = "";
  /** @type {import("../echarts_selection.js").Selections | null} */
  let selections = null;
  const draw = serialDraw(async () => {
    const p = latest.props;
    const [echarts, selecting] = await Promise.all([loadEcharts(), p.selection_activated ? loadSelections() : null]);
    const theme = readTheme(el);
    const key = JSON.stringify([p.renderer, p.theme, theme.key]);
    if (!chart || key !== drawnKey) {
      dropSelections();
      chart?.dispose();
      chart = echarts.init(box, themeName(echarts, p.theme === "streamlit", theme, el), { renderer: p.renderer === "svg" ? "svg" : "canvas" });
      drawnKey = key;
      drawnOption = "";
    }
    const optionKey = JSON.stringify([p.spec, (p.datasets || []).map((/** @type {{name: string}} */ d) => d.name), p.alt, !!selecting]);
    if (optionKey === drawnOption) {
      selections?.before(latest, null);
      toolbar();
      return;
    }
    let option = withRows(JSON.parse(String(p.spec || "{}")), p.datasets || []);
    if (p.theme === "streamlit") option = timeAxisPointerLabels(streamlitLayout(option), echarts);
    if (p.alt) option = describe(option, p.alt);
    if (!p.selection_activated) option = plainCursor(option);
    option = tooltipTexts(option, echarts);
    if (selecting) selections ??= new selecting.Selections(chart, ctx);
    else dropSelections();
    selections?.before(latest, option);
    chart.setOption(option, { notMerge: true });
    chart.resize();
    selections?.after();
    drawnOption = optionKey;
    toolbar();
  }, (err) => {
    dropSelections();
    box.replaceChildren(chartError(err, { testId: "stEChartsChartError", prefix: "ECharts chart error: " }));
    chart = null;
    drawnOption = "";
  });

  function dropSelections() {
    selections?.stop();
    selections = null;
  }

  function toolbar() {
    const type = latest.props.renderer === "svg" ? "svg" : "png";
    /** @type {import("../element_toolbar.js").ToolbarButton[]} */
    const actions = [];
    if (showData.has(latest)) actions.push({ label: "Show data", icon: "table", onClick: () => void showData.show(latest) });
    if (chart) actions.push({ label: `Download as ${type.toUpperCase()}`, icon: "download", onClick: () => download(type) });
    frame.setActions(actions, latest.props.alt || "");
  }

  /** @param {"svg" | "png"} type */
  function download(type) {
    if (!chart) return;
    const url = chart.getDataURL({ type, pixelRatio: 2, backgroundColor: readTheme(el).bg });
    h("a", { href: url, download: `chart.${type}` }).click();
  }

  /** The chart's size: its own, or the expanded frame's. */
  function size() {
    const p = latest.props;
    const full = frame.size();
    box.style.height = full ? `${full.height}px` : typeof p.height === "number" ? `${p.height}px` : "350px";
    box.style.width = full ? "100%" : typeof p.width === "number" ? `${p.width}px` : "100%";
    box.style.maxWidth = "100%";
  }

  const stopWidth = onWidth(el, () => chart?.resize());
  const stopTheme = watchTheme(el, () => { if (chart) draw(); });
  return {
    el: frame.el,
    update(n, prev) {
      latest = n;
      showData.update(n, prev);
      size();
      if (CAN_DRAW) draw();
    },
    destroy() {
      dropSelections();
      showData.destroy();
      frame.destroy();
      stopWidth();
      stopTheme();
      chart?.dispose();
    },
  };
}

export const views = { echarts_chart: echartsChart };

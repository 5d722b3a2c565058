// st.echarts_chart: an ECharts option drawn by Apache ECharts (loaded on the
// first such chart). A rerun with a new option updates the same chart.
// Its frame has Streamlit's toolbar (Download, Fullscreen); expanded, the
// chart is resized to fill it.
import { h } from "../dom.js";
import { lazy } from "../../lazy.js";
import { CAN_DRAW, chartError, onWidth, watchTheme, serialDraw } from "../chart_frame.js";
import { readTheme } from "../vega.js";
import { FullScreenFrame } from "../full_screen_frame.js";

const loadEcharts = lazy(() => import("../../vendor/echarts.esm.min.mjs"));
const CATEGORY = ["#0068c9", "#83c9ff", "#ff2b2b", "#ffabab", "#29b09d", "#7defa1", "#ff8700", "#ffd16a", "#6d3fc0", "#d5dae5"];

/** @type {import("../index.js").ViewFactory} */
function echartsChart(node) {
  const box = h("div", { class: "wl-echarts" });
  const el = h("div", { class: "stEChartsChart", "data-testid": "stEChartsChart" }, [box]);
  const frame = new FullScreenFrame(el, { onResize: () => { size(); chart?.resize(); } });
  let latest = node;
  /** @type {any} */
  let chart = null;
  let drawnKey = "";
  const draw = serialDraw(async () => {
    const echarts = await loadEcharts();
    const p = latest.props;
    const theme = readTheme(el);
    const key = JSON.stringify([p.renderer, p.theme, theme.key]);
    if (!chart || key !== drawnKey) {
      chart?.dispose();
      chart = echarts.init(box, theme.dark ? "dark" : undefined, { renderer: p.renderer === "svg" ? "svg" : "canvas" });
      drawnKey = key;
    }
    const option = JSON.parse(String(p.spec || "{}"));
    if (p.theme === "streamlit") {
      option.color ??= CATEGORY;
      option.backgroundColor ??= "transparent";
      option.textStyle = { fontFamily: theme.font, ...(option.textStyle || {}) };
    }
    chart.setOption(option, { notMerge: true });
    chart.resize();
    const type = p.renderer === "svg" ? "svg" : "png";
    frame.setActions([{ label: `Download as ${type.toUpperCase()}`, icon: "download", onClick: () => download(type) }]);
  }, (err) => {
    box.replaceChildren(chartError(err));
    chart = null;
  });
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
  }

  const stopWidth = onWidth(el, () => chart?.resize());
  const stopTheme = watchTheme(el, () => { if (chart) draw(); });
  return {
    el: frame.el,
    update(n) {
      latest = n;
      size();
      if (CAN_DRAW) draw();
    },
    destroy() {
      frame.destroy();
      stopWidth();
      stopTheme();
      chart?.dispose();
    },
  };
}

export const views = { echarts_chart: echartsChart };

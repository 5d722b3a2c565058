// st.echarts_chart: an ECharts option drawn by Apache ECharts (loaded on the
// first such chart). A rerun with a new option updates the same chart.
import { h } from "../dom.js";
import { lazy } from "../../lazy.js";
import { CAN_DRAW, chartError, onWidth, watchTheme, serialDraw } from "../chart_frame.js";
import { readTheme } from "../vega.js";

const loadEcharts = lazy(() => import("../../vendor/echarts.esm.min.mjs"));
const CATEGORY = ["#0068c9", "#83c9ff", "#ff2b2b", "#ffabab", "#29b09d", "#7defa1", "#ff8700", "#ffd16a", "#6d3fc0", "#d5dae5"];

/** @type {import("../index.js").ViewFactory} */
function echartsChart(node) {
  const box = h("div", { class: "wl-echarts" });
  const el = h("div", { class: "stEChartsChart", "data-testid": "stEChartsChart" }, [box]);
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
  }, (err) => {
    box.replaceChildren(chartError(err));
    chart = null;
  });
  const stopWidth = onWidth(el, () => chart?.resize());
  const stopTheme = watchTheme(el, () => { if (chart) draw(); });
  return {
    el,
    update(n) {
      latest = n;
      const p = n.props;
      box.style.height = typeof p.height === "number" ? `${p.height}px` : "350px";
      box.style.width = typeof p.width === "number" ? `${p.width}px` : "100%";
      if (CAN_DRAW) draw();
    },
    destroy() {
      stopWidth();
      stopTheme();
      chart?.dispose();
    },
  };
}

export const views = { echarts_chart: echartsChart };

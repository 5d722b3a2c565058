// st.graphviz_chart: the DOT source laid out by Graphviz compiled to
// WebAssembly (@hpcc-js/wasm-graphviz, loaded on the first graph), drawn as
// the SVG Graphviz writes. Its frame has Streamlit's toolbar (Fullscreen
// only); expanded, the SVG scales to fill it (style/toolbar.css).
import { h, setAttr } from "../dom.js";
import { lazy, stylesheet } from "../../lazy.js";
import { CAN_DRAW, chartError } from "../chart_frame.js";
import { FullScreenFrame } from "../full_screen_frame.js";

const loadGraphviz = lazy(() => import("../../vendor/graphviz.js").then((m) => m.Graphviz.load()));
const CSS = new URL("../charts.css", import.meta.url);

/** Graphviz's SVG without what a page must not run (scripts, event handlers, javascript: links). @param {string} text */
function safeSvg(text) {
  const doc = new DOMParser().parseFromString(text, "image/svg+xml");
  const svg = doc.documentElement;
  if (svg.nodeName !== "svg") throw new Error("Graphviz did not return an SVG image");
  for (const bad of svg.querySelectorAll("script, foreignObject")) bad.remove();
  for (const node of svg.querySelectorAll("*")) {
    for (const attr of [...node.attributes]) {
      const value = attr.value.trim().toLowerCase();
      if (attr.name.toLowerCase().startsWith("on") || ((attr.name.endsWith("href")) && value.startsWith("javascript:"))) {
        node.removeAttribute(attr.name);
      }
    }
  }
  return /** @type {SVGSVGElement} */ (/** @type {unknown} */ (document.importNode(svg, true)));
}

/** @type {import("../index.js").ViewFactory} */
function graphvizChart(node) {
  const chart = h("div", { class: "stGraphVizChart", "data-testid": "stGraphVizChart" });
  const frame = new FullScreenFrame(chart);
  let drawn = "";
  let latest = node;
  let busy = false;
  async function draw() {
    if (busy) return;
    busy = true;
    try {
      for (;;) {
        const p = latest.props;
        const want = JSON.stringify([p.spec, p.engine]);
        if (want === drawn) break;
        const graphviz = await loadGraphviz();
        await stylesheet(CSS, chart);
        const svg = safeSvg(graphviz.layout(String(p.spec), "svg", /** @type {any} */ (String(p.engine || "dot"))));
        if (p.alt) { svg.setAttribute("role", "img"); svg.setAttribute("aria-label", p.alt); }
        chart.replaceChildren(svg);
        drawn = want;
      }
    } catch (err) {
      chart.replaceChildren(chartError(err));
      drawn = "";
    } finally {
      busy = false;
    }
  }
  return {
    el: frame.el,
    update(n) {
      latest = n;
      const p = n.props;
      setAttr(chart, "id", `graphviz-chart-${p.element_id}`);
      setAttr(chart, "data-width", typeof p.width === "number" ? null : p.width);
      chart.style.width = typeof p.width === "number" ? `${p.width}px` : "";
      chart.style.height = typeof p.height === "number" ? `${p.height}px` : "";
      // As in Streamlit, the toolbar sits at the graph's right edge, not the column's.
      frame.fitContent(p.width !== "stretch");
      frame.setActions([], p.alt || "");
      if (CAN_DRAW) draw();
    },
    destroy() {
      frame.destroy();
    },
  };
}

export const views = { graphviz_chart: graphvizChart };

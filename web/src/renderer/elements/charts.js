// Charts (vega-lite, plotly, deck.gl, graphviz): drawn as a table of their
// data until real charts land; graphviz also shows its DOT source.
import { setText, h } from "../dom.js";
import { tableView } from "../table_view.js";

/** @type {import("../index.js").ViewFactory} */
function graphvizChart(node, ctx) {
  const pre = h("pre", { class: "wl-dot" });
  const view = tableView("stGraphVizChart")(node, ctx);
  view.el.append(pre);
  return {
    el: view.el,
    update(n, prev) {
      view.update(n, prev);
      setText(pre, n.props.dot || "");
    },
  };
}

export const views = {
  vega_lite_chart: tableView("stVegaLiteChart"),
  plotly_chart: tableView("stPlotlyChart"),
  deck_gl_json_chart: tableView("stDeckGlJsonChart"),
  graphviz_chart: graphvizChart,
};

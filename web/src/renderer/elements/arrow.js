// st.dataframe: an interactive grid (grid/grid.js). With `on_select` it is a
// widget whose value is its selection, sent when the user selects rows,
// columns or cells, and shown from Python's value when none is on its way.
import { h } from "../dom.js";
import { DataGrid, clickButtonVia } from "../grid/grid.js";
import { FullScreenFrame } from "../full_screen_frame.js";

/** @type {import("../index.js").ViewFactory} */
const dataframe = (node, ctx) => dataframeView(node, ctx);

/**
 * A dataframe's view; `actions` go first in its toolbar (a chart's data shown as a table
 * has "Show chart", vega_charts.js).
 * @param {import("../index.js").NodeDict} node
 * @param {import("../../widget_services.js").WidgetServices} ctx
 * @param {import("../element_toolbar.js").ToolbarButton[]} [actions]
 * @returns {import("../index.js").View}
 */
export function dataframeView(node, ctx, actions = []) {
  let current = node;
  const grid = new DataGrid({ editor: false, commit: (value) => ctx.commit(current, value), clickButton: clickButtonVia(ctx), actions });
  const el = h("div", { class: "stDataFrame", "data-testid": "stDataFrame" }, grid.body);
  grid.attach(el);
  // Streamlit's stFullScreenFrame is there, as around charts (tests count frames across both); the
  // grid's own toolbar expands it (grid.js, data_grid.css).
  const frame = new FullScreenFrame(el, { toolbar: "none" });
  grid.useFrame(frame);
  return {
    el: frame.el,
    update(n) {
      current = n;
      grid.update(n.props, !(n.props.selection_mode && ctx.holds(n)));
    },
    destroy: () => grid.destroy(),
  };
}

export const views = { dataframe };

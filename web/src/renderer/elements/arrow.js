// st.dataframe: an interactive grid (grid/grid.js). With `on_select` it is a
// widget whose value is its selection, sent when the user selects rows,
// columns or cells, and shown from Python's value when none is on its way.
import { h } from "../dom.js";
import { DataGrid, clickButtonVia } from "../grid/grid.js";
import { FullScreenFrame } from "../full_screen_frame.js";

/** @type {import("../index.js").ViewFactory} */
function dataframe(node, ctx) {
  let current = node;
  const grid = new DataGrid({ editor: false, commit: (value) => ctx.commit(current, value), clickButton: clickButtonVia(ctx) });
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

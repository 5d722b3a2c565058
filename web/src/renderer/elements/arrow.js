// st.dataframe: an interactive grid (grid/grid.js). With `on_select` it is a
// widget whose value is its selection, sent when the user selects rows,
// columns or cells, and shown from Python's value when none is on its way.
import { h } from "../dom.js";
import { DataGrid } from "../grid/grid.js";

/** @type {import("../index.js").ViewFactory} */
function dataframe(node, ctx) {
  let current = node;
  const grid = new DataGrid({ editor: false, commit: (value) => ctx.commit(current, value) });
  const el = h("div", { class: "stDataFrame", "data-testid": "stDataFrame" }, grid.body);
  grid.attach(el);
  return {
    el,
    update(n) {
      current = n;
      grid.update(n.props, !(n.props.selection_mode && ctx.holds(n)));
    },
    destroy: () => grid.destroy(),
  };
}

export const views = { dataframe };

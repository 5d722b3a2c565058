// st.data_editor: the grid of st.dataframe (grid/grid.js) with editors per
// column type, added and deleted rows. Its value is the edit state
// ({edited_rows, added_rows, deleted_rows}); every committed edit sends the
// whole state, staged in a form until it is submitted.
import { widgetView } from "../widget_view.js";
import { DataGrid, clickButtonVia } from "../grid/grid.js";
import { FullScreenFrame } from "../full_screen_frame.js";

/** @type {import("../index.js").ViewFactory} */
function dataEditor(node, ctx) {
  // With on_change="ignore" an edit starts no run (ctx.commit, as for every widget).
  const grid = new DataGrid({ editor: true,
    commit: (value) => ctx.commit(view.node, value),
    clickButton: clickButtonVia(ctx) });
  const view = widgetView(node, ctx, {
    testid: "stDataFrame",
    label: null,
    helpOn: null,
    body: grid.body,
    update: (n, takeValue) => grid.update(n.props, takeValue),
    destroy: () => grid.destroy(),
  });
  view.el.dataset.wlEditor = "true";
  grid.attach(view.el);
  // In Streamlit's stFullScreenFrame, as st.dataframe (elements/arrow.js).
  const frame = new FullScreenFrame(view.el, { toolbar: "none" });
  grid.useFrame(frame);
  view.el = frame.el;
  return view;
}

export const views = { data_editor: dataEditor };

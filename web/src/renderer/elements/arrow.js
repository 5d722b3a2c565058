// st.dataframe and st.table (Streamlit's Arrow elements): their data as a table.
import { tableView } from "../table_view.js";

export const views = {
  dataframe: tableView("stDataFrame"),
  table: tableView("stTable"),
};

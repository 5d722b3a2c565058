// Tabular output: dataframe, table, help, and charts (drawn as a table of
// their data until real charts land).
import { h, setText } from "./dom.js";

function tableView(testid, extra = {}) {
  return () => {
    const table = h("table", { "data-testid": "stTableStyledTable", class: "wl-table" });
    const el = h("div", { class: testid, "data-testid": testid, ...extra }, [table]);
    return {
      el,
      update({ props }) {
        const showIndex = !props.hide_index && Array.isArray(props.index) && props.index.length > 0;
        const head = h("tr", {}, [
          showIndex ? h("th", {}, [""]) : null,
          ...(props.columns || []).map((c) => h("th", { scope: "col" }, [String(c)])),
        ]);
        const rows = (props.rows || []).map((row, i) => h("tr", {}, [
          showIndex ? h("th", { scope: "row" }, [String(props.index[i] ?? "")]) : null,
          ...row.map((cell) => h("td", {}, [String(cell ?? "")])),
        ]));
        table.replaceChildren(h("thead", {}, [head]), h("tbody", {}, rows));
      },
    };
  };
}

function helpInfo() {
  const el = h("div", { class: "stHelp", "data-testid": "stHelp" });
  return {
    el,
    update({ props }) {
      el.replaceChildren(
        h("div", { "data-testid": "stHelpName", class: "wl-help-name" }, [String(props.name ?? ""), h("code", {}, [String(props.signature ?? "")])]),
        h("pre", { "data-testid": "stHelpDoc", class: "wl-help-doc" }, [String(props.doc_string ?? "")]),
      );
    },
  };
}

function graphviz() {
  const pre = h("pre", { class: "wl-dot" });
  const view = tableView("stGraphVizChart")();
  view.el.append(pre);
  const update = view.update;
  return { el: view.el, update(node) { update(node); setText(pre, node.props.dot || ""); } };
}

export const DATA_VIEWS = {
  dataframe: tableView("stDataFrame"),
  table: tableView("stTable"),
  help_info: helpInfo,
  vega_lite_chart: tableView("stVegaLiteChart"),
  plotly_chart: tableView("stPlotlyChart"),
  deck_gl_json_chart: tableView("stDeckGlJsonChart"),
  graphviz_chart: graphviz,
};

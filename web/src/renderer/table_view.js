// A table of columns and rows (what st.dataframe and st.table send, and
// what the charts send until real charts land).
import { h } from "./dom.js";
import { markdownBox } from "./markdown_html.js";

/**
 * A view factory drawing `props.columns`, `props.rows` and `props.index` as a table.
 * @param {string} testid the element's data-testid and class
 * @returns {import("./index.js").ViewFactory}
 */
export function tableView(testid) {
  return () => {
    const table = h("table", { "data-testid": "stTableStyledTable", class: "wl-table" });
    const el = h("div", { class: testid, "data-testid": testid }, [table]);
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
          // st.table draws its cells' text as markdown (Streamlit 1.67).
          ...row.map((cell) => h("td", {}, [testid === "stTable" ? markdownBox(String(cell ?? ""), { inline: true }) : String(cell ?? "")])),
        ]));
        table.replaceChildren(h("thead", {}, [head]), h("tbody", {}, rows));
      },
    };
  };
}

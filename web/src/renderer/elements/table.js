// st.table: every row on the page, in a plain <table>; each cell (index and
// header too) is Markdown, rendered through the page's markdown helper. A
// pandas Styler's display texts, cell CSS, table styles and caption show as
// in 1.67.
// Numbers and dates show as in st.dataframe (grid/cells.js), except floats,
// which st.table shows with four decimals and thousands separators (Streamlit's
// arrow cell format, "0,0.0000").
import { h } from "../dom.js";
import { enhance, markdownToHtml } from "../markdown_html.js";
import { gridColumns } from "../grid/columns.js";
import { cellText } from "../grid/cells.js";

/** How many st.table views the page made: each one's number scopes its Styler's table styles. */
let styledTables = 0;

const FLOAT = new Intl.NumberFormat("en-US", { minimumFractionDigits: 4, maximumFractionDigits: 4 });

/** @param {import("../grid/columns.js").Column} col @param {any} v */
function cell(col, v) {
  if (v === null || v === undefined) return "";
  const text = col.kind === "float" && typeof v === "number" && Number.isFinite(v) ? FLOAT.format(v) : cellText(col, v);
  return col.kind === "string" || col.kind === "unknown" || col.kind === "empty"
    ? markdownToHtml(text, { inline: true }) : markdownToHtml(text.replace(/[\\`*_[\]<>#|~]/g, "\\$&"), { inline: true });
}

/** @type {import("../index.js").ViewFactory} */
function table() {
  const grid = h("table", { "data-testid": "stTableStyledTable", class: "wl-st-table" });
  const scroller = h("div", { class: "wl-table-scroll" }, [grid]);
  const el = h("div", { class: "stTable", "data-testid": "stTable" }, [scroller]);
  const scope = String(++styledTables);
  /** @type {HTMLStyleElement | null} */
  let sheet = null;
  /** @type {HTMLElement | null} */
  let caption = null;
  return {
    el,
    update({ props }) {
      const styler = props.data?.styler;
      sheet = stylerSheet(el, scope, sheet, styler?.table_css);
      if (styler?.caption) {
        caption ??= el.appendChild(h("div", { class: "wl-table-caption" }));
        caption.textContent = styler.caption;
      } else {
        caption?.remove();
        caption = null;
      }
      const columns = gridColumns({ ...props, column_config: props.hide_index ? { _index: { hidden: true } } : {} });
      const index = columns.filter((c) => c.isIndex);
      const data = columns.filter((c) => !c.isIndex);
      // A prerendered first screen has the table's shape, not its long columns (prerender.py): no rows yet.
      const pending = [...(props.data?.columns || []), ...(props.data?.index || [])].some((c) => c.enc === "pending");
      const rows = pending ? 0 : props.data?.num_rows ?? 0;
      el.dataset.border = props.border || "all";
      const width = props.width;
      el.style.width = typeof width === "number" ? `${width}px` : "";
      grid.classList.toggle("wl-content-width", width === "content");
      scroller.style.maxHeight = typeof props.height === "number" ? `${props.height}px` : "";
      // With a Styler, cells carry pandas' own classes, as in 1.67, so table styles can aim at them.
      const pd = styler ? PANDAS_CLASSES : null;
      const head = props.hide_header ? null : h("thead", {}, [h("tr", {}, [
        ...index.map((c) => th(c.label, "col", pd?.indexName)),
        ...data.map((c, j) => th(c.label, "col", pd?.heading(j))),
      ])]);
      const body = h("tbody");
      if (!rows && !pending) {
        body.append(h("tr", {}, [h("td", { "data-testid": "stTableStyledEmptyTableCell", class: "wl-table-empty",
          colspan: String(Math.max(data.length, 1)) }, ["empty"])]));
      }
      for (let r = 0; r < rows; r += 1) {
        const tr = h("tr");
        index.forEach((c, k) => tr.append(withHtml(h("th", { scope: "row", class: pd?.rowHeading(k, r) }), cell(c, c.get(r)))));
        for (const [j, c] of data.entries()) {
          // A pandas Styler's display text and all its cell CSS, as 1.67's st.table draws them.
          const shown = c.styled?.display?.[r];
          const td = withHtml(h("td", { class: pd?.data(r, j) }), shown === undefined || shown === null ? cell(c, c.get(r))
            : markdownToHtml(shown, { inline: true }));
          const css = c.styled?.tableCss.get(r);
          if (css) td.setAttribute("style", css);
          if (c.align === "right") td.classList.add("wl-num");
          tr.append(td);
        }
        body.append(tr);
      }
      grid.replaceChildren(...(head ? [head] : []), body);
      // The cells' markdown may hold what HTML cannot draw alone: material icons (their font), math.
      enhance(grid);
      if (props.alt) grid.setAttribute("aria-label", props.alt);
      else grid.removeAttribute("aria-label");
    },
  };
}

/**
 * A pandas Styler's table styles (`set_table_styles`), as 1.67's st.table applies them: in a
 * <style> of the element's own, each rule nested under this table (the engine let through
 * only selectors and declarations that cannot leave it, styler.py).
 * @param {HTMLElement} el @param {string} scope @param {HTMLStyleElement | null} sheet
 * @param {[string, string][] | undefined} rules @returns {HTMLStyleElement | null}
 */
function stylerSheet(el, scope, sheet, rules) {
  if (!rules?.length) {
    sheet?.remove();
    delete el.dataset.wlStyler;
    return null;
  }
  el.dataset.wlStyler = scope;
  sheet ??= /** @type {HTMLStyleElement} */ (el.insertBefore(h("style"), el.firstChild));
  const body = rules.map(([selector, declarations]) => (selector ? `${selector} { ${declarations}; }` : `${declarations};`)).join("\n");
  sheet.textContent = `[data-wl-styler="${scope}"] .wl-st-table {\n${body}\n}`;
  return sheet;
}

/** pandas' classes of a Styler's table cells (1.67's pandasStylerUtils); a table without a Styler has none. */
const PANDAS_CLASSES = {
  indexName: "blank index_name level0",
  /** @param {number} j */
  heading: (j) => `col_heading level0 col${j}`,
  /** @param {number} k @param {number} r */
  rowHeading: (k, r) => `row_heading level${k} row${r}`,
  /** @param {number} r @param {number} j */
  data: (r, j) => `data row${r} col${j}`,
};

/** @param {string} text @param {string} scope @param {string} [className] */
function th(text, scope, className) {
  return withHtml(h("th", { scope, class: className }), markdownToHtml(text, { inline: true }));
}

/** @template {HTMLElement} T @param {T} el @param {string} html @returns {T} */
function withHtml(el, html) {
  el.innerHTML = html;
  return el;
}

export const views = { table };

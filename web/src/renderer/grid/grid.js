// The interactive grid of st.dataframe and st.data_editor, on SlickGrid
// (loaded the first time a page draws a grid, web/src/lazy.js).
//
// SlickGrid draws only the rows in view (virtual scrolling), with a sticky
// header, pinned index columns and resizable columns. It reads rows through
// a data provider over the decoded columns (columns.js), so a 100,000-row
// table never becomes 100,000 row objects: a row is its number. Sorting,
// search (a row filter), selections, edits and CSV export live here, in
// Streamlit's terms: selections and edits name rows by their position in
// the data as given, whatever the sort.
import { h, setAttr } from "../dom.js";
import { lazy, stylesheet } from "../../lazy.js";
import { gridColumns, INDEX } from "./columns.js";
import { asList, cellMarkup, cellText, optionLabel } from "./cells.js";
import { editorFor } from "./editors.js";
import { Toolbar } from "../element_toolbar.js";
import { formatMoment } from "./format.js";
import { ColumnMenu, MENU_FORMATS } from "./column_menu.js";
import { attachTooltip } from "../tooltip.js";
import { loadIconFont } from "../markdown_html.js";
import { statisticsContent, statisticsKind } from "./statistics.js";

const loadSlick = lazy(() => import("../../vendor/slickgrid.mjs"));
/** A click on the preview older than this when the grid is drawn is dropped, not replayed. */
const HELD_CLICK_MS = 3000;
const SLICK_CSS = new URL("../../vendor/slick.grid.css", import.meta.url);
const GRID_CSS = new URL("../../data_grid.css", import.meta.url);

/** @typedef {import("./columns.js").Column} Column */
/** @typedef {{r: number} & Record<string, any>} Item a row as SlickGrid sees it: its logical number */

export const ROW_HEIGHT = 35;
const MARKER = "_marker";
/** The row markers' width, as glide sizes it for the number of rows. @param {number} rows */
const markerWidth = (rows) => (rows > 10000 ? 48 : rows > 1000 ? 44 : rows > 100 ? 36 : 32);
/** Streamlit 1.67's defaultTableHeight (25rem): a taller table scrolls inside it. */
const MAX_AUTO_HEIGHT = 400;
/** Made on the first sort, not when the page loads: creating it costs the boot ~25 ms. @type {Intl.Collator | null} */
let collator = null;

/** Pinned on the left: column_config's `pinned` (or the column menu's choice); the index unless unpinned. @param {Column} col */
const isPinned = (col) => col.config.pinned === true || (col.isIndex && col.config.pinned !== false);

/** @param {Column} col */
const isTemporal = (col) => ["datetime", "date", "time"].includes(col.kind) || ["datetime", "date", "time"].includes(col.type);

/** A page value as the edit state's wire value (dates as ISO text). @param {Column} col @param {any} v */
export function toWire(col, v) {
  if (v === null || v === undefined || !isTemporal(col) || typeof v !== "number") return v ?? null;
  const type = ["datetime", "date", "time"].includes(col.type) ? col.type : col.kind;
  const ms = v % 1000 ? ".SSS" : "";
  if (type === "date") return formatMoment(v, "YYYY-MM-DD");
  if (type === "time") return formatMoment(v, `HH:mm:ss${ms}`);
  return formatMoment(v, `YYYY-MM-DD[T]HH:mm:ss${ms}`) + (col.tz ? "Z" : "");
}

/** A wire value as the page holds it. @param {Column} col @param {any} v */
export function fromWire(col, v) {
  if (typeof v !== "string" || !isTemporal(col)) return v;
  const type = ["datetime", "date", "time"].includes(col.type) ? col.type : col.kind;
  if (type === "time" && /^\d\d:\d\d/.test(v)) {
    const [h, m, s] = v.split(":").map(Number);
    return ((h * 60 + m) * 60 + (s || 0)) * 1000;
  }
  const ms = Date.parse(/[zZ]|[+-]\d\d:\d\d$/.test(v) || v.length <= 10 ? v : `${v}Z`);
  return Number.isNaN(ms) ? v : ms;
}

/**
 * @typedef {object} GridOptions
 * @property {boolean} editor st.data_editor (edits) or st.dataframe
 * @property {(value: any) => void} commit send the widget's new value (a selection, an edit state)
 * @property {(widgetId: string, click: string) => void} clickButton a ButtonColumn's button was clicked:
 *   send its trigger (the JSON text of {row, label}, as Streamlit's frontend sends it)
 * @property {import("../element_toolbar.js").ToolbarButton[]} [actions] the view's own buttons, first in
 *   the toolbar (Streamlit's customToolbarActions: a chart's data has "Show chart")
 */

/**
 * GridOptions.clickButton for a view: the click goes through the page's queue
 * as a trigger with a value, as a chat input's submit does.
 * @param {import("../../widget_services.js").WidgetServices} ctx
 * @returns {GridOptions["clickButton"]}
 */
export const clickButtonVia = (ctx) => (widgetId, click) =>
  ctx.click(/** @type {import("../index.js").NodeDict} */ ({ id: widgetId, type: "dataframe_button", props: {} }), click);

export class DataGrid {
  /** @param {GridOptions} opts */
  constructor(opts) {
    this.opts = opts;
    this.toolbar = new Toolbar();
    this.searchBox = h("input", { type: "text", class: "wl-grid-search", "aria-label": "Search", placeholder: "Search", hidden: true });
    this.host = h("div", { class: "wl-grid" });
    /** A click on the preview, made before the grid library came (replayHeldClick). @type {{x: number, y: number, at: number, ctrlKey: boolean, metaKey: boolean, shiftKey: boolean} | null} */
    this.heldClick = null;
    /** What an empty table shows in its one row, as in Streamlit. */
    this.empty = h("div", { class: "wl-grid-empty", hidden: true }, ["empty"]);
    this.frame = h("div", { class: "wl-grid-frame", "data-testid": "stDataFrameResizable" }, [this.host, this.empty, this.searchBox]);
    /** What the widget view puts in its element. */
    this.body = [this.toolbar.el, this.frame];
    /** @type {HTMLElement | null} the stDataFrame element */
    this.root = null;
    /** @type {Record<string, any>} */
    this.props = {};
    /** @type {Column[]} */
    this.columns = [];
    this.n = 0;
    /** Edits (page values): base row -> column name -> value; added rows; deleted base rows. */
    this.edits = { edited: new Map(), added: /** @type {Record<string, any>[]} */ ([]), deleted: new Set() };
    /** Logical rows in display order (added rows are numbered from n). @type {ArrayLike<number>} */
    this.view = [];
    /** @type {{id: string, asc: boolean} | null} */
    this.sort = null;
    this.query = "";
    this.sel = { rows: new Set(), columns: new Set(), cells: /** @type {[number, string][]} */ ([]) };
    /** Rows marked in a data editor (to delete). */
    this.marked = new Set();
    /** @type {any} the SlickGrid, once loaded */
    this.grid = null;
    this.searchTimer = 0;
    /** The view's stFullScreenFrame (useFrame), which expands and collapses. @type {import("../full_screen_frame.js").FullScreenFrame | null} */
    this.screenFrame = null;
    /** Ids of the columns the user hid with "Show/hide columns" (the page's choice, as in Streamlit). */
    this.hiddenByUser = new Set();
    /** Column id -> pinned or not, as the user chose in the column menu (over column_config's `pinned`). */
    this.pinChoice = new Map();
    /** Column id -> the format chosen in the column menu ("": automatic), over column_config's `format`. */
    this.formatChoice = new Map();
    /** @type {ColumnMenu | null} the header's column menu (made with the root) */
    this.headerMenu = null;
    /** @type {HTMLElement | null} the open "Show/hide columns" menu */
    this.columnMenu = null;
    /** Closes the menu on a press outside it. @param {PointerEvent} ev */
    this.closeMenuOutside = (ev) => {
      const target = /** @type {Node} */ (ev.composedPath()[0]);
      if (this.columnMenu && !this.columnMenu.contains(target) && !this.toolbar.el.contains(target)) this.toggleColumnMenu(false);
    };
    this.searchBox.addEventListener("input", () => {
      clearTimeout(this.searchTimer);
      this.searchTimer = setTimeout(() => this.setQuery(this.searchBox.value), 120);
    });
    this.searchBox.addEventListener("keydown", (ev) => {
      if (ev.key === "Escape") this.toggleSearch(false);
    });
  }

  /** @param {HTMLElement} root the stDataFrame element */
  attach(root) {
    this.root = root;
    root.tabIndex = -1;
    root.addEventListener("keydown", (ev) => this.onKey(ev));
    if (typeof ResizeObserver !== "undefined") {
      let lastWidth = -1;
      this.resizer = new ResizeObserver(() => {
        const width = this.root?.clientWidth ?? 0;
        if (width !== lastWidth) {
          lastWidth = width;
          const before = this.widths;
          this.layout();
          // Measured again for the new width (a grid drawn in a hidden tab is sized when it shows).
          if (this.grid && this.widths !== before) this.grid.setColumns(this.columnDefs());
        }
      });
      this.resizer.observe(root);
    }
  }

  // -- props and values from Python -------------------------------------------

  /**
   * @param {Record<string, any>} props @param {boolean} takeValue no value of the user is on its way:
   *   Python's selection or edit state is shown
   */
  update(props, takeValue) {
    const prev = this.props;
    this.props = props;
    const dataChanged = prev.data !== props.data;
    if (dataChanged || JSON.stringify([prev.column_config, prev.column_order, prev.editing_mode, prev.disabled])
        !== JSON.stringify([props.column_config, props.column_order, props.editing_mode, props.disabled])) {
      this.columns = gridColumns(props);
      this.applyMenuChoices();
      this.n = props.data?.num_rows ?? 0;
      if (this.sort && !this.columns.some((c) => c.id === this.sort?.id)) this.sort = null;
      this.widths = null;
    }
    if (takeValue) this.takeValue(props.value);
    this.recompute();
    this.render();
  }

  /** @param {any} value */
  takeValue(value) {
    if (this.opts.editor) {
      const state = value || {};
      const byName = new Map(this.allColumns().map((c) => [c.name, c]));
      const toPage = (/** @type {string} */ name, /** @type {any} */ v) => {
        const col = byName.get(name);
        return col ? fromWire(col, v) : v;
      };
      this.edits.edited = new Map(Object.entries(state.edited_rows || {}).map(([r, changes]) => [Number(r),
        new Map(Object.entries(/** @type {Record<string, any>} */ (changes)).map(([k, v]) => [k, toPage(k, v)]))]));
      this.edits.added = (state.added_rows || []).map((/** @type {Record<string, any>} */ row) =>
        Object.fromEntries(Object.entries(row).map(([k, v]) => [k, toPage(k, v)])));
      this.edits.deleted = new Set((state.deleted_rows || []).map(Number));
      return;
    }
    const selection = value?.selection || {};
    this.sel = {
      rows: new Set(selection.rows || []),
      columns: new Set(selection.columns || []),
      cells: (selection.cells || []).map((/** @type {any[]} */ c) => [Number(c[0]), String(c[1])]),
    };
  }

  /**
   * The column menu's choices over column_config's: formats, and pins. Pinned columns stand
   * right after the index, in their order, as Streamlit 1.67 puts them; the others follow.
   */
  applyMenuChoices() {
    for (const col of this.columns) {
      if (this.pinChoice.has(col.id)) col.config.pinned = this.pinChoice.get(col.id);
      if (this.formatChoice.has(col.id)) col.config.format = this.formatChoice.get(col.id) || undefined;
    }
    this.columns = [...this.columns.filter(isPinned), ...this.columns.filter((col) => !isPinned(col))];
  }

  /** Every column of the data, shown or not (edits may name any). */
  allColumns() {
    return gridColumns({ ...this.props, column_config: {}, column_order: null });
  }

  get selectionModes() {
    return new Set(this.props.selection_mode || []);
  }

  get rowSelection() {
    const m = this.selectionModes;
    return m.has("multi-row") || m.has("single-row") || m.has("single-row-required");
  }

  get columnSelection() {
    const m = this.selectionModes;
    return m.has("multi-column") || m.has("single-column");
  }

  get canAdd() {
    return this.opts.editor && !this.props.disabled && ["dynamic", "add"].includes(this.props.editing_mode);
  }

  get canDelete() {
    return this.opts.editor && !this.props.disabled && ["dynamic", "delete"].includes(this.props.editing_mode);
  }

  // -- rows: values, view (deletions, search, sort) ------------------------------

  /** The value a cell shows. @param {number} r a logical row @param {Column} col */
  valueOf(r, col) {
    if (r >= this.n) return this.edits.added[r - this.n]?.[col.name] ?? null;
    const edited = this.edits.edited.get(r);
    if (edited?.has(col.name)) return edited.get(col.name);
    return col.get(r);
  }

  recompute() {
    const { n } = this;
    const { deleted, added } = this.edits;
    /** @type {ArrayLike<number>} */
    let ids;
    if (!deleted.size && !added.length) {
      const all = new Int32Array(n);
      for (let i = 0; i < n; i += 1) all[i] = i;
      ids = all;
    } else {
      const list = [];
      for (let i = 0; i < n; i += 1) if (!deleted.has(i)) list.push(i);
      for (let k = 0; k < added.length; k += 1) list.push(n + k);
      ids = list;
    }
    if (this.query) {
      const q = this.query.toLowerCase();
      const cols = this.columns;
      ids = Array.prototype.filter.call(ids, (/** @type {number} */ r) =>
        cols.some((c) => cellText(c, this.valueOf(r, c)).toLowerCase().includes(q)));
    }
    const sortCol = this.sort && this.columns.find((c) => c.id === this.sort?.id);
    if (sortCol) ids = this.sorted(ids, sortCol, /** @type {{asc: boolean}} */ (this.sort).asc);
    this.view = ids;
  }

  /** @param {ArrayLike<number>} ids @param {Column} col @param {boolean} asc */
  sorted(ids, col, asc) {
    const count = ids.length;
    const keys = new Array(count);
    let numeric = true;
    for (let i = 0; i < count; i += 1) {
      const v = this.valueOf(ids[i], col);
      keys[i] = v;
      if (v !== null && typeof v !== "number" && typeof v !== "boolean") numeric = false;
    }
    const order = new Int32Array(count);
    for (let i = 0; i < count; i += 1) order[i] = i;
    const sign = asc ? 1 : -1;
    if (numeric) {
      const k = new Float64Array(count);
      for (let i = 0; i < count; i += 1) k[i] = keys[i] === null ? NaN : Number(keys[i]);
      order.sort((a, b) => {
        const x = k[a];
        const y = k[b];
        if (Number.isNaN(x)) return Number.isNaN(y) ? a - b : 1;
        if (Number.isNaN(y)) return -1;
        return (x - y) * sign || a - b;
      });
    } else {
      const text = keys.map((v) => (v === null ? null : typeof v === "object" ? JSON.stringify(v) : String(v)));
      order.sort((a, b) => {
        const x = text[a];
        const y = text[b];
        if (x === null) return y === null ? a - b : 1;
        if (y === null) return -1;
        collator ??= new Intl.Collator(undefined, { numeric: true, sensitivity: "base" });
        return collator.compare(x, y) * sign || a - b;
      });
    }
    const out = new Int32Array(count);
    for (let i = 0; i < count; i += 1) out[i] = ids[order[i]];
    return out;
  }

  /** @param {string} query */
  setQuery(query) {
    this.query = query.trim();
    this.recompute();
    this.refresh();
  }

  /**
   * Streamlit's "Show/hide columns" menu (`stDataFrameColumnVisibilityMenu`): "Select all", then a
   * checkbox per column; unchecked columns are left out of the grid until checked again (or the
   * page reloads). As in 1.67, the choice is the page's own: Python never hears of it.
   * @param {boolean} [show]
   */
  toggleColumnMenu(show) {
    const open = show ?? !this.columnMenu;
    this.columnMenu?.remove();
    this.columnMenu = null;
    document.removeEventListener("pointerdown", this.closeMenuOutside, true);
    if (!open || !this.root) return;
    const changed = () => {
      this.widths = null;
      this.render();
      syncAll();
    };
    const boxes = this.columns.map((col) => {
      const label = col.isIndex && !col.label ? "(index)" : col.label;
      const box = h("input", { type: "checkbox", "aria-label": label });
      box.checked = !this.hiddenByUser.has(col.id);
      box.addEventListener("change", () => {
        if (box.checked) this.hiddenByUser.delete(col.id);
        else this.hiddenByUser.add(col.id);
        changed();
      });
      return { box, col, item: h("label", { class: "wl-column-menu-item" }, [box, label]) };
    });
    const all = h("input", { type: "checkbox", "aria-label": "Select all" });
    const syncAll = () => {
      const shown = this.columns.filter((col) => !this.hiddenByUser.has(col.id)).length;
      all.checked = shown === this.columns.length;
      all.indeterminate = shown > 0 && shown < this.columns.length;
      setAttr(all, "aria-checked", all.indeterminate ? "mixed" : null);
      for (const { box, col } of boxes) box.checked = !this.hiddenByUser.has(col.id);
    };
    all.addEventListener("change", () => {
      for (const col of this.columns) {
        if (all.checked) this.hiddenByUser.delete(col.id);
        else this.hiddenByUser.add(col.id);
      }
      changed();
    });
    syncAll();
    const menu = h("div", { class: "wl-column-menu", "data-testid": "stDataFrameColumnVisibilityMenu", tabindex: "-1" }, [
      h("label", { class: "wl-column-menu-item" }, [all, "Select all"]),
      h("div", { class: "wl-col-menu-divider", role: "separator" }),
      h("div", {}, boxes.map(({ item }) => item)),
    ]);
    menu.addEventListener("keydown", (ev) => {
      if (ev.key === "Escape") this.toggleColumnMenu(false);
    });
    this.root.append(menu);
    this.columnMenu = menu;
    document.addEventListener("pointerdown", this.closeMenuOutside, true);
    /** @type {HTMLInputElement | null} */ (menu.querySelector("input"))?.focus();
  }

  /** @param {boolean} [show] */
  toggleSearch(show) {
    const open = show ?? this.searchBox.hidden;
    this.searchBox.hidden = !open;
    if (open) this.searchBox.focus();
    else {
      this.searchBox.value = "";
      if (this.query) this.setQuery("");
      this.root?.focus();
    }
  }

  // -- drawing --------------------------------------------------------------------

  render() {
    // Button and markdown cells may hold `:material/...:` icons (a list of actions always does).
    if (this.root && this.columns.some((c) => c.type === "button" || c.type === "markdown")) loadIconFont(this.root);
    this.updateToolbar();
    this.layout();
    if (!this.grid) {
      this.drawPreview();
      this.load();
      return;
    }
    this.grid.setOptions(this.gridOptions(), false, true);
    this.grid.setColumns(this.columnDefs());
    this.refresh();
  }

  /**
   * Until the grid library is here (the build's static first screen, or a page's first grid),
   * the header and first rows as plain cells at the grid's sizes, so the frame is not empty.
   * The grid replaces them when it is drawn (load).
   */
  drawPreview() {
    if (this.pending()) return;
    const px = this.columnWidths();
    const placeholder = this.props.placeholder ?? "None";
    const cell = (/** @type {number} */ i, /** @type {string} */ kind) =>
      h("div", { class: `wl-preview-cell wl-align-${kind}`, style: `width:${px[i]}px` });
    // The row markers' column too, empty: the cells stand where the grid will draw them.
    const marker = () => (this.hasMarkers()
      ? [h("div", { class: "wl-preview-cell", style: `width:${markerWidth(this.n)}px` })] : []);
    const header = this.columns.map((c, i) => {
      const el = cell(i, "left");
      el.textContent = c.label;
      return el;
    });
    const rows = [h("div", { class: "wl-preview-row wl-preview-header" }, [...marker(), ...header])];
    const shown = Math.min(this.view.length, Math.ceil(this.frameHeight() / this.rowHeight()));
    for (let k = 0; k < shown; k += 1) {
      const r = this.view[k];
      rows.push(h("div", { class: "wl-preview-row" }, [...marker(), ...this.columns.map((c, i) => {
        const el = cell(i, c.align);
        el.innerHTML = cellMarkup(c, r, c.get(r), placeholder);  // the grid's own cell markup (escaped)
        return el;
      })]));
    }
    const preview = h("div", { class: "wl-grid-preview", "aria-hidden": "true" }, rows);
    // A click on the preview is not lost: the grid gets it at the same place once it is drawn.
    preview.addEventListener("click", (ev) => {
      const box = this.host.getBoundingClientRect();
      this.heldClick = { x: ev.clientX - box.left, y: ev.clientY - box.top, at: performance.now(),
        ctrlKey: ev.ctrlKey, metaKey: ev.metaKey, shiftKey: ev.shiftKey };
    });
    this.host.replaceChildren(preview);
  }

  /** The click the preview held (made in the last few seconds), on what the grid drew at its place. */
  replayHeldClick() {
    const held = this.heldClick;
    this.heldClick = null;
    if (!held || performance.now() - held.at > HELD_CLICK_MS) return;
    const box = this.host.getBoundingClientRect();
    const x = box.left + held.x, y = box.top + held.y;
    const target = document.elementFromPoint(x, y);
    if (!target || !this.host.contains(target)) return;
    const { ctrlKey, metaKey, shiftKey } = held;
    target.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true, view: window, clientX: x, clientY: y, ctrlKey, metaKey, shiftKey }));
  }

  /** A prerendered first screen has the table's shape, not its values (prerender.py): no rows yet. */
  pending() {
    const data = this.props.data;
    return !!data && [...(data.columns || []), ...(data.index || [])].some((c) => c.enc === "pending");
  }

  load() {
    if (this.loading || !this.root || this.pending()) return;
    this.loading = true;
    Promise.all([loadSlick(), stylesheet(SLICK_CSS, this.root), stylesheet(GRID_CSS, this.root)]).then(([slick]) => {
      if (this.destroyed) return;
      this.host.replaceChildren();  // the preview
      // Initialised once its handlers are bound: the first headers get their menu buttons too.
      this.grid = new slick.SlickGrid(this.host, this.provider(), this.columnDefs(), { ...this.gridOptions(), explicitInitialization: true });
      this.bind();
      this.grid.init();
      this.layout();
      this.root?.setAttribute("data-wl-ready", "true");
      this.replayHeldClick();
    }).catch((err) => {
      this.loading = false;
      this.host.replaceChildren(h("div", { class: "wl-grid-error" }, [`The table could not be drawn: ${err}`]));
    });
  }

  provider() {
    return {
      getLength: () => this.view.length,
      getItem: (/** @type {number} */ i) => (i < this.view.length ? { r: this.view[i] } : undefined),
      getItemMetadata: (/** @type {number} */ i) => {
        const r = this.view[i];
        if (r === undefined) return null;
        const selected = this.sel.rows.has(r) || this.marked.has(r);
        return selected ? { cssClasses: "wl-row-selected" } : null;
      },
    };
  }

  gridOptions() {
    const pinned = this.pinnedCount();
    return {
      rowHeight: this.rowHeight(),
      enableCellNavigation: true,
      enableColumnReorder: false,
      editable: this.opts.editor && this.columns.some((c) => c.editable),
      autoEdit: false,
      autoEditByKeypress: true,
      autoCommitEdit: true,
      asyncEditorLoading: false,
      enableAddRow: this.canAdd,
      frozenColumn: pinned > 0 ? pinned - 1 : -1,
      skipFreezeColumnValidation: true,
      invalidColumnFreezeWidthCallback: () => {},
      dataItemColumnValueExtractor: (/** @type {Item} */ item, /** @type {any} */ def) =>
        (def.wl && item && item.r !== undefined ? this.valueOf(item.r, def.wl) : null),
      shadowRoot: this.shadowRoot(),
      enableTextSelectionOnCells: true,
    };
  }

  /** The shadow root the app is drawn in (an embedded app), if any. */
  shadowRoot() {
    const root = this.root?.getRootNode();
    return root instanceof ShadowRoot ? root : undefined;
  }

  rowHeight() {
    const rh = Number(this.props.row_height);
    return rh > 0 ? rh : ROW_HEIGHT;
  }

  /** Columns pinned on the left: the row markers, the index, and pinned columns right after them. */
  pinnedCount() {
    let count = this.hasMarkers() ? 1 : 0;
    for (const col of this.columns) {
      if (this.hiddenByUser.has(col.id)) continue;
      if (isPinned(col)) count += 1;
      else break;
    }
    return count;
  }

  hasMarkers() {
    return this.rowSelection || this.canDelete;
  }

  columnDefs() {
    const widths = this.columnWidths();
    // Streamlit's row markers: always shown to select rows (round for one row), on hover to delete them.
    this.host.classList.toggle("wl-markers-visible", !this.opts.editor && this.rowSelection);
    this.host.classList.toggle("wl-markers-single", !this.opts.editor && this.rowSelection && !this.selectionModes.has("multi-row"));
    /** @type {any[]} */
    const defs = [];
    if (this.hasMarkers()) {
      const multi = this.canDelete || this.selectionModes.has("multi-row");
      defs.push({
        id: MARKER, name: multi ? '<span class="wl-check-all" role="checkbox" aria-label="Select all rows"></span>' : "",
        field: MARKER, width: markerWidth(this.n), minWidth: markerWidth(this.n), maxWidth: markerWidth(this.n), resizable: false,
        sortable: false, focusable: false, cssClass: "wl-marker", headerCssClass: "wl-marker",
        formatter: (/** @type {number} */ _row, /** @type {number} */ _cell, /** @type {any} */ _v,
          /** @type {any} */ _def, /** @type {Item} */ item) => {
          const on = item && (this.sel.rows.has(item.r) || this.marked.has(item.r));
          return `<span class="wl-marker-box" role="checkbox" aria-checked="${on ? "true" : "false"}" aria-label="Select row"></span>`;
        },
      });
    }
    const placeholder = this.props.placeholder ?? "None";
    this.columns.forEach((col, i) => {
      if (this.hiddenByUser.has(col.id)) return;
      const selected = this.sel.columns.has(col.name);
      defs.push({
        id: col.id, field: col.id, wl: col,
        name: this.headerTitle(col),
        width: widths[i], minWidth: 50, resizable: true,
        sortable: !this.columnSelection,
        cssClass: `wl-cell wl-align-${col.align}${col.isIndex ? " wl-index" : ""}${selected ? " wl-col-selected" : ""}`
          + `${col.editable ? "" : " wl-readonly"}`,
        headerCssClass: `${col.isIndex ? "wl-index" : ""}${selected ? " wl-col-selected" : ""}${col.editable ? " wl-editable" : ""}`,
        formatter: (/** @type {number} */ _row, /** @type {number} */ _cell, /** @type {any} */ value,
          /** @type {any} */ _def, /** @type {Item} */ item) => cellMarkup(col, item?.r, value, placeholder),
        editor: col.editable && col.type !== "checkbox" ? editorFor(col, {
          valueOf: (item, c) => (item && item.r !== undefined ? this.valueOf(item.r, c) : item?.__new?.[c.name] ?? null),
          setValue: (item, c, v) => this.setValue(item, c, v),
        }) : undefined,
      });
    });
    // The frame's border is the last column's right edge.
    const last = defs[defs.length - 1];
    if (last?.wl) {
      last.cssClass += " wl-last";
      last.headerCssClass += " wl-last";
    }
    return defs;
  }

  /** Pixel widths of the shown columns: configured, or fitted to their content, then stretched to fill the frame. */
  columnWidths() {
    const avail = this.available();
    if (this.widths && this.widths.avail === avail && this.widths.count === this.columns.length) return this.widths.px;
    const px = this.columns.map((col) => col.width ?? this.fitWidth(col));
    this.widths = { avail, count: this.columns.length, px: this.stretched(px, avail) };
    return this.widths.px;
  }

  /**
   * As in Streamlit 1.67 (glide's `grow`): a frame of the container's width or of a set width gives
   * the space its columns leave to the columns that are not pinned, in equal parts (the last takes
   * the rest). A column the user resized keeps its width (onColumnsResized).
   * @param {number[]} px @param {number} avail
   */
  stretched(px, avail) {
    const want = this.props.width;
    const full = this.root?.classList.contains("wl-fullscreen");
    if (!(full || want === "stretch" || typeof want === "number")) return px;
    const shown = (/** @type {Column} */ col) => !this.hiddenByUser.has(col.id);
    const growing = this.columns.map((col, i) => (isPinned(col) || !shown(col) ? -1 : i)).filter((i) => i >= 0);
    const used = px.reduce((a, b, i) => a + (shown(this.columns[i]) ? b : 0), this.hasMarkers() ? markerWidth(this.n) : 0) + 2;
    let extra = Math.floor(avail - used);
    if (extra <= 0 || !growing.length) return px;
    const out = [...px];
    const share = Math.floor(extra / growing.length);
    growing.forEach((i, k) => {
      const add = k === growing.length - 1 ? extra : share;
      out[i] += add;
      extra -= add;
    });
    return out;
  }

  /**
   * A column's width from its content, as glide measures it for Streamlit: the header's text (and
   * the edit icon) and the cells of the first ten rows and the last, 8px padding each side, outliers
   * (twice the average, with more than five cells) left out, between 50 and 500 px.
   * @param {Column} col
   */
  fitWidth(col) {
    if (["line_chart", "bar_chart", "area_chart", "progress"].includes(col.type)) return 150;
    if (col.type === "image") return 80;
    const measure = textMeasurer();
    const rows = [...Array(Math.min(this.n, 10)).keys()];
    if (this.n > 10) rows.push(this.n - 1);
    const chips = col.type === "list" || col.type === "multiselect";
    // A chip is its text, 8px padding each side and 4px apart (glide's bubble cell measures the same).
    const width = (/** @type {number} */ r) => (col.type === "checkbox" ? 50
      : chips ? asList(this.valueOf(r, col)).reduce((w, x) => w + measure(optionLabel(col, x), false) + 20, 12)
      : measure(cellText(col, this.valueOf(r, col)), false) + 16);
    let sizes = rows.map(width);
    if (sizes.length > 5) {
      const average = sizes.reduce((a, b) => a + b, 0) / sizes.length;
      sizes = sizes.filter((w) => w < average * 2);
    }
    const header = measure(col.label, false) + 16 + (col.editable ? 28 : 0);
    return Math.max(50, Math.min(500, Math.ceil(Math.max(header, ...sizes))));
  }

  /** The width the columns may take: the frame's, less a vertical scrollbar when the rows overflow. */
  available() {
    const root = this.root;
    let w = root?.clientWidth || root?.parentElement?.clientWidth || 704;
    if (root?.classList.contains("wl-fullscreen")) {
      const style = getComputedStyle(root);
      w -= (parseFloat(style.paddingLeft) || 0) + (parseFloat(style.paddingRight) || 0);
    }
    const want = this.props.width;
    if (typeof want === "number") w = Math.min(want, w);
    const rows = this.view.length + (this.canAdd ? 1 : 0);
    return ROW_HEIGHT + rows * this.rowHeight() + 2 > this.frameHeight() ? w - scrollbarWidth() : w;
  }

  /** The frame's height: Streamlit's height (px, content, or auto: its rows, at most 400 px). */
  frameHeight() {
    if (this.root?.classList.contains("wl-fullscreen")) return Math.max(200, (globalThis.innerHeight || 600) - 80);
    const rh = this.rowHeight();
    const rows = this.view.length + (this.canAdd ? 1 : 0);
    const want = this.props.height;
    if (typeof want === "number") return want;
    if (want === "content") return ROW_HEIGHT + rows * rh + 2;
    return Math.min(ROW_HEIGHT + Math.max(rows, 1) * rh + 2, MAX_AUTO_HEIGHT);
  }

  /** The frame's size: Streamlit's width (stretch, content, px) and height. */
  layout() {
    const height = this.frameHeight();
    this.empty.hidden = this.view.length > 0 || this.canAdd || this.pending();
    const px = this.columnWidths();
    const content = px.reduce((a, b, i) => a + (this.hiddenByUser.has(this.columns[i].id) ? 0 : b),
      this.hasMarkers() ? markerWidth(this.n) : 0) + 2;
    const width = this.props.width === "stretch" || this.root?.classList.contains("wl-fullscreen") ? "100%"
      : `${Math.min(content, typeof this.props.width === "number" ? this.props.width : content)}px`;
    if (this.frame.style.height !== `${height}px`) this.frame.style.height = `${height}px`;
    if (this.frame.style.width !== width) this.frame.style.width = width;
    if (this.grid) {
      this.grid.resizeCanvas();
    }
  }

  /** Redraw every row in view (values, order or selection changed). */
  refresh() {
    if (!this.grid) return;
    this.grid.invalidateAllRows();
    this.grid.updateRowCount();
    this.grid.render();
    this.layout();
    this.updateHeaderState();
  }

  updateHeaderState() {
    const all = this.root?.querySelector(".wl-check-all");
    if (all) {
      const total = this.view.length;
      const chosen = this.canDelete ? this.marked.size : this.sel.rows.size;
      all.setAttribute("aria-checked", total > 0 && chosen >= total ? "true" : chosen ? "mixed" : "false");
    }
    if (this.sort) this.grid?.setSortColumn(this.sort.id, this.sort.asc);
    else this.grid?.setSortColumns([]);
    for (const def of this.grid?.getColumns() || []) {
      const title = def.wl ? this.headerTitle(def.wl) : def.name;
      if (def.name !== title) this.grid.updateColumnHeader(def.id, title);
    }
  }

  /** A header's text: 1.67 marks the sorted column "↑ name" or "↓ name". @param {Column} col */
  headerTitle(col) {
    const mark = this.sort?.id === col.id ? (this.sort.asc ? "↑ " : "↓ ") : "";
    return mark + escapeText(col.label);
  }

  updateToolbar() {
    /** @type {import("../element_toolbar.js").ToolbarButton[]} */
    const buttons = [...(this.opts.actions || [])];
    const hasSelection = this.sel.rows.size || this.sel.columns.size || this.sel.cells.length;
    if (!this.opts.editor && hasSelection) buttons.push({ label: "Clear selection", icon: "close", onClick: () => this.clearSelection() });
    if (this.canDelete && this.marked.size) buttons.push({ label: "Delete row(s)", icon: "delete", onClick: () => this.deleteMarked() });
    if (this.canAdd) buttons.push({ label: "Add row", icon: "add", onClick: () => this.addRow({}) });
    if (this.columns.length) buttons.push({ label: "Show/hide columns", icon: "columns", onClick: () => this.toggleColumnMenu() });
    buttons.push({ label: "Download as CSV", icon: "download", onClick: () => this.downloadCsv() });
    buttons.push({ label: "Search", icon: "search", onClick: () => this.toggleSearch() });
    const full = this.root?.classList.contains("wl-fullscreen");
    buttons.push(full ? { label: "Close fullscreen", icon: "exitFullscreen", onClick: () => this.fullscreen(false) }
      : { label: "Fullscreen", icon: "fullscreen", onClick: () => this.fullscreen(true) });
    this.toolbar.set(buttons);
  }

  /** @param {boolean} on */
  /**
   * The frame the view put the grid in: the toolbar's Fullscreen expands it (the frame
   * handles Escape and the page's scrolling), and it tells the grid to lay out for it.
   * @param {import("../full_screen_frame.js").FullScreenFrame} frame
   */
  useFrame(frame) {
    this.screenFrame = frame;
    frame.onResize = (size) => this.showFullscreen(size !== null);
  }

  /** @param {boolean} on */
  fullscreen(on) {
    if (on) this.screenFrame?.expand();
    else this.screenFrame?.collapse();
  }

  /** The frame expanded or collapsed: lay the grid out for it. @param {boolean} on */
  showFullscreen(on) {
    if (on === !!this.root?.classList.contains("wl-fullscreen")) return;
    this.root?.classList.toggle("wl-fullscreen", on);
    this.widths = null;
    this.updateToolbar();
    this.render();
  }

  // -- the user's actions ------------------------------------------------------------

  bind() {
    const g = this.grid;
    // A header's clicks sort ascending, then descending, then not at all (1.67's "auto").
    g.onSort.subscribe((/** @type {any} */ _e, /** @type {any} */ args) => {
      const id = args.sortCol?.id;
      const now = this.sort;
      if (!now || now.id !== id) this.sortBy(id, true);
      else this.sortBy(now.asc ? id : undefined, false);
    });
    g.onHeaderCellRendered.subscribe((/** @type {any} */ _e, /** @type {any} */ args) => {
      const col = args.column?.wl;
      // A header drawn again for its text only (updateColumnHeader) keeps its button and tooltip.
      if (!col || args.node.querySelector(".wl-col-menu-button")) return;
      args.node.append(this.menuButton(col));
      // A column's help, as markdown in 1.67's grid tooltip, while the pointer is on its header.
      if (col.config.help) attachTooltip(args.node, "stDataFrameTooltipContent").set(col.config.help);
    });
    g.onHeaderClick.subscribe((/** @type {any} */ e, /** @type {any} */ args) => {
      const def = args.column;
      const ev = e.getNativeEvent?.() || e;
      if (def?.id === MARKER) return this.toggleAllRows();
      if (!this.columnSelection || !def?.wl || def.wl.isIndex) return undefined;
      this.selectColumn(def.wl.name, ev.ctrlKey || ev.metaKey || ev.shiftKey);
      return undefined;
    });
    g.onClick.subscribe((/** @type {any} */ e, /** @type {any} */ args) => {
      const def = g.getColumns()[args.cell];
      const item = g.getDataItem(args.row);
      if (!def || !item) return;
      const ev = e.getNativeEvent?.() || e;
      if (def.id === MARKER) {
        this.toggleRow(item.r);
        e.stopImmediatePropagation?.();
        return;
      }
      const col = def.wl;
      if (col?.type === "button") {
        // A keyed ButtonColumn is a trigger widget of its own (button_click_widgets: column -> id);
        // the row is the row of the data as given, whatever the sort.
        const button = /** @type {Element | null} */ (ev.target)?.closest?.(".wl-cell-button");
        const widgetId = this.props.button_click_widgets?.[col.name];
        if (!button || !widgetId || item.r >= this.n || !this.root) return;
        const click = (/** @type {string} */ label) => this.opts.clickButton(widgetId, JSON.stringify({ row: item.r, label }));
        const actions = button.getAttribute("data-actions");
        if (actions) {
          this.headerMenu ??= new ColumnMenu(this.root);
          if (this.headerMenu.isOpenFor(button)) this.headerMenu.close();
          else this.headerMenu.openActions(button, { x: ev.clientX, y: ev.clientY }, JSON.parse(actions), click);
        } else click(button.getAttribute("data-label") || "");
        return;
      }
      if (col && this.opts.editor && col.editable && col.type === "checkbox") {
        this.setValue(item, col, !this.valueOf(item.r, col));
        return;
      }
      const modes = this.selectionModes;
      if (col && !col.isIndex && item.r < this.n && (modes.has("single-cell") || modes.has("multi-cell"))) {
        this.selectCell(item.r, col.name, modes.has("multi-cell") && (ev.ctrlKey || ev.metaKey));
      }
    });
    g.onAddNewRow.subscribe((/** @type {any} */ _e, /** @type {any} */ args) => {
      this.addRow(args.item?.__new || {});
    });
    g.onColumnsResized.subscribe(() => {
      const widths = this.widths;
      // By column: hidden columns keep their place in `px`.
      for (const d of g.getColumns()) {
        const i = d.wl ? this.columns.indexOf(d.wl) : -1;
        if (widths && i >= 0) widths.px[i] = d.width;
      }
      this.layout();
    });
  }

  /** Sort by a column (none: unsorted). @param {string | undefined} id @param {boolean} asc */
  sortBy(id, asc) {
    this.sort = id ? { id, asc } : null;
    // As in Streamlit, sorting drops the row selection (rows are positions in the unsorted data).
    if (this.sel.rows.size && !this.opts.editor) {
      this.sel.rows.clear();
      this.commitSelection();
    }
    this.recompute();
    this.refresh();
  }

  /**
   * A header's menu button, shown while the pointer is on the header (glide draws it there in
   * 1.67): it opens the column menu (column_menu.js).
   * @param {Column} col
   */
  menuButton(col) {
    // Pointer only and out of the header's accessible name, as glide's canvas icon is in 1.67.
    const button = h("button", { type: "button", class: "wl-col-menu-button", "aria-hidden": "true", tabindex: "-1" });
    button.addEventListener("click", (ev) => {
      ev.stopPropagation(); // not a header click: no sort, no column selection
      const header = button.closest(".slick-header-column");
      if (!this.root || !header) return;
      this.headerMenu ??= new ColumnMenu(this.root);
      if (this.headerMenu.isOpenFor(header)) return this.headerMenu.close();
      const shown = this.columns.filter((c) => !this.hiddenByUser.has(c.id));
      this.headerMenu.open(header, { title: col.label || (col.isIndex ? "(index)" : col.name), kind: col.kind }, {
        // The direction it is already sorted in: unsorted, as in 1.67.
        sort: this.columnSelection ? null : (asc) => this.sortBy(this.sort?.id === col.id && this.sort.asc === asc ? undefined : col.id, asc),
        autosize: () => this.autosize(col),
        pinned: isPinned(col),
        pin: (on) => this.rechoose(() => this.pinChoice.set(col.id, on)),
        formats: MENU_FORMATS[col.type] || [],
        // Of the data as given, as in 1.67 (not the search's rows, not the edits).
        statistics: statisticsKind(col.type) ? () => statisticsContent(col.type, col.tz, this.n, (r) => col.get(r)) : null,
        format: (format) => this.rechoose(() => this.formatChoice.set(col.id, format)),
        hide: () => {
          if (shown.length > 1) this.hiddenByUser.add(col.id); // the last shown column stays
          this.widths = null;
          this.render();
        },
      });
      return undefined;
    });
    return button;
  }

  /**
   * A choice in the column menu: the columns again from the props, with every choice (an
   * unpinned column goes back to its place), measured again.
   * @param {() => void} choose
   */
  rechoose(choose) {
    choose();
    this.columns = gridColumns(this.props);
    this.applyMenuChoices();
    this.widths = null;
    this.render();
  }

  /**
   * The column menu's Autosize: the column as wide as its content (and header), whatever a drag
   * or the grid's stretching made it.
   * @param {Column} col
   */
  autosize(col) {
    const i = this.columns.indexOf(col);
    const px = this.columnWidths();
    if (i < 0) return;
    px[i] = this.fitWidth(col);
    this.render();
  }

  /** @param {KeyboardEvent} ev */
  onKey(ev) {
    if ((ev.ctrlKey || ev.metaKey) && ev.key.toLowerCase() === "f") {
      ev.preventDefault();
      this.toggleSearch(true);
    } else if (ev.key === "Escape" && !this.grid?.getCellEditor()) {
      if (!this.searchBox.hidden) this.toggleSearch(false);
      else if (this.opts.editor) {
        this.marked.clear();
        this.refresh();
        this.updateToolbar();
      } else this.clearSelection();
    } else if ((ev.key === "Delete" || ev.key === "Backspace") && this.marked.size && !this.grid?.getCellEditor()
        && ev.target === this.root) {
      this.deleteMarked();
    }
  }

  /** @param {number} r */
  toggleRow(r) {
    if (this.opts.editor) {
      if (this.marked.has(r)) this.marked.delete(r);
      else this.marked.add(r);
      this.afterSelection(false);
      return;
    }
    if (r >= this.n) return;
    const modes = this.selectionModes;
    if (this.sel.rows.has(r)) {
      if (!(modes.has("single-row-required") && this.sel.rows.size === 1)) this.sel.rows.delete(r);
    } else {
      if (!modes.has("multi-row")) this.sel.rows.clear();
      this.sel.rows.add(r);
    }
    this.afterSelection(true);
  }

  toggleAllRows() {
    const target = this.opts.editor ? this.marked : this.sel.rows;
    if (!this.opts.editor && !this.selectionModes.has("multi-row")) return;
    const visible = Array.from(this.view).filter((r) => this.opts.editor || r < this.n);
    if (visible.length && visible.every((r) => target.has(r))) target.clear();
    else for (const r of visible) target.add(r);
    this.afterSelection(!this.opts.editor);
  }

  /** @param {string} name @param {boolean} add */
  selectColumn(name, add) {
    const multi = this.selectionModes.has("multi-column");
    const cols = this.sel.columns;
    if (cols.has(name) && (add || cols.size === 1)) cols.delete(name);
    else {
      if (!multi || !add) cols.clear();
      cols.add(name);
    }
    this.afterSelection(true, true);
  }

  /** @param {number} r @param {string} name @param {boolean} add */
  selectCell(r, name, add) {
    const at = this.sel.cells.findIndex(([row, c]) => row === r && c === name);
    if (at >= 0) this.sel.cells.splice(at, 1);
    else this.sel.cells = add ? [...this.sel.cells, [r, name]] : [[r, name]];
    this.afterSelection(true);
  }

  clearSelection() {
    if (!this.sel.rows.size && !this.sel.columns.size && !this.sel.cells.length) return;
    const required = this.selectionModes.has("single-row-required") ? [...this.sel.rows].slice(0, 1) : [];
    this.sel = { rows: new Set(required), columns: new Set(), cells: [] };
    this.afterSelection(true, true);
  }

  /** @param {boolean} commit @param {boolean} [columns] the column set changed (headers and cells restyle) */
  afterSelection(commit, columns = false) {
    if (columns && this.grid) this.grid.setColumns(this.columnDefs());
    this.refresh();
    this.updateToolbar();
    if (commit) this.commitSelection();
  }

  commitSelection() {
    const order = new Map(this.columns.map((c, i) => [c.name, i]));
    this.opts.commit({
      selection: {
        rows: [...this.sel.rows].sort((a, b) => a - b),
        columns: [...this.sel.columns].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0)),
        cells: this.sel.cells.map(([r, c]) => [r, c]),
      },
    });
  }

  // -- edits (st.data_editor) ----------------------------------------------------------

  /** @param {any} item @param {Column} col @param {any} value */
  setValue(item, col, value) {
    if (!item || item.r === undefined) { // the blank row being filled in: onAddNewRow follows
      item.__new = { ...(item.__new || {}), [col.name]: value };
      return;
    }
    const r = item.r;
    if (r >= this.n) {
      const row = this.edits.added[r - this.n];
      if (row) row[col.name] = value;
    } else {
      if (!this.edits.edited.has(r)) this.edits.edited.set(r, new Map());
      this.edits.edited.get(r).set(col.name, value);
    }
    this.commitEdits();
  }

  /** @param {Record<string, any>} values */
  addRow(values) {
    /** @type {Record<string, any>} */
    const row = {};
    for (const col of this.allColumnsWithConfig()) {
      if (col.config.default !== undefined && col.config.default !== null) row[col.name] = fromWire(col, col.config.default);
    }
    Object.assign(row, values);
    this.edits.added.push(row);
    this.recompute();
    this.commitEdits();
    this.grid?.scrollRowIntoView(this.view.length - 1);
  }

  allColumnsWithConfig() {
    return gridColumns({ ...this.props, column_order: null });
  }

  deleteMarked() {
    const added = new Set();
    for (const r of this.marked) {
      if (r >= this.n) added.add(r - this.n);
      else this.edits.deleted.add(r);
    }
    this.edits.added = this.edits.added.filter((_row, k) => !added.has(k));
    this.marked.clear();
    this.recompute();
    this.updateToolbar();
    this.commitEdits();
  }

  commitEdits() {
    const byName = new Map(this.allColumns().map((c) => [c.name, c]));
    const wire = (/** @type {string} */ name, /** @type {any} */ v) => {
      const col = byName.get(name);
      return col ? toWire(col, v) : v ?? null;
    };
    /** @type {Record<string, Record<string, any>>} */
    const edited = {};
    for (const [r, changes] of [...this.edits.edited].sort((a, b) => a[0] - b[0])) {
      edited[String(r)] = Object.fromEntries([...changes].map(([k, v]) => [k, wire(k, v)]));
    }
    this.refresh();
    this.opts.commit({
      edited_rows: edited,
      added_rows: this.edits.added.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, wire(k, v)]))),
      deleted_rows: [...this.edits.deleted].sort((a, b) => a - b),
    });
  }

  // -- CSV -------------------------------------------------------------------------------

  csv() {
    const cols = this.columns;
    /** @param {any} v */
    const quote = (v) => {
      const text = v === null || v === undefined ? "" : String(v);
      return /[",\n\r]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
    };
    /** @param {Column} col @param {any} v */
    const raw = (col, v) => {
      if (v === null || v === undefined) return "";
      if (typeof v === "number" && !isTemporal(col)) return String(v);
      if (typeof v === "object") return JSON.stringify(v);
      return cellText({ ...col, config: { ...col.config, format: null } }, v);
    };
    const lines = [cols.map((c) => quote(c.isIndex ? "" : c.label)).join(",")];
    for (let i = 0; i < this.view.length; i += 1) {
      const r = this.view[i];
      lines.push(cols.map((c) => quote(raw(c, this.valueOf(r, c)))).join(","));
    }
    return `\ufeff${lines.join("\n")}\n`;
  }

  downloadCsv() {
    const name = `${new Date().toISOString().slice(0, 16).replace(":", "-")}_export.csv`;
    const url = URL.createObjectURL(new Blob([this.csv()], { type: "text/csv;charset=utf-8" }));
    const a = h("a", { href: url, download: name, hidden: true });
    (this.root || document.body).append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  destroy() {
    this.fullscreen(false);
    this.destroyed = true;
    this.headerMenu?.close();
    this.toggleColumnMenu(false);
    this.resizer?.disconnect();
    clearTimeout(this.searchTimer);
    this.grid?.destroy();
    this.grid = null;
  }
}

/** @param {string} text */
function escapeText(text) {
  return String(text).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] || c);
}

/** @type {number | null} */
let scrollbar = null;

/** The width of the page's scrollbars (0 where they overlay the content). */
function scrollbarWidth() {
  if (scrollbar !== null) return scrollbar;
  if (typeof document === "undefined" || !document.body) return 0;
  const probe = h("div", { style: "position:absolute;top:-999px;width:100px;height:100px;overflow:scroll" });
  document.body.append(probe);
  scrollbar = probe.offsetWidth - probe.clientWidth;
  probe.remove();
  return scrollbar;
}

/** @type {((text: string, bold: boolean) => number) | null} */
let measurer = null;

/** Text widths in the grid's font (a canvas; a rough estimate where there is none). */
function textMeasurer() {
  if (measurer) return measurer;
  const ctx = typeof document !== "undefined" ? document.createElement("canvas").getContext?.("2d") : null;
  if (!ctx) return (measurer = (text) => String(text).length * 7.5);
  const font = '"Source Sans", "Source Sans Pro", sans-serif';
  const cache = new Map();
  measurer = (text, bold) => {
    const key = `${bold ? 1 : 0}${text}`;
    let w = cache.get(key);
    if (w === undefined) {
      ctx.font = `${bold ? 600 : 400} 14px ${font}`;
      w = ctx.measureText(String(text)).width;
      if (cache.size > 5000) cache.clear();
      cache.set(key, w);
    }
    return w;
  };
  return measurer;
}

export { INDEX };

// Streamlit 1.67's column menu, opened from a grid header's menu button:
// `stDataFrameColumnMenu` (role=menu, "Dataframe column menu") with the column's
// name and a "Copy column name" button, then "Sort ascending", "Sort descending",
// "Statistics" and "Format" (submenus), "Autosize", "Pin column" / "Unpin column"
// and "Hide column". Its position comes
// from `stDataFrameColumnMenuTarget`, an invisible point under the header, as in 1.67.
// The same popup shows a ButtonColumn cell's list of actions (`stDataFrameButtonActionMenu`).
import { h, layerOf } from "../dom.js";
import { setIcon, setMarkdown } from "../markdown_html.js";

/**
 * What the menu can do to its column (the grid does it).
 * @typedef {object} ColumnMenuActions
 * @property {((asc: boolean) => void) | null} sort null: the column cannot be sorted here
 * @property {() => void} autosize
 * @property {boolean} pinned
 * @property {(on: boolean) => void} pin
 * @property {() => void} hide
 * @property {string[][]} formats the Format submenu's [format, label, icon]s (none: no Format item)
 * @property {(format: string) => void} format
 * @property {(() => HTMLElement) | null} statistics the Statistics submenu's content (null: no Statistics item)
 */

/** The formats the menu's Format offers, by column type, as in 1.67 ("" is Automatic). */
const NUMBER_FORMATS = [
  ["", "Automatic", "123"], ["localized", "Localized", "translate"], ["plain", "Plain", "speed_1_75"],
  ["compact", "Compact", "1k"], ["dollar", "Dollar", "attach_money"], ["euro", "Euro", "euro"],
  ["yen", "Yen", "currency_yen"], ["percent", "Percent", "percent"], ["scientific", "Scientific", "experiment"],
  ["accounting", "Accounting", "finance_chip"], ["duration", "Duration", "timelapse"],
];
/** @type {Record<string, string[][]>} */
export const MENU_FORMATS = {
  number: NUMBER_FORMATS,
  progress: NUMBER_FORMATS.filter(([format]) => format !== "duration"),
  datetime: [["", "Automatic", "schedule"], ["localized", "Localized", "translate"], ["distance", "Distance", "search_activity"],
    ["calendar", "Calendar", "today"]],
  date: [["", "Automatic", "schedule"], ["localized", "Localized", "translate"], ["distance", "Distance", "search_activity"]],
  time: [["", "Automatic", "schedule"], ["localized", "Localized", "translate"]],
};

/** The type icon of a column kind in the menu's header, as 1.67 shows it. @param {string} kind */
const typeIcon = (kind) => ({
  integer: ":material/tag:", float: ":material/tag:", decimal: ":material/tag:", bool: ":material/check_box:",
  datetime: ":material/calendar_today:", date: ":material/calendar_today:", time: ":material/schedule:",
  list: ":material/data_array:", object: ":material/data_object:",
}[kind] || ":material/notes:");

/** @param {string} icon @param {string} text @param {() => void} onClick */
function item(icon, text, onClick) {
  const glyph = h("span", { class: "wl-col-menu-icon", "aria-hidden": "true" });
  setIcon(glyph, icon);
  const button = h("div", { role: "menuitem", tabindex: "-1", class: "wl-col-menu-item" }, [glyph, text]);
  button.addEventListener("click", onClick);
  return button;
}

export class ColumnMenu {
  /** @param {HTMLElement} root the grid's stDataFrame element */
  constructor(root) {
    this.root = root;
    /** @type {HTMLElement | null} */
    this.menu = null;
    /** @type {HTMLElement | null} */
    this.target = null;
    /** @type {Element | null} the header cell of the column the menu is open for */
    this.header = null;
    /** @type {HTMLElement[]} the submenus (Statistics, Format) while the menu is open */
    this.submenus = [];
    /** Closes the menu on a press outside it (a press on its header button toggles it instead). @param {PointerEvent} ev */
    this.closeOutside = (ev) => {
      const el = /** @type {Element} */ (ev.composedPath()[0]);
      if (!this.menu?.contains(el) && !this.submenus.some((sub) => sub.contains(el)) && !el.closest?.(".wl-col-menu-button, .wl-cell-actions")) this.close();
    };
    /** The header moved away under the menu: close it. */
    this.closeOnScroll = () => this.close();
  }

  /** Is the menu open for the header cell `header`? @param {Element} header */
  isOpenFor(header) {
    return !!this.menu && this.header === header;
  }

  /**
   * @param {Element} header the header cell of the column
   * @param {{title: string, kind: string}} column @param {ColumnMenuActions} actions
   */
  open(header, column, actions) {
    this.close();
    this.header = header;
    const act = (/** @type {() => void} */ fn) => () => {
      this.close();
      fn();
    };
    const copy = h("button", { type: "button", class: "wl-col-menu-copy", title: "Copy column name", "aria-label": "Copy column name" });
    setIcon(copy, ":material/content_copy:");
    copy.addEventListener("click", () => {
      navigator.clipboard?.writeText(column.title).then(() => setIcon(copy, ":material/check:"), () => {});
    });
    const kind = h("span", { class: "wl-col-menu-icon", title: column.kind });
    setIcon(kind, typeIcon(column.kind));
    const items = [h("div", { class: "wl-col-menu-header" }, [kind,
      h("span", { class: "wl-col-menu-title", title: column.title }, [h("span", {}, [column.title]), copy])])];
    const sort = actions.sort;
    if (sort) {
      items.push(item(":material/arrow_upward:", "Sort ascending", act(() => sort(true))),
        item(":material/arrow_downward:", "Sort descending", act(() => sort(false))),
        h("div", { class: "wl-col-menu-divider", role: "separator" }));
    }
    if (actions.statistics) {
      const statistics = actions.statistics;
      items.push(this.submenuItem(":material/bar_chart:", "Statistics", "stDataFrameStatisticsMenu", "true", statistics));
    }
    if (actions.formats.length) {
      items.push(this.submenuItem(":material/format_list_numbered:", "Format", "stDataFrameColumnFormattingMenu", "menu", () =>
        h("div", { role: "menu", class: "wl-col-menu-list" },
          actions.formats.map(([fmt, label, icon]) => item(`:material/${icon}:`, label, act(() => actions.format(fmt)))))));
    }
    items.push(item(":material/arrows_outward:", "Autosize", act(actions.autosize)));
    items.push(actions.pinned ? item(":material/keep_off:", "Unpin column", act(() => actions.pin(false)))
      : item(":material/keep:", "Pin column", act(() => actions.pin(true))));
    items.push(item(":material/visibility_off:", "Hide column", act(actions.hide)));
    const list = h("div", { role: "menu", "aria-label": "Dataframe column menu", class: "wl-col-menu-list" }, items);
    const menu = h("div", { "data-testid": "stDataFrameColumnMenu", class: "wl-col-menu", tabindex: "-1" }, [list]);
    menu.addEventListener("keydown", (ev) => this.onKey(ev));
    for (const other of list.querySelectorAll(":scope > [role=menuitem]:not([aria-haspopup])")) {
      other.addEventListener("pointerenter", () => {
        for (const sub of this.submenus) sub.hidden = true;
      });
    }
    // 1.67 anchors the menu to a point under the header's right end and opens it below, aligned
    // to its end, on top of the page (a short grid does not cut it off).
    this.present(menu, "stDataFrameColumnMenuTarget", header.getBoundingClientRect());
  }

  /**
   * A ButtonColumn cell's list of actions (1.67: its "more" button): `stDataFrameButtonActionMenu`,
   * role=menu "Button action menu", one item per label (markdown, icons too), under the press.
   * @param {Element} button the cell's button @param {{x: number, y: number}} at where it was pressed
   * @param {string[]} labels @param {(label: string) => void} choose
   */
  openActions(button, at, labels, choose) {
    this.close();
    this.header = button;
    const items = labels.map((label) => {
      const text = h("span", {});
      setMarkdown(text, label, { inline: true });
      const entry = h("div", { role: "menuitem", tabindex: "0", class: "wl-col-menu-item", "aria-label": label }, [text]);
      entry.addEventListener("click", () => {
        this.close();
        choose(label);
      });
      return entry;
    });
    const menu = h("div", { "data-testid": "stDataFrameButtonActionMenu", class: "wl-col-menu", tabindex: "-1" }, [
      h("div", { role: "menu", "aria-label": "Button action menu", class: "wl-col-menu-list" }, items)]);
    menu.addEventListener("keydown", (ev) => this.onKey(ev));
    this.present(menu, "stDataFrameButtonActionMenuTarget", { top: at.y, bottom: at.y, left: at.x, right: at.x });
  }

  /**
   * Show `menu` on top of the page below `box` (above it when there is no room), aligned to its
   * end, with 1.67's invisible anchor point (`targetTestid`); it closes on a press outside or a scroll.
   * @param {HTMLElement} menu @param {string} targetTestid
   * @param {{top: number, bottom: number, left: number, right: number}} box
   */
  present(menu, targetTestid, box) {
    this.target = h("div", { "data-testid": targetTestid, class: "wl-col-menu-target", style: `top:${box.bottom}px;left:${box.right}px` });
    const layer = layerOf(this.root);
    layer.append(this.target, menu, ...this.submenus);
    this.menu = menu;
    const { width, height } = menu.getBoundingClientRect();
    const below = box.bottom + 4 + height <= window.innerHeight || box.top - 4 - height < 0;
    menu.style.top = `${below ? box.bottom + 4 : box.top - 4 - height}px`;
    menu.style.left = `${Math.max(4, Math.min(box.right - width, window.innerWidth - width - 4))}px`;
    window.addEventListener("scroll", this.closeOnScroll, true);
    document.addEventListener("pointerdown", this.closeOutside, true);
    menu.focus();
  }

  /**
   * A menu item with a submenu beside the menu, opened under the pointer, on focus, with a click,
   * Enter or ArrowRight; ArrowLeft or Escape goes back. Only one submenu is open at a time.
   * @param {string} icon @param {string} text @param {string} testid the submenu's
   * @param {string} popup its aria-haspopup @param {() => HTMLElement} content made when it first opens
   */
  submenuItem(icon, text, testid, popup, content) {
    const chevron = h("span", { class: "wl-col-menu-icon wl-col-menu-more", "aria-hidden": "true" });
    setIcon(chevron, ":material/chevron_right:");
    const entry = item(icon, text, () => show(true));
    entry.append(chevron);
    entry.setAttribute("aria-haspopup", popup);
    entry.setAttribute("aria-expanded", "false");
    const sub = h("div", { "data-testid": testid, class: `${testid} wl-col-menu wl-col-submenu`, tabindex: "-1", hidden: true });
    const show = (/** @type {boolean} */ open) => {
      for (const other of this.submenus) if (other !== sub) other.hidden = true;
      for (const button of this.menu?.querySelectorAll("[aria-haspopup]") || []) button.setAttribute("aria-expanded", "false");
      sub.hidden = !open;
      entry.setAttribute("aria-expanded", String(open));
      if (!open) return;
      if (!sub.firstChild) sub.append(content());
      const box = entry.getBoundingClientRect();
      const width = sub.offsetWidth;
      const right = box.right + 4 + width <= window.innerWidth;
      sub.style.left = `${right ? box.right + 4 : Math.max(4, box.left - 4 - width)}px`;
      sub.style.top = `${Math.max(4, Math.min(box.top - 4, window.innerHeight - sub.offsetHeight - 4))}px`;
    };
    entry.addEventListener("pointerenter", () => show(true));
    entry.addEventListener("focus", () => show(true));
    entry.addEventListener("keydown", (ev) => {
      if (ev.key !== "ArrowRight" && ev.key !== "Enter") return;
      show(true);
      /** @type {HTMLElement | null} */ (sub.querySelector("[role=menuitem]"))?.focus();
      ev.preventDefault();
      ev.stopPropagation();
    });
    sub.addEventListener("keydown", (ev) => {
      if (ev.key === "ArrowLeft" || ev.key === "Escape") {
        show(false);
        entry.focus();
        ev.preventDefault();
        ev.stopPropagation();
      } else this.onKey(ev, sub);
    });
    this.submenus.push(sub);
    return entry;
  }

  close() {
    if (!this.menu) return;
    for (const sub of this.submenus) sub.remove();
    this.submenus = [];
    this.menu.remove();
    this.target?.remove();
    this.menu = this.target = this.header = null;
    document.removeEventListener("pointerdown", this.closeOutside, true);
    window.removeEventListener("scroll", this.closeOnScroll, true);
  }

  /**
   * Up and Down move between the items, Enter or Space uses one, Escape closes.
   * @param {KeyboardEvent} ev @param {HTMLElement | null} box the menu or the submenu
   */
  onKey(ev, box = this.menu) {
    const items = /** @type {HTMLElement[]} */ ([...(box?.querySelectorAll("[role=menuitem]") || [])]);
    const at = items.indexOf(/** @type {HTMLElement} */ (document.activeElement));
    if (ev.key === "Escape") this.close();
    else if (ev.key === "ArrowDown" || ev.key === "ArrowUp") {
      const step = ev.key === "ArrowDown" ? 1 : -1;
      items[(at + step + items.length + (at < 0 && step < 0 ? 1 : 0)) % items.length]?.focus();
    } else if ((ev.key === "Enter" || ev.key === " ") && at >= 0) items[at].click();
    else return;
    ev.preventDefault();
    ev.stopPropagation();
  }
}

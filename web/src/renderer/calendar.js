// The month grid of st.date_input's popover (`stDateInputCalendar`), as
// Streamlit 1.67 draws it with react-aria: "Previous month" / "Next month",
// month and year pickers, and a grid of day buttons named as react-aria names
// them ("Saturday, July 6, 2019 selected", "Today, ..."). Days outside the
// month or outside min/max are disabled. Dates are ISO strings ("2019-07-06")
// throughout, compared as strings; weekdays come from UTC dates, so the
// visitor's time zone never shifts a day.
import { h, setAttr, setText, svgIcon } from "./dom.js";
import { stylesheet } from "../lazy.js";

const CALENDAR_CSS = new URL("./calendar.css", import.meta.url);
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
  "October", "November", "December"];
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const HINT = "Use arrow keys to navigate dates. Enter to select. Escape to close.";
const ARROW_LEFT = "M19 11H7.83l4.88-4.88c.39-.39.39-1.03 0-1.42a.996.996 0 00-1.41 0l-6.59 6.59a.996.996 0 000 1.41l6.59 6.59a.996.996 0 101.41-1.41L7.83 13H19c.55 0 1-.45 1-1s-.45-1-1-1z";
const ARROW_RIGHT = "M5 13h11.17l-4.88 4.88c-.39.39-.39 1.03 0 1.42.39.39 1.02.39 1.41 0l6.59-6.59a.996.996 0 000-1.41l-6.58-6.6a.996.996 0 10-1.41 1.41L16.17 11H5c-.55 0-1 .45-1 1s.45 1 1 1z";
const CHEVRON = "M7.41 8.59L12 13.17l4.59-4.58L18 10l-6 6-6-6 1.41-1.41z";

/** @param {string} d @returns {Date} */
const utc = (d) => new Date(`${d}T00:00:00Z`);
/** @param {Date} date */
const iso = (date) => date.toISOString().slice(0, 10);
/** @param {string} d @param {number} days */
export const addDays = (d, days) => { const t = utc(d); t.setUTCDate(t.getUTCDate() + days); return iso(t); };
/** The same day `months` later, on the month's last day where it has fewer. @param {string} d @param {number} months */
const addMonths = (d, months) => {
  const [y, m, day] = d.split("-").map(Number);
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(day, last));
  return iso(first);
};
/** The local date today, as the visitor's calendar shows it. */
export const today = () => {
  const now = new Date();
  return `${String(now.getFullYear()).padStart(4, "0")}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
};
/** "Saturday, July 6, 2019" @param {string} d */
const spoken = (d) => {
  const t = utc(d);
  return `${WEEKDAYS[t.getUTCDay()]}, ${MONTHS[t.getUTCMonth()]} ${t.getUTCDate()}, ${t.getUTCFullYear()}`;
};

/** @param {string} path */
const icon = (path, size = "1.25rem") => svgIcon(path, size);

/**
 * @typedef {object} CalendarHooks
 * @property {(dates: string[]) => void} pick a day was chosen: one date, or a range's two (in order)
 * @property {() => void} close Escape, or Tab out of a modal calendar
 */

/** Up and Down move between a listbox's options; Enter or Space picks one. @param {HTMLElement} list */
function listKeys(list) {
  list.addEventListener("keydown", (ev) => {
    const opts = [...list.querySelectorAll('[role="option"]:not([aria-disabled])')];
    const at = opts.indexOf(/** @type {Element} */ (ev.target));
    if (ev.key === "ArrowDown" || ev.key === "ArrowUp") {
      ev.preventDefault();
      /** @type {HTMLElement | undefined} */ (opts[Math.max(0, Math.min(opts.length - 1, at + (ev.key === "ArrowDown" ? 1 : -1)))])?.focus();
    } else if (ev.key === "Enter" || ev.key === " ") {
      ev.preventDefault();
      /** @type {HTMLElement} */ (ev.target).click();
    }
  });
}

export class Calendar {
  /**
   * @param {CalendarHooks} hooks
   * @param {{testid?: string, name?: string, hint?: string, footer?: HTMLElement}} [how] st.datetime_input's
   *   calendar has its own test id, name and hint, and its time field under the grid (`footer`)
   */
  constructor(hooks, { testid = "stDateInputCalendar", name = "", hint = HINT, footer } = {}) {
    this.hooks = hooks;
    this.fixedName = name;
    this.range = false;
    this.min = "0001-01-01";
    this.max = "9999-12-31";
    /** @type {string[]} */
    this.selected = [];
    /** A range's first chosen day, waiting for its second. @type {string | null} */
    this.anchor = null;
    this.focused = today();
    /** Resolves when the open calendar is styled and placed. */
    this.ready = Promise.resolve();
    this.title = h("h2");
    this.monthButton = this.picker("month");
    this.yearButton = this.picker("year");
    this.prev = h("button", { type: "button", class: "wl-cal-nav", "aria-label": "Previous month" }, [icon(ARROW_LEFT)]);
    this.next = h("button", { type: "button", class: "wl-cal-nav", "aria-label": "Next month" }, [icon(ARROW_RIGHT)]);
    this.heading = h("h2", { "aria-hidden": "true", class: "wl-sr" });
    this.body = h("tbody");
    this.grid = h("table", { role: "grid", cellpadding: "0", class: "wl-cal-grid" }, [
      h("thead", { "aria-hidden": "true" }, [h("tr", {}, "SMTWTFS".split("").map((d) => h("th", {}, [d])))]),
      this.body,
    ]);
    this.app = h("div", { role: "application", class: "wl-cal" }, [
      h("div", { class: "wl-sr" }, [this.title]),
      h("header", { class: "wl-cal-head" }, [
        this.prev,
        h("div", { class: "wl-cal-pickers" }, [this.monthButton, this.yearButton, this.heading]),
        this.next,
      ]),
      this.grid,
    ]);
    this.quickButton = h("button", { type: "button", class: "wl-cal-quick-button", "aria-label": "Quick select a date range",
      "aria-haspopup": "listbox", "aria-expanded": "false" });
    this.quick = h("div", { "data-testid": "stDateInputQuickSelect", class: "wl-cal-quick" }, [
      h("span", { class: "wl-cal-quick-label" }, ["Date range"]), this.quickButton]);
    this.quickButton.addEventListener("click", () => this.toggleQuick());
    this.hint = h("span", { class: "wl-sr" }, [hint]);
    /** @type {HTMLElement | null} */
    this.list = null;
    this.el = h("div", { "data-testid": testid, class: "wl-cal-popover" }, [this.hint, this.app, footer]);
    this.prev.addEventListener("click", () => this.moveFocus(addMonths(this.focused, -1), false));
    this.next.addEventListener("click", () => this.moveFocus(addMonths(this.focused, 1), false));
    this.monthButton.addEventListener("click", () => this.openList("month"));
    this.yearButton.addEventListener("click", () => this.openList("year"));
    this.body.addEventListener("click", (ev) => {
      const day = /** @type {HTMLElement | null} */ (/** @type {Element} */ (ev.target).closest("[data-date]"));
      if (day && !day.hasAttribute("aria-disabled")) this.choose(String(day.dataset.date));
    });
    this.el.addEventListener("keydown", (ev) => this.onKey(ev));
  }

  /** @param {"month" | "year"} what */
  picker(what) {
    return h("button", { type: "button", class: "wl-cal-pick", "aria-label": what, "aria-haspopup": "listbox", "aria-expanded": "false" });
  }

  /**
   * Show the calendar on `focus`'s month.
   * @param {{selected: string[], focus: string, min: string, max: string, range: boolean, modal: boolean, near: HTMLElement}} s
   *   `near`: where the calendar is attached (it is in the page only while open, as 1.67's)
   */
  open({ selected, focus, min, max, range, modal, near }) {
    const styled = stylesheet(CALENDAR_CSS, near);
    // Unstyled (its sheet loads on the first open), the calendar is no popover yet: it is
    // hidden, and placed once styled, else it would be measured and focused in the page's flow.
    this.el.style.visibility = "hidden";
    near.append(this.el);
    Object.assign(this, { selected, min, max, range, anchor: null });
    this.focused = focus < min ? min : focus > max ? max : focus;
    const name = this.fixedName || (range ? "Choose date range" : "Choose date");
    setAttr(this.el, "role", modal ? "dialog" : null);
    setAttr(this.el, "aria-modal", modal ? "true" : null);
    setAttr(this.el, "aria-label", modal ? name : null);
    this.hint.hidden = !modal;
    this.name = name;
    this.closeList();
    // 1.67 offers preset ranges when the range may reach back more than two years.
    if (range && min < addMonths(today(), -24)) this.app.append(this.quick);
    else this.quick.remove();
    this.draw();
    this.ready = styled.then(() => {
      if (!this.isOpen) return;
      this.el.style.visibility = "";
      this.place();
    });
  }

  /** Show `dates` as chosen, on the first one's month (typed into the field while open). @param {string[]} dates */
  follow(dates) {
    this.selected = dates;
    this.anchor = null;
    this.focused = dates[0] < this.min ? this.min : dates[0] > this.max ? this.max : dates[0];
    this.draw();
  }

  /** Below the field, or above it when the window has no room below and more above (1.67's flip). */
  place() {
    this.el.removeAttribute("data-above");
    const box = this.el.getBoundingClientRect();
    const field = /** @type {HTMLElement} */ (this.el.parentElement).getBoundingClientRect();
    if (box.bottom > window.innerHeight && field.top - box.height > window.innerHeight - box.bottom) {
      this.el.setAttribute("data-above", "true");
    }
  }

  hide() {
    this.closeList();
    if (this.quickIsOpen()) this.toggleQuick();
    this.el.remove();
  }

  get isOpen() { return this.el.isConnected; }

  /** Focus the day that takes the keyboard (the chosen one, else today's, in range). */
  focusDay() {
    /** @type {HTMLElement | null} */ (this.body.querySelector('[tabindex="0"]'))?.focus();
  }

  draw() {
    const [y, m] = this.focused.split("-").map(Number);
    const month = `${MONTHS[m - 1]} ${y}`;
    setText(this.title, `${this.name}, ${month}`);
    setText(this.heading, month);
    setAttr(this.app, "aria-label", `${this.name}, ${month}`);
    setAttr(this.app, "data-range", this.range ? "true" : null);
    setAttr(this.grid, "aria-label", `${this.name}, ${month}`);
    const [a, b] = this.selected;
    const preset = this.presets().find((p) => p.start === a && p.end === b);
    this.quickButton.replaceChildren(preset ? preset.label : "Select...", h("span", { class: "wl-cal-chevron" }, [icon(CHEVRON, "1rem")]));
    this.monthButton.replaceChildren(MONTHS[m - 1], h("span", { class: "wl-cal-chevron" }, [icon(CHEVRON, "1rem")]));
    this.yearButton.replaceChildren(String(y), h("span", { class: "wl-cal-chevron" }, [icon(CHEVRON, "1rem")]));
    const first = `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-01`;
    this.prev.disabled = addDays(first, -1) < this.min;
    this.next.disabled = addMonths(first, 1) > this.max;
    const start = addDays(first, -utc(first).getUTCDay());
    const now = today();
    const [lo, hi] = this.shownRange();
    const rows = [];
    for (let week = 0, d = start; week < 6; week++) {
      if (week > 0 && d.slice(0, 7) !== first.slice(0, 7)) break;
      const cells = [];
      for (let i = 0; i < 7; i++, d = addDays(d, 1)) {
        const outside = d.slice(0, 7) !== first.slice(0, 7);
        const disabled = outside || d < this.min || d > this.max;
        const selected = !outside && lo !== null && d >= lo && d <= /** @type {string} */ (hi);
        const label = `${d === now ? "Today, " : ""}${spoken(d)}${selected ? " selected" : ""}`;
        const button = h("div", {
          role: "button", "aria-label": label, "data-date": d, class: "wl-cal-day",
          tabindex: disabled ? null : d === this.focused ? "0" : "-1",
          "aria-disabled": disabled ? "true" : null, "data-disabled": disabled ? "true" : null,
          "data-outside-month": outside ? "true" : null, "data-selected": selected ? "true" : null,
          "data-today": d === now ? "true" : null,
          "data-range-start": selected && this.range && d === lo ? "true" : null,
          "data-range-end": selected && this.range && d === hi ? "true" : null,
        }, [String(Number(d.slice(8)))]);
        cells.push(h("td", { role: "gridcell", "aria-selected": selected ? "true" : null, "aria-disabled": disabled ? "true" : null }, [button]));
      }
      rows.push(h("tr", {}, cells));
    }
    this.body.replaceChildren(...rows);
  }

  /** The days drawn as chosen: the anchor alone while a range is half chosen. @returns {[string | null, string | null]} */
  shownRange() {
    if (this.anchor) return [this.anchor, this.anchor];
    const [a, b] = this.selected;
    return a ? [a, b || a] : [null, null];
  }

  /** 1.67's preset ranges, each ending today (or at max), those that start by max. */
  presets() {
    const now = today();
    const end = now > this.max ? this.max : now;
    return [["Past Week", addDays(now, -7)], ["Past Month", addMonths(now, -1)], ["Past 3 Months", addMonths(now, -3)],
      ["Past 6 Months", addMonths(now, -6)], ["Past Year", addMonths(now, -12)], ["Past 2 Years", addMonths(now, -24)]]
      .filter(([, start]) => start <= this.max)
      .map(([label, start]) => ({ label, start, end }));
  }

  quickIsOpen() { return !!this.quick.querySelector(".wl-cal-quick-popover"); }

  /** The quick-select list (`stDateInputQuickSelectPopover`), open or closed. */
  toggleQuick() {
    const open = this.quick.querySelector(".wl-cal-quick-popover");
    if (open) {
      open.remove();
      setAttr(this.quickButton, "aria-expanded", "false");
      return;
    }
    const [a, b] = this.selected;
    const list = h("div", { role: "listbox", "aria-label": "Quick select a date range", class: "wl-cal-option-list" },
      this.presets().map((p) => h("div", { role: "option", tabindex: "-1", class: "wl-cal-option",
        "aria-selected": p.start === a && p.end === b ? "true" : "false", "data-start": p.start, "data-end": p.end }, [p.label])));
    list.addEventListener("click", (ev) => {
      const opt = /** @type {HTMLElement | null} */ (/** @type {Element} */ (ev.target).closest("[data-start]"));
      if (opt) this.hooks.pick([String(opt.dataset.start), String(opt.dataset.end)]);
    });
    listKeys(list);
    const popover = h("div", { "data-testid": "stDateInputQuickSelectPopover", class: "wl-cal-quick-popover" }, [list]);
    this.quick.append(popover);
    setAttr(this.quickButton, "aria-expanded", "true");
    /** @type {HTMLElement | null} */ (list.querySelector('[aria-selected="true"]') || list.firstElementChild)?.focus();
  }

  /** @param {string} d */
  choose(d) {
    if (!this.range) {
      this.hooks.pick([d]);
      return;
    }
    if (!this.anchor) {
      this.anchor = d;
      this.focused = d;
      this.draw();
      this.focusDay();
      return;
    }
    const pair = [this.anchor, d].sort();
    this.anchor = null;
    this.hooks.pick(pair);
  }

  /** A range's half-chosen start, which the date view commits when the calendar closes. */
  pendingStart() { return this.anchor; }

  /** @param {string} d @param {boolean} focus */
  moveFocus(d, focus) {
    this.focused = d < this.min ? this.min : d > this.max ? this.max : d;
    this.draw();
    if (focus) this.focusDay();
  }

  /** @param {KeyboardEvent} ev */
  onKey(ev) {
    if (ev.key === "Escape") {
      ev.preventDefault();
      ev.stopPropagation();
      if (this.list) this.closeList(true);
      else if (this.quickIsOpen()) {
        this.toggleQuick();
        this.quickButton.focus();
      } else this.hooks.close();
      return;
    }
    if (ev.key === "Tab" && this.el.getAttribute("role") === "dialog") {
      // A modal calendar keeps Tab inside it, as 1.67's does; Escape (or a press outside) leaves.
      ev.preventDefault();
      const stops = /** @type {HTMLElement[]} */ ([...this.el.querySelectorAll('button:not([tabindex="-1"]):not([disabled]), [tabindex="0"]')]);
      const at = stops.indexOf(/** @type {HTMLElement} */ (ev.target));
      stops[(at + (ev.shiftKey ? -1 : 1) + stops.length) % stops.length]?.focus();
      return;
    }
    const day = /** @type {HTMLElement} */ (ev.target).closest?.("[data-date]");
    if (!day) return;
    /** @type {Record<string, () => string>} */
    const moves = {
      ArrowLeft: () => addDays(this.focused, -1), ArrowRight: () => addDays(this.focused, 1),
      ArrowUp: () => addDays(this.focused, -7), ArrowDown: () => addDays(this.focused, 7),
      PageUp: () => addMonths(this.focused, ev.shiftKey ? -12 : -1), PageDown: () => addMonths(this.focused, ev.shiftKey ? 12 : 1),
      Home: () => addDays(this.focused, -utc(this.focused).getUTCDay()),
      End: () => addDays(this.focused, 6 - utc(this.focused).getUTCDay()),
    };
    if (moves[ev.key]) {
      ev.preventDefault();
      this.moveFocus(moves[ev.key](), true);
    } else if (ev.key === "Enter" || ev.key === " ") {
      ev.preventDefault();
      if (!day.hasAttribute("aria-disabled")) this.choose(String(/** @type {HTMLElement} */ (day).dataset.date));
    }
  }

  /** The month or year list, over the grid. @param {"month" | "year"} what */
  openList(what) {
    if (this.list) { this.closeList(); return; }
    const [y, m] = this.focused.split("-").map(Number);
    const [minY, maxY] = [Number(this.min.slice(0, 4)), Number(this.max.slice(0, 4))];
    const choices = what === "month"
      ? MONTHS.map((name, i) => ({ name, value: i + 1, selected: i + 1 === m,
        disabled: addMonths(`${String(y).padStart(4, "0")}-${String(i + 1).padStart(2, "0")}-01`, 1) <= this.min
          || `${String(y).padStart(4, "0")}-${String(i + 1).padStart(2, "0")}-01` > this.max }))
      : Array.from({ length: maxY - minY + 1 }, (_, i) => ({ name: String(minY + i), value: minY + i, selected: minY + i === y, disabled: false }));
    const button = what === "month" ? this.monthButton : this.yearButton;
    const list = h("div", { role: "listbox", "aria-label": what, class: "wl-cal-list", "data-list": what }, choices.map((c) =>
      h("div", { role: "option", "aria-selected": c.selected ? "true" : "false", "aria-disabled": c.disabled ? "true" : null,
        tabindex: "-1", "data-value": c.value, class: "wl-cal-option" }, [c.name])));
    list.addEventListener("click", (ev) => {
      const opt = /** @type {HTMLElement | null} */ (/** @type {Element} */ (ev.target).closest("[data-value]"));
      if (!opt || opt.hasAttribute("aria-disabled")) return;
      const v = Number(opt.dataset.value);
      const [fy, fm] = this.focused.split("-").map(Number);
      const target = what === "month" ? addMonths(this.focused, v - fm) : addMonths(this.focused, (v - fy) * 12);
      this.closeList();
      this.moveFocus(target, false);
      button.focus();
    });
    listKeys(list);
    setAttr(button, "aria-expanded", "true");
    this.list = list;
    this.app.append(list);
    const current = /** @type {HTMLElement | null} */ (list.querySelector('[aria-selected="true"]'));
    current?.scrollIntoView?.({ block: "center" });
    current?.focus();
  }

  /** @param {boolean} [refocus] give the focus back to the picker's button */
  closeList(refocus = false) {
    if (!this.list) return;
    const what = this.list.dataset.list;
    this.list.remove();
    this.list = null;
    const button = what === "month" ? this.monthButton : this.yearButton;
    setAttr(button, "aria-expanded", "false");
    if (refocus) button.focus();
  }
}

// The combobox of selectbox and multiselect: an `input[role=combobox]` that
// filters a popup `role=listbox` of `role=option`s (keyboard: arrows, Enter,
// Escape). Which options are listed and what choosing one does is the
// widget's.
import { h, setAttr, uniqueId, hasFocus, closestTarget } from "./dom.js";

/**
 * How well `label` matches what the user typed, by Streamlit 1.67's `filter_mode`
 * (lower is better; -1: no match). "fuzzy": the typed letters in order, anywhere
 * (a tighter, earlier match ranks first); "contains": a substring; "prefix": the start.
 * @param {string} query lower-case @param {string} label @param {string} mode
 */
export function matchScore(query, label, mode) {
  const text = label.toLowerCase();
  if (!query) return 0;
  if (mode === "prefix") return text.startsWith(query) ? 0 : -1;
  if (mode === "contains") return text.indexOf(query);
  let at = -1;
  let score = 0;
  for (const ch of query) {
    const next = text.indexOf(ch, at + 1);
    if (next < 0) return -1;
    score += at < 0 ? next : next - at - 1;
    at = next;
  }
  return score;
}

/**
 * The shared combobox: input + popup listbox.
 * @param {{testid: string, choose: (index: number) => void, visible: () => number[], display: () => string,
 *          filterMode?: () => string | null, bulk?: (count: number, searching: boolean) => string | null,
 *          chooseAll?: (indices: number[]) => void, dropdownTestid?: string, empty?: () => string,
 *          closeOnPick?: boolean}} how
 *   `testid`: the widget's (the listbox is `dropdownTestid`, by default `<testid>VirtualDropdown`); `choose(i)`: the user picked
 *   option i; `visible()`: which option indices to list; `display()`: the input's text when closed;
 *   `filterMode()`: Streamlit's filter_mode (null: no typing); `bulk(count, searching)`: the label of a
 *   first row that chooses every listed option ("Select all"), or null; `chooseAll(indices)`: it was picked;
 *   `empty()`: what the list says when nothing is listed (an option that cannot be picked, as in 1.67);
 *   `closeOnPick`: false keeps the list open after a pick (multiselect)
 */
export function combobox({ testid, choose, visible, display, filterMode = () => "fuzzy", bulk = () => null, chooseAll = () => {},
  dropdownTestid = `${testid}VirtualDropdown`, empty = () => "No results", closeOnPick = true }) {
  const listId = uniqueId("wl-listbox");
  const input = h("input", {
    type: "text", role: "combobox", "aria-expanded": "false",
    "aria-autocomplete": "list", autocomplete: "off", class: "wl-combo-input",
  });
  const list = h("ul", { role: "listbox", id: listId, "data-testid": dropdownTestid, class: "wl-listbox" });
  // In the document only while open (1.67's popup is too): a test's `[data-baseweb=popover] li`
  // or `locator("[role=option]")` finds the open list's options, never a closed one's.
  const popover = h("div", { "data-baseweb": "popover", class: "wl-popover", hidden: true }, [list]);
  /** @type {unknown[]} */
  let options = [];
  let highlight = -1;

  /** @type {number[]} the options the bulk row chooses (the last ones listed) */
  let lastFound = [];
  /** The listed option indices, best match first; a bulk row (-1) before them when offered. */
  const render = () => {
    const filter = input.dataset.filtering === "1" ? input.value.trim().toLowerCase() : "";
    const mode = filterMode() || "fuzzy";
    const scored = visible().map((i) => [i, matchScore(filter, String(options[i]), mode)]).filter(([, score]) => score >= 0);
    if (filter && mode === "fuzzy") scored.sort((a, b) => a[1] - b[1]);
    const found = scored.map(([i]) => i);
    const bulkLabel = found.length ? bulk(found.length, !!filter) : null;
    const items = bulkLabel ? [-1, ...found] : found;
    list.replaceChildren(...items.map((i, pos) => h("li", {
      role: "option", "data-index": String(i), id: `${listId}-${i < 0 ? "all" : i}`,
      "aria-selected": pos === highlight ? "true" : "false", class: i < 0 ? "wl-option wl-bulk-option" : "wl-option",
    }, [i < 0 ? String(bulkLabel) : String(options[i])])));
    if (!items.length) list.append(h("li", { role: "option", class: "wl-option wl-no-results", "aria-disabled": "true" }, [empty()]));
    setAttr(input, "aria-activedescendant", items[highlight] !== undefined ? `${listId}-${items[highlight] < 0 ? "all" : items[highlight]}` : null);
    lastFound = found;
    return items;
  };
  const open = () => {
    if (!popover.hidden) return;
    input.parentElement?.append(popover);
    popover.hidden = false;
    setAttr(input, "aria-expanded", "true");
    setAttr(input, "aria-controls", listId);
    highlight = -1;
    render();
  };
  const close = () => {
    popover.hidden = true;
    popover.remove();
    setAttr(input, "aria-expanded", "false");
    setAttr(input, "aria-controls", null);
    delete input.dataset.filtering;
    input.value = display();
  };
  const pick = (i) => {
    const all = lastFound;
    if (closeOnPick) close();
    else {  // 1.67's multiselect stays open for the next pick, its filter cleared
      delete input.dataset.filtering;
      highlight = -1;
    }
    if (i < 0) chooseAll(all);
    else choose(i);
    input.value = display();
    if (!popover.hidden) render();
  };

  // A click in the field opens the list and never closes it (1.67); the chevron, Escape or leaving close it.
  input.addEventListener("mousedown", () => { if (hasFocus(input)) open(); });
  // Streamlit 1.67's "Open" button (the chevron): out of the tab order; focus stays in the input.
  const opener = h("button", { type: "button", "aria-label": "Open", tabindex: "-1", class: "wl-combo-open" });
  opener.addEventListener("mousedown", (ev) => {
    ev.preventDefault();
    if (input.disabled) return;
    if (!hasFocus(input)) input.focus();
    else if (popover.hidden) open();
    else close();
  });
  input.addEventListener("focus", open);
  input.addEventListener("blur", close);
  // filter_mode=None: the options are not filtered and the input takes no typing.
  input.addEventListener("beforeinput", (ev) => { if (filterMode() === null) ev.preventDefault(); });
  input.addEventListener("input", () => {
    input.dataset.filtering = "1";
    highlight = 0;
    popover.hidden ? open() : render();
  });
  input.addEventListener("keydown", (ev) => {
    if (ev.key === "ArrowDown" || ev.key === "ArrowUp") {
      ev.preventDefault();
      open();
      const n = render().length;
      if (n) highlight = (highlight + (ev.key === "ArrowDown" ? 1 : n - 1)) % n;
      render();
    } else if (ev.key === "Enter") {
      const items = render();
      if (!popover.hidden && items[highlight] !== undefined) { ev.preventDefault(); pick(items[highlight]); }
    } else if (ev.key === "Escape") {
      close();
    }
  });
  // mousedown, not click: keep focus in the input so blur does not close first.
  list.addEventListener("mousedown", (ev) => {
    ev.preventDefault();
    const li = closestTarget(ev, 'li[role="option"]');
    if (li && li.getAttribute("aria-disabled") !== "true") pick(Number(li.dataset.index));
  });

  return {
    input, opener,
    setOptions(next) { options = next; if (!popover.hidden) render(); },
    refresh() { if (popover.hidden) input.value = display(); else render(); },
  };
}

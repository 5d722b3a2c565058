// The combobox of selectbox and multiselect: an `input[role=combobox]` that
// filters a popup `role=listbox` of `role=option`s (keyboard: arrows, Enter,
// Escape). Which options are listed and what choosing one does is the
// widget's.
import { h, setAttr, uniqueId, hasFocus, closestTarget } from "./dom.js";

/**
 * The shared combobox: input + popup listbox.
 * @param {{testid: string, choose: (index: number) => void, visible: () => number[], display: () => string}} how
 *   `testid`: the widget's (the listbox is `<testid>VirtualDropdown`); `choose(i)`: the user picked
 *   option i; `visible()`: which option indices to list; `display()`: the input's text when closed
 */
export function combobox({ testid, choose, visible, display }) {
  const listId = uniqueId("wl-listbox");
  const input = h("input", {
    type: "text", role: "combobox", "aria-expanded": "false", "aria-controls": listId,
    "aria-autocomplete": "list", autocomplete: "off", class: "wl-combo-input",
  });
  const list = h("ul", { role: "listbox", id: listId, "data-testid": `${testid}VirtualDropdown`, class: "wl-listbox" });
  const popover = h("div", { "data-baseweb": "popover", class: "wl-popover", hidden: true }, [list]);
  /** @type {unknown[]} */
  let options = [];
  let highlight = -1;

  const render = () => {
    const filter = input.dataset.filtering === "1" ? input.value.trim().toLowerCase() : "";
    const items = visible().filter((i) => !filter || String(options[i]).toLowerCase().includes(filter));
    list.replaceChildren(...items.map((i, pos) => h("li", {
      role: "option", "data-index": String(i), id: `${listId}-${i}`,
      "aria-selected": pos === highlight ? "true" : "false", class: "wl-option",
    }, [String(options[i])])));
    if (!items.length) list.append(h("li", { class: "wl-option wl-no-results", "aria-disabled": "true" }, ["No results"]));
    setAttr(input, "aria-activedescendant", items[highlight] !== undefined ? `${listId}-${items[highlight]}` : null);
    return items;
  };
  const open = () => {
    if (!popover.hidden) return;
    popover.hidden = false;
    setAttr(input, "aria-expanded", "true");
    highlight = -1;
    render();
  };
  const close = () => {
    popover.hidden = true;
    setAttr(input, "aria-expanded", "false");
    delete input.dataset.filtering;
    input.value = display();
  };
  const pick = (i) => {
    close();
    choose(i);
    input.value = display();
  };

  input.addEventListener("mousedown", () => { if (hasFocus(input)) (popover.hidden ? open() : close()); });
  input.addEventListener("focus", open);
  input.addEventListener("blur", close);
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
    if (li) pick(Number(li.dataset.index));
  });

  return {
    input, popover,
    setOptions(next) { options = next; if (!popover.hidden) render(); },
    refresh() { if (popover.hidden) input.value = display(); else render(); },
  };
}

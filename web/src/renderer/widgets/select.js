// selectbox and multiselect: an `input[role=combobox]` that filters a
// `role=listbox` of `role=option`s, committed when an option is chosen.
import { h, setAttr, setText, uniqueId, hasFocus } from "../dom.js";
import { widgetLabel, updateLabel, setDisabled, plainLabel } from "./common.js";

/**
 * The shared combobox: input + popup listbox. `choose(i)` is called with the
 * option index the user picked; `visible()` says which indices to list.
 */
function combobox({ testid, choose, visible, display }) {
  const listId = uniqueId("wl-listbox");
  const input = h("input", {
    type: "text", role: "combobox", "aria-expanded": "false", "aria-controls": listId,
    "aria-autocomplete": "list", autocomplete: "off", class: "wl-combo-input",
  });
  const list = h("ul", { role: "listbox", id: listId, "data-testid": `${testid}VirtualDropdown`, class: "wl-listbox" });
  const popover = h("div", { "data-baseweb": "popover", class: "wl-popover", hidden: true }, [list]);
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
    const li = ev.target.closest('li[role="option"]');
    if (li) pick(Number(li.dataset.index));
  });

  return {
    input, popover,
    setOptions(next) { options = next; if (!popover.hidden) render(); },
    refresh() { if (popover.hidden) input.value = display(); else render(); },
  };
}

function selectbox(node, ctx) {
  let current = node;
  let value = null; // index shown on the page
  const label = widgetLabel();
  const box = combobox({
    testid: "stSelectbox",
    choose: (i) => { value = i; ctx.commit(current, i); },
    visible: () => (current.props.options || []).map((_, i) => i),
    display: () => (value === null || value === undefined ? "" : String((current.props.options || [])[value] ?? "")),
  });
  const el = h("div", { class: "row-widget stSelectbox", "data-testid": "stSelectbox" }, [
    label, h("div", { "data-baseweb": "select", class: "wl-select" }, [box.input, box.popover]),
  ]);
  return {
    el,
    update(n) {
      current = n;
      const p = n.props;
      updateLabel(label, p);
      setAttr(box.input, "aria-label", plainLabel(p));
      setAttr(box.input, "placeholder", p.placeholder || "Choose an option");
      if (!ctx.holds(n)) value = p.value ?? null;
      box.setOptions(p.options || []);
      box.refresh();
      setDisabled([box.input], p.disabled);
    },
  };
}

function multiselect(node, ctx) {
  let current = node;
  let value = [];
  const label = widgetLabel();
  const chips = h("div", { class: "wl-chips" });
  const clear = h("span", { role: "button", "aria-label": "Clear all", tabindex: "0", class: "wl-clear", hidden: true }, ["×"]);
  const commit = (next) => { value = next; ctx.commit(current, next); drawChips(); box.refresh(); };
  const box = combobox({
    testid: "stMultiSelect",
    choose: (i) => {
      const max = current.props.max_selections;
      if (!value.includes(i) && !(max && value.length >= max)) commit([...value, i]);
    },
    visible: () => (current.props.options || []).map((_, i) => i).filter((i) => !value.includes(i)),
    display: () => "",
  });
  const drawChips = () => {
    const options = current.props.options || [];
    chips.replaceChildren(...value.map((i) => h("span", { "data-baseweb": "tag", class: "wl-chip" }, [
      h("span", { class: "wl-chip-text" }, [String(options[i] ?? "")]),
      h("span", { role: "button", "aria-label": `Delete ${options[i] ?? ""}`, "data-index": String(i), class: "wl-chip-x", tabindex: "-1" }, ["×"]),
    ])));
    clear.hidden = value.length === 0;
  };
  chips.addEventListener("click", (ev) => {
    const x = ev.target.closest(".wl-chip-x");
    if (x && !current.props.disabled) commit(value.filter((i) => i !== Number(x.dataset.index)));
  });
  clear.addEventListener("click", () => { if (!current.props.disabled) commit([]); });
  const el = h("div", { class: "row-widget stMultiSelect", "data-testid": "stMultiSelect" }, [
    label, h("div", { "data-baseweb": "select", class: "wl-select wl-multi" }, [chips, box.input, clear, box.popover]),
  ]);
  return {
    el,
    update(n) {
      current = n;
      const p = n.props;
      updateLabel(label, p);
      setAttr(box.input, "aria-label", plainLabel(p));
      setAttr(box.input, "placeholder", p.placeholder || "Choose options");
      if (!ctx.holds(n)) value = Array.isArray(p.value) ? [...p.value] : [];
      box.setOptions(p.options || []);
      drawChips();
      box.refresh();
      setDisabled([box.input], p.disabled);
    },
  };
}

export const SELECT_VIEWS = { selectbox, multiselect };

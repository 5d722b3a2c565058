// st.multiselect: chips for the chosen options and a combobox for the rest;
// the committed value is the list of chosen indices.
import { h, setAttr, closestTarget } from "../dom.js";
import { combobox } from "../combobox.js";
import { widgetView } from "../widget_view.js";

/** @type {import("../index.js").ViewFactory} */
function multiselect(node, ctx) {
  /** @type {number[]} */
  let value = [];
  // Streamlit 1.67's tags: stMultiSelectTagsContainer > group "Selected values" > a tag per choice.
  const chips = h("div", { role: "group", "aria-label": "Selected values", class: "wl-chips" });
  const tags = h("div", { "data-testid": "stMultiSelectTagsContainer", class: "wl-tags" }, [chips]);
  const clear = h("span", { role: "button", "aria-label": "Clear all", tabindex: "0", class: "wl-clear", hidden: true });
  const options = () => view.node.props.options || [];
  const atMax = () => !!view.node.props.max_selections && value.length >= view.node.props.max_selections;
  /** @param {number[]} next */
  const commit = (next) => { value = next; ctx.commit(view.node, next); drawChips(); box.refresh(); };
  const box = combobox({
    testid: "stMultiSelect", dropdownTestid: "stMultiSelectDropdown", closeOnPick: false,
    choose: (i) => {
      const max = view.node.props.max_selections;
      if (!value.includes(i) && !(max && value.length >= max)) commit([...value, i]);
    },
    // At max_selections nothing more is listed, and the list says why (1.67's words).
    visible: () => (atMax() ? [] : options().map((_, i) => i).filter((i) => !value.includes(i))),
    empty: () => {
      const max = view.node.props.max_selections;
      return atMax() ? `You can only select up to ${max} ${max === 1 ? "option" : "options"}. Remove an option first.` : "No results";
    },
    display: () => "",
    filterMode: () => (view.node.props.filter_mode === undefined ? "fuzzy" : view.node.props.filter_mode),
    // Streamlit 1.67's bulk row: "Select all" (or "Select N matches" while searching) when two or more
    // options are left and no more than `select_all` (1000 by default; -1 always), unless the maximum is reached.
    bulk: (count, searching) => {
      const threshold = view.node.props.select_all ?? 1000;
      const max = view.node.props.max_selections;
      if (count < 2 || (max && value.length >= max) || !(threshold === -1 || (threshold > 0 && count <= threshold))) return null;
      return searching ? `Select ${count} matches` : "Select all";
    },
    chooseAll: (indices) => {
      const max = view.node.props.max_selections;
      const next = [...value, ...indices.filter((i) => !value.includes(i))];
      commit(max ? next.slice(0, max) : next);
    },
  });
  const drawChips = () => {
    chips.replaceChildren(...value.map((i, at) => {
      const text = String(options()[i] ?? "");
      return h("span", { "data-baseweb": "tag", "data-tag": "", "data-tag-index": String(at), "aria-label": text, class: "wl-chip" }, [
        h("span", { class: "wl-chip-text", title: text }, [text]),
        h("span", { role: "button", "aria-label": `Remove ${text}`, "data-index": String(i), class: "wl-chip-x", tabindex: "-1" }),
      ]);
    }));
    chips.hidden = value.length === 0;
    clear.hidden = value.length === 0 || !!view.node.props.disabled;
  };
  chips.addEventListener("click", (ev) => {
    const x = closestTarget(ev, ".wl-chip-x");
    if (x && !view.node.props.disabled) commit(value.filter((i) => i !== Number(x.dataset.index)));
  });
  clear.addEventListener("click", () => { if (!view.node.props.disabled) commit([]); });
  const view = widgetView(node, ctx, {
    testid: "stMultiSelect", className: "row-widget stMultiSelect",
    body: [h("div", { "data-baseweb": "select", class: "wl-select wl-multi" }, [tags, box.input, clear, box.opener])],
    named: () => [box.input], controls: () => [box.input, box.opener],
    update({ props: p }, takeValue) {
      setAttr(box.input, "placeholder", p.placeholder || "Choose options");
      if (takeValue) value = Array.isArray(p.value) ? [...p.value] : [];
      box.setOptions(p.options || []);
      drawChips();
      box.refresh();
    },
  });
  return view;
}

export const views = { multiselect };

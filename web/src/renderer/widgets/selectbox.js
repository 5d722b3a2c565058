// st.selectbox: a combobox; the committed value is the chosen option's index.
import { h, setAttr } from "../dom.js";
import { combobox } from "../combobox.js";
import { setIcon } from "../markdown_html.js";
import { widgetView } from "../widget_view.js";

/** @type {import("../index.js").ViewFactory} */
function selectbox(node, ctx) {
  /** @type {number | null} the index shown on the page */
  let value = null;
  const options = () => view.node.props.options || [];
  const box = combobox({
    testid: "stSelectbox",
    choose: (i) => { value = i; paintClear(); ctx.commit(view.node, i); },
    visible: () => options().map((_, i) => i),
    display: () => (value === null || value === undefined ? "" : String(options()[value] ?? "")),
    filterMode: () => (view.node.props.filter_mode === undefined ? "fuzzy" : view.node.props.filter_mode),
  });
  // `icon` (1.67): inside the field, left of the value.
  const icon = h("span", { class: "wl-select-icon", "data-testid": "stSelectboxIcon", "aria-hidden": "true", hidden: true });
  // Streamlit 1.67's "Clear value": only for a selectbox that starts empty (index=None), is
  // not required and holds a value.
  const clear = h("button", { type: "button", "aria-label": "Clear value", class: "wl-clear", hidden: true });
  const paintClear = () => {
    const p = view.node.props;
    clear.hidden = !p.clearable || !!p.disabled || value === null || value === undefined;
  };
  clear.addEventListener("click", () => {
    if (clear.hidden) return;
    value = null;
    box.input.value = "";
    paintClear();
    ctx.commit(view.node, null);
  });
  // 1.67's error icon in the field while its form refuses a required selectbox left blank.
  const errorIcon = h("span", { class: "wl-select-error", "data-testid": "stSelectboxErrorIcon", tabindex: "0", hidden: true }, ["!"]);
  const view = widgetView(node, ctx, {
    testid: "stSelectbox", className: "row-widget stSelectbox", errorIcon,
    body: [h("div", { "data-baseweb": "select", class: "wl-select" }, [icon, box.input, errorIcon, clear, box.opener])],
    named: () => [box.input], controls: () => [box.input, box.opener],
    update({ props: p }, takeValue) {
      setAttr(box.input, "placeholder", p.placeholder || "Choose an option");
      icon.hidden = !p.icon;
      setIcon(icon, p.icon || "");
      if (takeValue) value = p.value ?? null;
      box.setOptions(p.options || []);
      box.refresh();
      paintClear();
    },
  });
  return view;
}

export const views = { selectbox };

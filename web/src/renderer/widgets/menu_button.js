// st.menu_button: a button that opens a menu of options; choosing one is a
// click carrying the option's index (the widget returns it for one run).
import { h, setAttr, closestTarget } from "../dom.js";
import { setIcon, setMarkdown } from "../markdown_html.js";
import { widgetView } from "../widget_view.js";

/** @type {import("../index.js").ViewFactory} */
function menuButton(node, ctx) {
  const icon = h("span", { class: "wl-icon", hidden: true });
  const text = h("div", { "data-testid": "stMarkdownContainer" });
  const caret = h("span", { class: "wl-menu-caret", "aria-hidden": "true" });
  setIcon(caret, ":material/expand_more:");
  const button = h("button", { type: "button", class: "wl-button", "data-testid": "stMenuButtonButton", "aria-haspopup": "menu", "aria-expanded": "false" }, [icon, text, caret]);
  const list = h("div", { role: "menu", class: "wl-menu-button-list", "data-testid": "stMenuButtonBody", hidden: true });
  const open = (/** @type {boolean} */ yes) => {
    setAttr(list, "hidden", !yes);
    setAttr(button, "aria-expanded", yes ? "true" : "false");
  };
  const view = widgetView(node, ctx, {
    testid: "stMenuButton", body: [button, list], label: null, helpOn: button, controls: () => [button],
    update({ props }) {
      setMarkdown(text, props.label ?? "", { inline: true });
      setAttr(list, "aria-label", props.label || null);
      setAttr(icon, "hidden", !props.icon);
      if (props.icon) setIcon(icon, props.icon);
      setAttr(button, "data-kind", props.kind || "secondary");
      button.classList.toggle("wl-wide", !!props.use_container_width);
      const options = props.options || [];
      list.replaceChildren(...options.map((/** @type {string} */ opt, /** @type {number} */ i) => {
        const item = h("button", { type: "button", role: "menuitem", class: "wl-menu-item", "data-index": String(i) }, [h("span", { "data-testid": "stMarkdownContainer" })]);
        setMarkdown(/** @type {HTMLElement} */ (item.firstChild), opt, { inline: true });
        return item;
      }));
    },
  });
  button.addEventListener("click", () => open(!!list.hidden));
  list.addEventListener("click", (ev) => {
    const item = closestTarget(ev, "[role=menuitem]");
    if (!item) return;
    open(false);
    ctx.click(view.node, Number(item.getAttribute("data-index")));
  });
  view.el.addEventListener("keydown", (ev) => { if (ev.key === "Escape") { open(false); button.focus(); } });
  // A click anywhere else closes the menu (composedPath: inside a mount()'s shadow root too).
  const outside = (/** @type {Event} */ ev) => { if (!ev.composedPath().includes(view.el)) open(false); };
  document.addEventListener("click", outside);
  view.destroy = () => document.removeEventListener("click", outside);
  return view;
}

export const views = { menu_button: menuButton };

// st.dialog: a modal over the page (role=dialog, aria-modal, stDialog).
// Opening it moves focus into it, and Tab stays inside until it closes; a
// dismissible dialog closes with Escape, its close button or a click on the
// backdrop, and then focus goes back where it was. A new `opened` (the run
// that opened it) shows it again. Dismissing one made with `on_dismiss`
// clicks its trigger widget (props.widget_id): the app reruns.
import { h, setAttr } from "../dom.js";
import { setIcon, setMarkdown } from "../markdown_html.js";
import { verticalHost } from "./layouts.js";

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

let titles = 0;

/** @type {import("../index.js").ViewFactory} */
function dialog(node, ctx) {
  titles += 1;
  const titleId = `wl-dialog-title-${titles}`;
  const title = h("h2", { id: titleId, class: "wl-dialog-title", "data-testid": "stDialogTitle" });
  // `icon` (1.67): before the title, outside its accessible name.
  const icon = h("span", { class: "wl-dialog-icon", "data-testid": "stDialogIcon", "aria-hidden": "true", hidden: true });
  const close = h("button", { type: "button", class: "wl-dialog-close", "aria-label": "Close", "data-testid": "stDialogCloseButton" }, ["✕"]);
  const host = verticalHost();
  const box = h("div", {
    role: "dialog", "aria-modal": "true", "aria-labelledby": titleId, "data-testid": "stDialog", class: "stDialog wl-modal",
    tabindex: "-1",
  }, [h("div", { class: "wl-dialog-header" }, [icon, title, close]), h("div", { class: "wl-dialog-content" }, [host])]);
  const el = h("div", { class: "wl-backdrop wl-modal-backdrop", hidden: true }, [box]);
  let current = node;
  /** @type {Element | null} */
  let returnFocus = null;

  const focusables = () => /** @type {HTMLElement[]} */ ([...box.querySelectorAll(FOCUSABLE)]).filter((e) => !e.closest("[hidden]"));
  const show = () => {
    const active = document.activeElement;
    returnFocus = active && !box.contains(active) ? active : returnFocus;
    el.hidden = false;
    // Focus the first field in the dialog (else the dialog itself), once its content is in.
    queueMicrotask(() => {
      if (el.hidden) return;
      const first = focusables().find((e) => e !== close) || box;
      first.focus({ preventScroll: true });
    });
  };
  const hide = () => {
    if (el.hidden) return;
    el.hidden = true;
    if (returnFocus instanceof HTMLElement && returnFocus.isConnected) returnFocus.focus({ preventScroll: true });
    returnFocus = null;
  };
  const dismiss = () => {
    if (!current.props.dismissible || el.hidden) return;
    hide();
    if (current.props.on_dismiss && current.props.widget_id) ctx.click({ ...current, id: String(current.props.widget_id) });
  };
  close.addEventListener("click", dismiss);
  el.addEventListener("mousedown", (ev) => { if (ev.target === el) dismiss(); });
  el.addEventListener("keydown", (ev) => {
    if (ev.key === "Escape") {
      ev.stopPropagation();
      ev.preventDefault();
      dismiss();
      return;
    }
    if (ev.key !== "Tab") return;
    const items = focusables();
    if (!items.length) {
      ev.preventDefault();
      box.focus();
      return;
    }
    const first = items[0];
    const last = items[items.length - 1];
    const now = /** @type {Element | null} */ (box.getRootNode() instanceof ShadowRoot ? /** @type {ShadowRoot} */ (box.getRootNode()).activeElement : document.activeElement);
    if (ev.shiftKey && (now === first || now === box)) {
      ev.preventDefault();
      last.focus();
    } else if (!ev.shiftKey && now === last) {
      ev.preventDefault();
      first.focus();
    }
  });
  return {
    el, host,
    update(n, prev) {
      current = n;
      const p = n.props;
      setMarkdown(title, String(p.title ?? ""), { inline: true });
      const pixels = typeof p.width === "number" && p.width > 0;
      setAttr(box, "data-width", pixels ? "custom" : p.width || "small");
      box.style.maxWidth = pixels ? `${p.width}px` : "";
      close.hidden = !p.dismissible;
      setIcon(icon, p.icon || "");
      icon.hidden = !p.icon;
      // `position` "left"/"right" (1.67): a full-height drawer at that side of the viewport.
      setAttr(el, "data-position", p.position === "left" || p.position === "right" ? p.position : null);
      setAttr(el, "data-dismissible", p.dismissible ? "true" : "false");
      if (!prev || prev.props.opened !== p.opened) show();
    },
    destroy() {
      hide();
    },
  };
}

export const views = { dialog };

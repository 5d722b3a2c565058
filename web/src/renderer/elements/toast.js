// st.toast, as Streamlit 1.67 shows it: every toast of the app stacks in one
// `stToastContainer` region over the page's top-right corner (newest on top),
// each for its duration (hovering the region pauses them) or until its Close
// button. The toast element itself draws nothing where it stands.
//
// A toast is identified by its node id (its place in the page). Each run that
// calls st.toast again (a new `run` prop) shows it again if it is gone; one
// still on screen with the same text keeps its remaining time, one whose text
// changed is replaced (`msg.toast("Ready!")`). `duration` null stays until closed.
// The region is the page's EVENT root (shell.html's stToastContainer) when the
// toast is drawn there, else one made for the document or shadow root.
import { h, setText, svgIcon } from "../dom.js";
import { ICONS } from "../icon_paths.js";
import { setIcon, setMarkdown } from "../markdown_html.js";

/** Lines of text a toast shows before "view more". */
const CLAMP_LINES = 3;

/**
 * @typedef {{key: string, item: HTMLElement, timer: Timer | null}} Shown
 */

/** A timeout that can pause while the pointer is over the toasts. */
class Timer {
  /** @param {() => void} done @param {number} ms */
  constructor(done, ms) {
    this.done = done;
    this.remaining = ms;
    this.started = 0;
    this.id = 0;
    this.resume();
  }
  pause() {
    if (!this.id) return;
    clearTimeout(this.id);
    this.id = 0;
    this.remaining -= performance.now() - this.started;
  }
  resume() {
    if (this.id) return;
    this.started = performance.now();
    this.id = setTimeout(this.done, Math.max(0, this.remaining));
  }
  cancel() {
    clearTimeout(this.id);
    this.id = 0;
  }
}

/** One region per document or shadow root, and the toasts it shows, by node id. */
const regions = new WeakMap();

/**
 * The region the toasts near `anchor` stack in: the page's EVENT root (shell.html's
 * stToastContainer) when the toast is drawn there, else one made for its document or shadow root.
 * @param {Node} anchor @returns {{list: HTMLElement, shown: Map<string, Shown>, region: HTMLElement, made: boolean}}
 */
function regionFor(anchor) {
  const root = anchor.getRootNode();
  const host = anchor instanceof Element ? anchor.closest('[data-testid="stToastContainer"]') : null;
  const owner = host ?? (root instanceof ShadowRoot ? root : document);
  let r = regions.get(owner);
  // A region made here goes again when its page is redrawn; the EVENT root stays the page's.
  if (!r || (!host && !r.region.isConnected)) {
    const list = h("ol", { class: "wl-toast-list" });
    const region = /** @type {HTMLElement} */ (host) ?? h("div", {
      "data-testid": "stToastContainer", class: "stToastContainer wl-toast-container", tabindex: "-1",
    });
    region.append(list);
    const shown = new Map();
    region.addEventListener("pointerenter", () => { for (const s of shown.values()) s.timer?.pause(); });
    region.addEventListener("pointerleave", () => { for (const s of shown.values()) s.timer?.resume(); });
    r = { list, shown, region, made: !host };
    regions.set(owner, r);
  }
  if (!host && !r.region.isConnected) (owner instanceof ShadowRoot ? owner : document.body).append(r.region);
  r.region.setAttribute("role", "region");
  r.region.setAttribute("aria-label", "Notifications");
  return r;
}

/**
 * @param {{list: HTMLElement, shown: Map<string, Shown>, region: HTMLElement, made: boolean}} r @param {string} id
 */
function closeToast(r, id) {
  const s = r.shown.get(id);
  if (!s) return;
  s.timer?.cancel();
  s.item.remove();
  r.shown.delete(id);
  if (r.shown.size > 0) return;
  // Labelled while it holds toasts, as Streamlit's region (an empty page has no such landmark).
  // The page's EVENT root stays: it also holds the app's dialogs.
  if (r.made) r.region.remove();
  else {
    r.region.removeAttribute("role");
    r.region.removeAttribute("aria-label");
  }
}

/**
 * A toast card (Streamlit's DOM: stToast > icon + stToastText + "view more"; Close).
 * @param {Record<string, any>} props @param {() => void} onClose
 */
function card(props, onClose) {
  const text = h("div", { "data-testid": "stToastText", class: "wl-toast-text" }, [h("div", { "data-testid": "stMarkdownContainer" })]);
  setMarkdown(/** @type {HTMLElement} */ (text.firstChild), props.body ?? "", { inline: true });
  const more = h("button", { type: "button", "data-testid": "stToastViewButton", class: "wl-toast-more" }, ["view more"]);
  const content = h("div", { class: "wl-toast-content" }, [text]);
  /** @type {HTMLElement | null} */
  let icon = null;
  if (props.icon) {
    // An emoji or a :material/name: icon, drawn as markdown draws icons.
    const glyph = h("span", { "data-testid": "stToastDynamicIcon", "aria-hidden": "true" });
    setIcon(glyph, String(props.icon));
    icon = h("span", { class: "wl-toast-icon" }, [glyph]);
  }
  const close = h("button", { type: "button", "aria-label": "Close", class: "wl-toast-close" }, [svgIcon(ICONS.close, "1.25rem")]);
  close.addEventListener("click", onClose);
  const el = h("div", { "data-testid": "stToast", class: "stToast wl-toast", role: "alertdialog", "aria-modal": "false", tabindex: "0" }, [
    h("div", { class: "wl-toast-main" }, [icon, content]), close,
  ]);
  let expanded = false;
  more.addEventListener("click", () => {
    expanded = !expanded;
    text.classList.toggle("wl-clamped", !expanded);
    setText(more, expanded ? "view less" : "view more");
  });
  // "view more" only when the text is longer than three lines (measured once shown).
  requestAnimationFrame(() => {
    const lineHeight = Number.parseFloat(getComputedStyle(text).lineHeight) || 20;
    if (text.scrollHeight > lineHeight * CLAMP_LINES + 1) {
      text.classList.add("wl-clamped");
      content.append(more);
    }
  });
  return el;
}

/** @type {import("../index.js").ViewFactory} */
function toast(node) {
  const el = h("div", { class: "wl-toast-anchor", hidden: true });
  const id = node.id;
  /** @param {Record<string, any>} props */
  const show = (props) => {
    const r = regionFor(el.isConnected ? el : document.body);
    const key = JSON.stringify([props.body, props.icon, props.duration]);
    const current = r.shown.get(id);
    if (current && current.key === key) return; // still on screen: keeps its time
    if (current) closeToast(r, id);
    const item = h("li", { class: "wl-toast-item" }, [card(props, () => closeToast(r, id))]);
    const seconds = props.duration === null ? 0 : Number(props.duration ?? 4);
    const timer = seconds > 0 ? new Timer(() => closeToast(r, id), seconds * 1000) : null;
    r.shown.set(id, { key, item, timer });
    r.list.prepend(item); // newest first, as in Streamlit's list
  };
  return {
    el,
    // Shown once the renderer has placed the element, so the region goes into
    // the app's own document or shadow root.
    update({ props }) { queueMicrotask(() => show(props)); },
  };
}

export const views = { toast };

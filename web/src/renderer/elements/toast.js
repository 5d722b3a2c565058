// st.toast: a notification in the top-right corner (the EVENT root's
// stToastContainer), newest last. It shows for its `duration` (seconds; null
// stays until closed), pauses while hovered, and has a close button. A new
// `seq` (a later run) shows it again. When a later run no longer draws it, the
// toast still finishes its time, as in Streamlit.
import { h, setText } from "../dom.js";
import { setMarkdown } from "../markdown_html.js";

/** @type {import("../index.js").ViewFactory} */
function toast() {
  const body = h("div", { "data-testid": "stMarkdownContainer", class: "wl-toast-body" });
  const icon = h("span", { "data-testid": "stToastDynamicIcon", class: "wl-icon", "aria-hidden": "true" });
  const close = h("button", { type: "button", class: "wl-toast-close", "aria-label": "Close", "data-testid": "stToastCloseButton" }, ["✕"]);
  const card = h("div", { class: "stToast wl-toast", "data-testid": "stToast", role: "status", "aria-live": "polite" }, [icon, body, close]);
  const el = h("div", { class: "wl-toast-slot" }, [card]);
  let timer = 0;
  let ms = /** @type {number | null} */ (4000);
  let left = 0;
  let started = 0;
  const hide = () => {
    clearTimeout(timer);
    card.hidden = true;
    if (!el.isConnected || card.parentElement !== el) card.parentElement?.remove();
  };
  const arm = (delay) => {
    clearTimeout(timer);
    if (delay === null) return;
    left = delay;
    started = performance.now();
    timer = setTimeout(hide, delay);
  };
  card.addEventListener("mouseenter", () => {
    clearTimeout(timer);
    if (ms !== null) left = Math.max(0, left - (performance.now() - started));
  });
  card.addEventListener("mouseleave", () => { if (ms !== null && !card.hidden) arm(Math.max(left, 1000)); });
  close.addEventListener("click", hide);
  return {
    el,
    update({ props }, prev) {
      setMarkdown(body, props.body, { inline: true });
      setText(icon, props.icon ? String(props.icon) : "");
      ms = props.duration === null || props.duration === undefined ? (prev ? ms : 4000) : Number(props.duration) * 1000;
      if (props.duration === null) ms = null;
      if (!prev || prev.props.seq !== props.seq || prev.props.body !== props.body || card.hidden) {
        card.hidden = false;
        arm(ms);
      }
    },
    destroy() {
      // The run that dropped it is not the user closing it: let it finish its time.
      if (card.hidden) return;
      const container = el.parentElement?.parentElement;
      if (!container) return;
      const lingering = h("div", { class: "wl-toast-slot" }, [card]);
      container.append(lingering);
      if (ms === null) return;
      const remaining = Math.max(0, left - (performance.now() - started));
      clearTimeout(timer);
      timer = setTimeout(() => lingering.remove(), remaining);
    },
  };
}

export const views = { toast };

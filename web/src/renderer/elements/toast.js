// st.toast: shown over the page's corner, gone after a few seconds.
import { h } from "../dom.js";
import { setIcon, setMarkdown } from "../markdown_html.js";

/** @type {import("../index.js").ViewFactory} */
function toast() {
  const body = h("div", { "data-testid": "stMarkdownContainer" });
  const icon = h("span", { "data-testid": "stToastDynamicIcon", class: "wl-icon" });
  const card = h("div", { class: "stToast wl-toast", "data-testid": "stToast", role: "status" }, [icon, body]);
  const el = h("div", { "data-testid": "stToastContainer", class: "wl-toast-container" }, [card]);
  let timer = 0;
  return {
    el,
    update({ props }) {
      setMarkdown(body, props.body, { inline: true });
      setIcon(icon, props.icon || "");
      card.hidden = false;
      clearTimeout(timer);
      timer = setTimeout(() => { card.hidden = true; }, 4000);
    },
    destroy() { clearTimeout(timer); },
  };
}

export const views = { toast };

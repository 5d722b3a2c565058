// st.html: the app's HTML, sanitized (app content never runs script). Its
// <style> applies to the app, as in Streamlit (inside a mount()'s shadow root,
// to that app only); an st.html that holds only styles takes no room.
import { h } from "../dom.js";
import DOMPurify from "../../vendor/purify.es.mjs";

const PURIFY = { USE_PROFILES: { html: true }, ADD_TAGS: ["style"], FORBID_TAGS: ["script", "form"], FORCE_BODY: true };

/** @type {import("../index.js").ViewFactory} */
function html() {
  const el = h("div", { class: "stHtml", "data-testid": "stHtml" });
  /** @type {string | null} */
  let shown = null;
  return {
    el,
    update({ props }) {
      const body = String(props.body ?? "");
      if (body === shown) return;
      shown = body;
      el.innerHTML = /** @type {string} */ (/** @type {unknown} */ (DOMPurify.sanitize(body, PURIFY)));
      const styleOnly = el.querySelector("style") !== null && [...el.childNodes].every((n) =>
        (n.nodeType === 1 && /** @type {Element} */ (n).tagName === "STYLE") || (n.nodeType === 3 && !n.textContent?.trim()));
      el.toggleAttribute("data-wl-style-only", styleOnly);
    },
  };
}

export const views = { html };

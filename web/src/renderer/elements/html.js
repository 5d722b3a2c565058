// st.html: the app's HTML, sanitized (its scripts run only with unsafe_allow_javascript). Its
// <style> applies to the app, as in Streamlit (inside a mount()'s shadow root,
// to that app only); an st.html that holds only styles takes no room.
import { h } from "../dom.js";
import DOMPurify from "../../vendor/purify.es.mjs";

const PURIFY = { USE_PROFILES: { html: true }, ADD_TAGS: ["style"], FORBID_TAGS: ["script", "form"], FORCE_BODY: true };
/** With unsafe_allow_javascript, as 1.67: script tags and their loading attributes stay (event handler attributes still go). */
const WITH_SCRIPTS = {
  ...PURIFY, ADD_TAGS: ["script", "style"], FORBID_TAGS: ["form"],
  ADD_ATTR: ["src", "type", "async", "defer", "nonce", "crossorigin", "referrerpolicy", "integrity"],
};

/** A script put in place by innerHTML never runs: each is replaced by a new one that does. @param {Element} el */
function runScripts(el) {
  for (const old of el.querySelectorAll("script")) {
    const script = document.createElement("script");
    for (const { name, value } of old.attributes) {
      try { script.setAttribute(name, value); } catch { /* an attribute the browser refuses */ }
    }
    if (!old.src) script.textContent = old.textContent;
    old.replaceWith(script);
  }
}

/** @type {import("../index.js").ViewFactory} */
function html() {
  const el = h("div", { class: "stHtml", "data-testid": "stHtml" });
  /** @type {string | null} */
  let shown = null;
  return {
    el,
    update({ props }) {
      const body = String(props.body ?? "");
      const scripts = props.unsafe_allow_javascript === true;
      if (`${scripts}|${body}` === shown) return;
      shown = `${scripts}|${body}`;
      el.innerHTML = /** @type {string} */ (/** @type {unknown} */ (DOMPurify.sanitize(body, scripts ? WITH_SCRIPTS : PURIFY)));
      if (scripts) runScripts(el);
      const styleOnly = el.querySelector("style") !== null && [...el.childNodes].every((n) =>
        (n.nodeType === 1 && /** @type {Element} */ (n).tagName === "STYLE") || (n.nodeType === 3 && !n.textContent?.trim()));
      el.toggleAttribute("data-wl-style-only", styleOnly);
    },
  };
}

export const views = { html };

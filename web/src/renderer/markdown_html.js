// Markdown -> sanitized HTML, for app content. As in Streamlit, raw HTML
// inside markdown shows as literal text unless the app passed
// unsafe_allow_html=True; either way the output goes through DOMPurify, so no
// script or event handler ever runs. This is the one place that produces HTML
// from markdown (dom.js: everything else is text or attributes).
import { Marked } from "../vendor/marked.esm.js";
import DOMPurify from "../vendor/purify.es.mjs";
import { h } from "./dom.js";

/** @param {string} s */
const escapeHtml = (s) =>
  String(s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);

// Two parser instances: raw HTML tokens either escaped (default) or kept.
const escaping = new Marked({ gfm: true, breaks: false }, {
  renderer: { html: (token) => escapeHtml(typeof token === "string" ? token : token.text) },
});
const permissive = new Marked({ gfm: true, breaks: false });

const PURIFY = { USE_PROFILES: { html: true }, FORBID_TAGS: ["style", "form"], ADD_ATTR: ["target"] };

/**
 * @typedef {{allowHtml?: boolean, inline?: boolean}} MarkdownOptions
 *   `allowHtml`: keep raw HTML (unsafe_allow_html); `inline`: no block elements (labels)
 */

/**
 * Render markdown to sanitized HTML.
 * @param {unknown} body @param {MarkdownOptions} [opts]
 * @returns {string}
 */
export function markdownToHtml(body, { allowHtml = false, inline = false } = {}) {
  const parser = allowHtml ? permissive : escaping;
  const text = body === null || body === undefined ? "" : String(body);
  // Without async extensions marked returns a string, never a promise.
  const html = /** @type {string} */ (inline ? parser.parseInline(text) : parser.parse(text));
  return DOMPurify.sanitize(html, PURIFY);
}

/** The source each element's markdown was last rendered from. */
const renderedFrom = new WeakMap();

/**
 * Set `el`'s content to rendered markdown, touching the DOM only when the
 * source changed (so selection and text nodes survive unchanged reruns).
 * @param {HTMLElement} el @param {unknown} body @param {MarkdownOptions} [opts]
 */
export function setMarkdown(el, body, opts = {}) {
  const sig = `${opts.allowHtml ? 1 : 0}${opts.inline ? 1 : 0}:${body ?? ""}`;
  if (renderedFrom.get(el) === sig) return;
  renderedFrom.set(el, sig);
  try {
    el.innerHTML = markdownToHtml(body, opts);
  } catch (err) {
    // The parser gave up (a huge text can exhaust its stack): show the text
    // itself rather than nothing.
    console.warn("wasmlit: markdown could not be rendered; showing it as text", err);
    el.replaceChildren(h(opts.inline ? "span" : "p", { class: "wl-markdown-fallback" }, [body === null || body === undefined ? "" : String(body)]));
  }
}

/**
 * A `stMarkdownContainer` div with rendered markdown.
 * @param {unknown} body @param {MarkdownOptions} [opts]
 */
export function markdownBox(body, opts = {}) {
  const el = h("div", { "data-testid": "stMarkdownContainer" });
  setMarkdown(el, body, opts);
  return el;
}

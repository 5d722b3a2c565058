// Markdown for app content. As in Streamlit, raw HTML inside markdown shows as
// literal text unless the app passed unsafe_allow_html=True; either way the
// output goes through DOMPurify, so no script or event handler ever runs.
import { Marked } from "../vendor/marked.esm.js";
import DOMPurify from "../vendor/purify.es.mjs";

const escapeHtml = (s) =>
  String(s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);

// Two parser instances: raw HTML tokens either escaped (default) or kept.
const escaping = new Marked({ gfm: true, breaks: false }, {
  renderer: { html: (token) => escapeHtml(typeof token === "string" ? token : token.text) },
});
const permissive = new Marked({ gfm: true, breaks: false });

const PURIFY = { USE_PROFILES: { html: true }, FORBID_TAGS: ["style", "form"], ADD_ATTR: ["target"] };

/**
 * Render markdown to sanitized HTML.
 * @param {string} body
 * @param {{allowHtml?: boolean, inline?: boolean}} [opts]
 * @returns {string}
 */
export function markdownToHtml(body, { allowHtml = false, inline = false } = {}) {
  const parser = allowHtml ? permissive : escaping;
  const text = body === null || body === undefined ? "" : String(body);
  const html = inline ? parser.parseInline(text) : parser.parse(text);
  return DOMPurify.sanitize(html, PURIFY);
}

/**
 * Set `el`'s content to rendered markdown, touching the DOM only when the
 * source changed (so selection and text nodes survive unchanged reruns).
 */
export function setMarkdown(el, body, opts = {}) {
  const sig = `${opts.allowHtml ? 1 : 0}${opts.inline ? 1 : 0}:${body ?? ""}`;
  if (el.__mdSig === sig) return;
  el.__mdSig = sig;
  el.innerHTML = markdownToHtml(body, opts);
}

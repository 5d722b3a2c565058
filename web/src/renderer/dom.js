// Small DOM helpers shared by the element views. Every string from Python goes
// through textContent or setAttribute, never innerHTML (markdown.js is the one
// place that produces HTML, and it sanitizes).

/**
 * Create an element.
 * @param {string} tag
 * @param {Record<string, string|boolean|null|undefined>} [attrs] `class` and
 *   attributes; `false`/`null`/`undefined` values are skipped.
 * @param {(Node|string|null|undefined)[]} [children] strings become text nodes
 * @returns {HTMLElement}
 */
export function h(tag, attrs = {}, children = []) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === false || value === null || value === undefined) continue;
    el.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined) continue;
    el.append(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return el;
}

/** Set or remove an attribute, touching the DOM only when it changes. */
export function setAttr(el, name, value) {
  if (value === false || value === null || value === undefined) {
    if (el.hasAttribute(name)) el.removeAttribute(name);
  } else {
    const text = value === true ? "" : String(value);
    if (el.getAttribute(name) !== text) el.setAttribute(name, text);
  }
}

/** Set textContent only when it differs (keeps text nodes and selection). */
export function setText(el, text) {
  const value = text === null || text === undefined ? "" : String(text);
  if (el.textContent !== value) el.textContent = value;
}

/**
 * The Streamlit `st-key-<key>` class for a user key: trimmed, every character
 * outside [a-zA-Z0-9_-] turned into "-".
 * @param {string|null|undefined} key
 * @returns {string|null}
 */
export function keyClass(key) {
  if (key === null || key === undefined || key === "") return null;
  return "st-key-" + String(key).trim().replace(/[^a-zA-Z0-9_-]/g, "-");
}

/** Replace the st-key-* class of `el` with the one for `key`. */
export function applyKeyClass(el, key) {
  const wanted = keyClass(key);
  for (const cls of [...el.classList]) {
    if (cls.startsWith("st-key-") && cls !== wanted) el.classList.remove(cls);
  }
  if (wanted && !el.classList.contains(wanted)) el.classList.add(wanted);
}

let uid = 0;
/** A page-unique DOM id (for label[for] and aria-controls). */
export function uniqueId(prefix) {
  uid += 1;
  return `${prefix}_${uid}`;
}

/**
 * Write an input's value only if it differs from the live DOM, keeping the
 * caret where it was when the input has focus.
 * @param {HTMLInputElement|HTMLTextAreaElement} input
 * @param {string} value
 */
/**
 * Is `el` the focused element? Inside a shadow root (an embedded app),
 * `document.activeElement` is the host, so ask the element's own root.
 * @param {Element} el
 */
export function hasFocus(el) {
  const root = el.getRootNode();
  return (root.activeElement ?? document.activeElement) === el;
}

/** The focused element in the tree that holds `node` (document or shadow root). */
export function focusedIn(node) {
  const root = node.getRootNode();
  return root.activeElement ?? document.activeElement;
}

export function writeValue(input, value) {
  if (input.value === value) return;
  if (hasFocus(input) && typeof input.selectionStart === "number") {
    const { selectionStart: start, selectionEnd: end } = input;
    input.value = value;
    try {
      input.setSelectionRange(Math.min(start, value.length), Math.min(end, value.length));
    } catch { /* inputs without selection (number, date) */ }
  } else {
    input.value = value;
  }
}

/** Base64 of an ArrayBuffer (chunked so large files do not blow the stack). */
export function toBase64(buffer) {
  const bytes = new Uint8Array(buffer);
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/** Bytes of a base64 string. */
export function fromBase64(text) {
  const binary = atob(text || "");
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Trigger a browser download of base64 `data`. */
export function downloadBytes(fileName, mime, data) {
  const blob = new Blob([fromBase64(data)], { type: mime || "application/octet-stream" });
  const url = URL.createObjectURL(blob);
  const a = h("a", { href: url, download: fileName || "download", hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

// Small DOM helpers shared by the element views. Every string from Python goes
// through textContent or setAttribute, never innerHTML (markdown_html.js is
// the one place that produces HTML, and it sanitizes).

/**
 * Create an element.
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag
 * @param {Record<string, string|number|boolean|null|undefined>} [attrs] `class` and
 *   attributes; `false`/`null`/`undefined` values are skipped.
 * @param {(Node|string|null|undefined)[]} [children] strings become text nodes
 * @returns {HTMLElementTagNameMap[K]}
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

/**
 * A text element's `text_alignment` and `wrap` (Streamlit 1.67): the alignment
 * as the element's text-align, and `wrap: false` as one line cut short with an
 * ellipsis (CSS `.wl-nowrap`). Absent props are the defaults (left, wrapping).
 * @param {HTMLElement} el @param {Record<string, any>} props
 */
export function setTextLayout(el, props) {
  const align = ["center", "right", "justify"].includes(props.text_alignment) ? props.text_alignment : "";
  if (el.style.textAlign !== align) el.style.textAlign = align;
  el.classList.toggle("wl-nowrap", props.wrap === false);
}

/**
 * Set or remove an attribute, touching the DOM only when it changes.
 * @param {Element} el @param {string} name
 * @param {string|number|boolean|null|undefined} value `false`/`null`/`undefined` remove it, `true` sets it empty
 */
export function setAttr(el, name, value) {
  if (value === false || value === null || value === undefined) {
    if (el.hasAttribute(name)) el.removeAttribute(name);
  } else {
    const text = value === true ? "" : String(value);
    if (el.getAttribute(name) !== text) el.setAttribute(name, text);
  }
}

/**
 * Set textContent only when it differs (keeps text nodes and selection).
 * @param {Node} el @param {unknown} text
 */
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

/**
 * Replace the st-key-* class of `el` with the one for `key`.
 * @param {Element} el @param {string|null|undefined} key
 */
export function applyKeyClass(el, key) {
  const wanted = keyClass(key);
  for (const cls of [...el.classList]) {
    if (cls.startsWith("st-key-") && cls !== wanted) el.classList.remove(cls);
  }
  if (wanted && !el.classList.contains(wanted)) el.classList.add(wanted);
}

let uid = 0;
/**
 * A page-unique DOM id (for label[for] and aria-controls).
 * @param {string} prefix
 */
export function uniqueId(prefix) {
  uid += 1;
  return `${prefix}_${uid}`;
}

/**
 * Is `el` the focused element? Inside a shadow root (an embedded app),
 * `document.activeElement` is the host, so ask the element's own root.
 * @param {Element} el
 */
export function hasFocus(el) {
  return focusedIn(el) === el;
}

/**
 * The focused element in the tree that holds `node` (document or shadow root).
 * @param {Node} node
 * @returns {Element | null}
 */
export function focusedIn(node) {
  const root = /** @type {Document | ShadowRoot} */ (node.getRootNode());
  return root.activeElement ?? document.activeElement;
}

/**
 * Write an input's value only if it differs from the live DOM, keeping the
 * caret where it was when the input has focus.
 * @param {HTMLInputElement|HTMLTextAreaElement} input
 * @param {string} value
 */
export function writeValue(input, value) {
  if (input.value === value) return;
  if (hasFocus(input) && typeof input.selectionStart === "number") {
    const { selectionStart: start, selectionEnd: end } = input;
    input.value = value;
    try {
      input.setSelectionRange(Math.min(start, value.length), Math.min(end ?? start, value.length));
    } catch { /* inputs without selection (number, date) */ }
  } else {
    input.value = value;
  }
}

/**
 * Base64 of bytes (chunked so large files do not blow the stack).
 * @param {ArrayBuffer | Uint8Array} buffer
 */
export function toBase64(buffer) {
  const bytes = new Uint8Array(buffer);
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/**
 * Bytes of a base64 string.
 * @param {string} text
 */
export function fromBase64(text) {
  const binary = atob(text || "");
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * Trigger a browser download of base64 `data`.
 * @param {string} fileName @param {string} mime @param {string} data
 */
export function downloadBytes(fileName, mime, data) {
  const blob = new Blob([fromBase64(data)], { type: mime || "application/octet-stream" });
  const url = URL.createObjectURL(blob);
  const a = h("a", { href: url, download: fileName || "download", hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * The element matching `selector` that an event happened in (the target or
 * an ancestor), or null: how delegated listeners find what was clicked.
 * @param {Event} ev @param {string} selector
 * @returns {HTMLElement | null}
 */
export function closestTarget(ev, selector) {
  const target = ev.target;
  return target instanceof Element ? /** @type {HTMLElement | null} */ (target.closest(selector)) : null;
}

/**
 * Remove `el`'s children after the first `count` (a list that got shorter).
 * @param {Element} el @param {number} count
 */
export function trimChildren(el, count) {
  while (el.children.length > count) el.lastElementChild?.remove();
}

/**
 * A 24×24 Material icon from its path, hidden from assistive technology.
 * @param {string} path the icon's `d` @param {string} [size] its width and height ("1rem"); default: the CSS's
 * @returns {SVGSVGElement}
 */
export function svgIcon(path, size) {
  const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  svg.setAttribute("viewBox", "0 0 24 24");
  svg.setAttribute("aria-hidden", "true");
  if (size) {
    svg.setAttribute("width", size);
    svg.setAttribute("height", size);
  }
  const p = document.createElementNS("http://www.w3.org/2000/svg", "path");
  p.setAttribute("d", path);
  svg.append(p);
  return svg;
}

/** Where floating content goes (menus, tooltips): the app's shadow root, or the document's body. @param {Node} node */
export function layerOf(node) {
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root : document.body;
}

// Buttons' keyboard shortcuts (st.button(..., shortcut="Ctrl+S")), as 1.67
// binds and shows them. The engine sends the shortcut written as
// "ctrl+alt+shift+f" (elements/lib/shortcut_utils.py). Ctrl, Cmd and Mod
// are one key, the platform's (⌘ on a Mac, Ctrl elsewhere); Alt is ⌥ on a
// Mac. A key typed into a text field stays the field's: a shortcut without
// Ctrl/Cmd/Alt does not fire there, and neither does a plain or shifted
// character. One keydown listener serves every button of the page. Loaded
// by the first button that has a shortcut (widgets/button.js).
import { h } from "./dom.js";

const MODIFIERS = new Set(["ctrl", "cmd", "alt", "shift", "mod"]);
const SYSTEM_MODIFIERS = new Set(["ctrl", "cmd", "alt", "mod"]);
const MODIFIER_ORDER = ["ctrl", "cmd", "alt", "shift", "mod"];
const KEY_NAMES = /** @type {Record<string, string>} */ ({
  enter: "Enter", space: "Space", tab: "Tab", escape: "Esc", backspace: "Backspace", delete: "Delete",
  home: "Home", end: "End", pageup: "PageUp", pagedown: "PageDown", left: "←", right: "→", up: "↑", down: "↓",
});
/** Keys a text field uses itself, so that a shortcut of them alone leaves the field its typing. */
const EDITING_KEYS = new Set(["left", "right", "up", "down", "home", "end", "pageup", "pagedown", "backspace", "delete"]);
/** `KeyboardEvent.key` values by the names shortcuts use. */
const EVENT_KEYS = /** @type {Record<string, string>} */ ({
  Enter: "enter", " ": "space", Tab: "tab", Escape: "escape", Esc: "escape", Backspace: "backspace", Delete: "delete",
  Home: "home", End: "end", PageUp: "pageup", PageDown: "pagedown",
  ArrowLeft: "left", ArrowRight: "right", ArrowUp: "up", ArrowDown: "down",
});

const isMac = () => /Mac|iPhone|iPad/.test(globalThis.navigator?.platform || globalThis.navigator?.userAgent || "");

/**
 * The shortcut's tokens, lower case, and its key (the last token that is no modifier).
 * @param {string} text @returns {{tokens: string[], key: string | undefined}}
 */
function tokenize(text) {
  const tokens = String(text || "").split("+").map((t) => t.trim().toLowerCase()).filter(Boolean);
  return { tokens, key: [...tokens].reverse().find((t) => !MODIFIERS.has(t)) };
}

/**
 * @typedef {{modifiers: Set<string>, key: string, system: boolean}} Shortcut
 * @param {string} text @returns {Shortcut | null}
 */
function parse(text) {
  const { tokens, key } = tokenize(text);
  if (!key) return null;
  const modifiers = new Set(tokens.filter((t) => MODIFIERS.has(t)).map((t) => (t === "cmd" || t === "mod" ? "ctrl" : t)));
  return { modifiers, key, system: tokens.some((t) => SYSTEM_MODIFIERS.has(t)) };
}

/**
 * The shortcut as a button shows it: "Ctrl + Shift + D" ("⌘ + Shift + D" on a Mac).
 * @param {string} text @returns {string}
 */
function shortcutLabel(text) {
  const { tokens, key } = tokenize(text);
  const mac = isMac();
  const parts = MODIFIER_ORDER.filter((m) => tokens.includes(m)).map((m) => {
    if (m === "ctrl" || m === "cmd" || m === "mod") return mac ? "⌘" : "Ctrl";
    if (m === "alt") return mac ? "⌥" : "Alt";
    return "Shift";
  });
  /** @type {string[]} */
  const shown = [...new Set(parts)];
  if (key) shown.push(KEY_NAMES[key] || key.toUpperCase());
  return shown.join(" + ");
}

/** @typedef {{shortcut: Shortcut, activate: () => void}} Binding */
/** @type {Set<Binding>} */
const bindings = new Set();
let listening = false;

/**
 * Call `activate` when the page's user presses `shortcut`.
 * @param {string} shortcut as the engine writes it @param {() => void} activate
 * @returns {() => void} unbind
 */
function bindShortcut(shortcut, activate) {
  const parsed = parse(shortcut);
  if (!parsed) return () => {};
  const binding = { shortcut: parsed, activate };
  bindings.add(binding);
  if (!listening) {
    listening = true;
    document.addEventListener("keydown", onKeyDown);
  }
  return () => bindings.delete(binding);
}

/** The text field (or editable element) a key event happens in, if any. @param {KeyboardEvent} event */
function editableTarget(event) {
  for (const node of event.composedPath()) {
    const el = /** @type {HTMLElement} */ (node);
    if (el.tagName && (["INPUT", "TEXTAREA", "SELECT"].includes(el.tagName) || el.isContentEditable)) return el;
  }
  return null;
}

/** The name of the key pressed, as shortcuts write it (a letter by its place, whatever Alt or Shift made of it). @param {KeyboardEvent} event */
function keyName(event) {
  const code = event.code || "";
  if (/^Key[A-Z]$/.test(code)) return code.slice(3).toLowerCase();
  if (/^Digit[0-9]$/.test(code)) return code.slice(5);
  if (/^F[0-9]{1,2}$/.test(event.key)) return event.key.toLowerCase();
  return EVENT_KEYS[event.key] || event.key.toLowerCase();
}

/** @param {KeyboardEvent} event */
function onKeyDown(event) {
  if (event.repeat || event.isComposing) return;
  const mac = isMac();
  const system = mac ? event.metaKey : event.ctrlKey;
  const other = mac ? event.ctrlKey : event.metaKey;
  const inField = editableTarget(event);
  // In a text field only Escape and keys with Ctrl/Cmd/Alt can be shortcuts (a typed letter is the field's).
  if (inField && event.key !== "Escape" && !event.ctrlKey && !event.metaKey && !event.altKey) return;
  const key = keyName(event);
  for (const { shortcut, activate } of [...bindings]) {
    const m = shortcut.modifiers;
    if (shortcut.key !== key || m.has("ctrl") !== system || other || m.has("alt") !== event.altKey || m.has("shift") !== event.shiftKey) continue;
    const plain = shortcut.key.length === 1 || ["space", "tab", "enter"].includes(shortcut.key) || EDITING_KEYS.has(shortcut.key);
    if (inField && !shortcut.system && plain) continue;
    event.preventDefault();
    activate();
  }
}

/** Each button's shown and bound shortcut. @type {WeakMap<HTMLElement, {el: HTMLElement, shortcut: string, unbind: () => void}>} */
const badges = new WeakMap();

/**
 * Show `shortcut` after `button`'s label as 1.67 does (a <kbd>: small, faded, in the label's font;
 * styled here so that pages without shortcuts carry none of it) and bind it to a click of
 * the button, unless it is disabled (a link button: aria-disabled); an empty shortcut takes both away.
 * @param {HTMLElement} button @param {unknown} shortcut
 */
export function showShortcut(button, shortcut) {
  const activate = () => {
    if (!(/** @type {HTMLButtonElement} */ (button).disabled) && button.getAttribute("aria-disabled") !== "true") button.click();
  };
  const text = typeof shortcut === "string" ? shortcut : "";
  let badge = badges.get(button);
  if (!badge) {
    const el = h("kbd", { class: "wl-shortcut", hidden: true });
    el.style.cssText = "align-items:center;justify-content:center;flex-shrink:0;white-space:nowrap;font-family:inherit;"
      + "font-size:0.875rem;line-height:1.2;letter-spacing:0.01em;opacity:0.6";
    button.append(el);
    badge = { el, shortcut: "", unbind: () => {} };
    badges.set(button, badge);
  }
  if (text === badge.shortcut) return;
  badge.unbind();
  badge.shortcut = text;
  badge.unbind = text ? bindShortcut(text, activate) : () => {};
  const label = text ? shortcutLabel(text) : "";
  badge.el.textContent = label;
  if (label) badge.el.setAttribute("aria-label", `Shortcut ${label}`);
  else badge.el.removeAttribute("aria-label");
  badge.el.hidden = !label;
  badge.el.style.display = label ? "inline-flex" : "none";
}

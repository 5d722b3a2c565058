// A date or time typed part by part, as Streamlit 1.67's react-aria fields
// draw it: a group of spinbuttons (`year`, `month`, `day`, `hour`, `minute`,
// `second`, `dayPeriod`) between literal separators. Digits typed into a part
// fill it and move on to the next one when no further digit could fit; the
// arrow keys step a part (or move between parts); Backspace empties it.
// Nothing here commits: the date and time views decide when a value counts.
import { h, setAttr, setText } from "./dom.js";

/**
 * @typedef {object} Part one spinbutton
 * @property {string} type react-aria's segment type, also its accessible name's first word
 * @property {number} min @property {number} max
 * @property {string} placeholder shown while empty ("yyyy", "mm", "HH")
 * @property {(v: number) => string} [show] its text (default: zero-padded to the width of `max`)
 * @property {(v: number) => string} [spoken] its aria-valuetext (default: its text)
 * @property {string} [name] the accessible name's first word (default: `type`)
 */

/** @typedef {Part | string} Piece a part, or a literal separator */

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
  "October", "November", "December"];

/** @param {number} v @param {number} width */
const pad = (v, width) => String(v).padStart(width, "0");

/** The date parts in `format`'s order ("YYYY/MM/DD", "DD.MM.YYYY", ...), with its separator. */
export function dateParts(/** @type {string} */ format) {
  const sep = (/[/.-]/.exec(format) || ["/"])[0];
  /** @type {Record<string, Part>} */
  const byLetter = {
    Y: { type: "year", min: 1, max: 9999, placeholder: "yyyy", show: (v) => pad(v, 4), spoken: String },
    M: { type: "month", min: 1, max: 12, placeholder: "mm", spoken: (v) => `${pad(v, 2)} – ${MONTHS[v - 1]}` },
    D: { type: "day", min: 1, max: 31, placeholder: "dd" },
  };
  /** @type {Piece[]} */
  const pieces = [];
  format.split(sep).forEach((chunk, i, all) => {
    const part = byLetter[chunk.charAt(0).toUpperCase()];
    if (part) pieces.push(part);
    if (i < all.length - 1) pieces.push(sep);
  });
  return pieces;
}

/**
 * The time parts: hours, minutes, seconds when `withSeconds`, and AM/PM on a
 * 12-hour clock. The bidi isolates keep "08:45" in this order in a
 * right-to-left page, as react-aria writes them.
 * @param {{withSeconds: boolean, twelveHour: boolean}} how
 * @returns {Piece[]}
 */
export function timeParts({ withSeconds, twelveHour }) {
  const hour = twelveHour
    ? { type: "hour", min: 1, max: 12, placeholder: "HH" }
    : { type: "hour", min: 0, max: 23, placeholder: "HH" };
  /** @type {Piece[]} */
  const pieces = ["\u2066", hour, ":", { type: "minute", min: 0, max: 59, placeholder: "mm" }];
  if (withSeconds) pieces.push(":", { type: "second", min: 0, max: 59, placeholder: "ss" });
  pieces.push("\u2069");
  if (twelveHour) {
    pieces.push(" ", { type: "dayPeriod", name: "AM/PM", min: 0, max: 1, placeholder: "AM", show: (v) => (v ? "PM" : "AM") });
  }
  return pieces;
}

/**
 * A group of spinbuttons holding one value part by part.
 * `onEdit` runs after every change the user makes; `onStep(part, up)` may
 * take over an arrow key (return true), as a time input's `step` does.
 */
export class SegmentedField {
  /**
   * @param {Piece[]} pieces
   * @param {{onEdit?: () => void, onStep?: (type: string, up: boolean) => boolean,
   *          spoken?: (type: string, v: number, values: Record<string, number | null>) => string | null,
   *          startAt?: (type: string) => number | undefined}} [hooks]
   *   `spoken`: an aria-valuetext that depends on other parts ("2 PM"), or null for the default;
   *   `startAt`: where an arrow key starts in an empty part (today's year, not year 1)
   */
  constructor(pieces, hooks = {}) {
    this.hooks = hooks;
    /** @type {Part[]} */
    this.parts = [];
    /** @type {HTMLElement[]} */
    this.spans = [];
    /** @type {(number | null)[]} */
    this.values = [];
    /** Digits typed into the focused part since it took the focus. */
    this.typed = "";
    this.el = h("div", { role: "group", class: "wl-segments" });
    for (const piece of pieces) {
      if (typeof piece === "string") {
        this.el.append(h("span", { "aria-hidden": "true", "data-type": "literal", class: "wl-literal" }, [piece]));
        continue;
      }
      const span = h("span", {
        role: "spinbutton", contenteditable: "true", spellcheck: "false", autocorrect: "off", enterkeyhint: "next",
        inputmode: "numeric", tabindex: "0", "data-type": piece.type, class: "wl-segment",
        "aria-valuemin": piece.min, "aria-valuemax": piece.max,
      });
      this.parts.push(piece);
      this.spans.push(span);
      this.values.push(null);
      this.el.append(span);
    }
    this.el.addEventListener("keydown", (ev) => this.onKey(ev));
    // What reaches the text itself (Playwright's fill, a phone's keyboard, IME) is read as typed
    // keys; the part's text is only ever written by draw().
    this.el.addEventListener("beforeinput", (ev) => this.onBeforeInput(ev));
    this.el.addEventListener("focusin", () => { this.typed = ""; });
    this.draw();
  }

  /** The values by part type ({year: 2024, month: 7, day: null}). */
  get() {
    /** @type {Record<string, number | null>} */
    const out = {};
    this.parts.forEach((p, i) => { out[p.type] = this.values[i]; });
    return out;
  }

  /** Show `values` (by part type; missing or null: empty), as Python sent them. */
  set(/** @type {Record<string, number | null> | null} */ values) {
    this.parts.forEach((p, i) => { this.values[i] = values?.[p.type] ?? null; });
    this.typed = "";
    this.draw();
  }

  isComplete() { return this.values.every((v) => v !== null); }
  isEmpty() { return this.values.every((v) => v === null); }

  /** @param {string} name the field's accessible name */
  setLabel(name) {
    setAttr(this.el, "aria-label", name);
    this.parts.forEach((p, i) => setAttr(this.spans[i], "aria-label", `${p.name || p.type}, ${name}`));
  }

  /** @param {boolean} disabled */
  setDisabled(disabled) {
    for (const span of this.spans) {
      setAttr(span, "contenteditable", disabled ? null : "true");
      setAttr(span, "tabindex", disabled ? null : "0");
      setAttr(span, "aria-disabled", disabled ? "true" : null);
    }
    setAttr(this.el, "aria-disabled", disabled ? "true" : null);
  }

  /** @param {boolean} invalid */
  setInvalid(invalid) {
    setAttr(this.el, "data-invalid", invalid ? "true" : null);
    for (const span of this.spans) setAttr(span, "aria-invalid", invalid ? "true" : null);
  }

  focusFirst() { this.spans[0]?.focus(); }
  focusLast() { this.spans[this.spans.length - 1]?.focus(); }
  /** The first empty part, else the last one (where a click on the field's padding lands). */
  focusNatural() {
    const empty = this.values.findIndex((v) => v === null);
    (empty >= 0 && this.values.some((v) => v !== null) ? this.spans[empty] : this.spans[this.spans.length - 1])?.focus();
  }

  draw() {
    const values = this.get();
    this.parts.forEach((p, i) => {
      const span = this.spans[i];
      const v = this.values[i];
      const width = String(p.max).length;
      const text = v === null ? p.placeholder : (p.show ? p.show(v) : pad(v, width));
      // While digits are typed, the part shows them as typed ("2" of "2024").
      const typing = v !== null && this.typed && p.type !== "dayPeriod" && span.matches(":focus");
      setText(span, typing ? this.typed.padStart(p.type === "year" ? 1 : width, "0") : text);
      setAttr(span, "data-placeholder", v === null ? "true" : null);
      setAttr(span, "aria-valuenow", v);
      const spoken = v === null ? "Empty" : (this.hooks.spoken?.(p.type, v, values) ?? (p.spoken ? p.spoken(v) : text));
      setAttr(span, "aria-valuetext", spoken);
    });
  }

  /** @param {KeyboardEvent} ev */
  onKey(ev) {
    const i = this.spans.indexOf(/** @type {HTMLElement} */ (ev.target));
    if (i < 0 || ev.ctrlKey || ev.metaKey || ev.altKey || this.spans[i].getAttribute("aria-disabled")) return;
    const part = this.parts[i];
    const key = ev.key;
    if (key === "ArrowLeft" || key === "ArrowRight") {
      ev.preventDefault();
      this.spans[i + (key === "ArrowLeft" ? -1 : 1)]?.focus();
    } else if (key === "ArrowUp" || key === "ArrowDown") {
      ev.preventDefault();
      this.typed = "";
      if (this.hooks.onStep?.(part.type, key === "ArrowUp")) return;
      this.step(i, key === "ArrowUp" ? 1 : -1);
      this.edited();
    } else if (key === "Backspace" || key === "Delete") {
      ev.preventDefault();
      if (this.wholeSelected(i)) this.empty(i);
      else this.erase(i);
    } else if (/^\d$/.test(key)) {
      ev.preventDefault();
      this.typeDigit(i, key);
    } else if (part.type === "dayPeriod" && /^[ap]$/i.test(key)) {
      ev.preventDefault();
      this.values[i] = key.toLowerCase() === "p" ? 1 : 0;
      this.edited();
      this.spans[i + 1]?.focus();
    } else if (key.length === 1) {
      ev.preventDefault();  // the part's text is never edited freely
    }
  }

  /** @param {InputEvent} ev */
  onBeforeInput(ev) {
    ev.preventDefault();
    const i = this.spans.indexOf(/** @type {HTMLElement} */ (ev.target));
    if (i < 0) return;
    // A fill (Playwright's, or a pasted part) replaces what the part holds; deleting it all empties it.
    const whole = this.wholeSelected(i);
    if (ev.inputType.startsWith("delete")) {
      if (whole) this.empty(i);
      else this.erase(i);
      return;
    }
    const data = ev.data ?? ev.dataTransfer?.getData("text") ?? "";
    if (whole) this.typed = "";
    let at = i;
    for (const ch of data) {
      if (/\d/.test(ch)) at = this.typeDigit(at, ch);
      else if (this.parts[at].type === "dayPeriod" && /[ap]/i.test(ch)) {
        this.values[at] = ch.toLowerCase() === "p" ? 1 : 0;
        this.edited();
      }
    }
  }

  /**
   * One digit into part `i`, react-aria's way: appended to what was typed if
   * the number still fits, else it starts again; the focus moves on once no
   * further digit could fit. Returns the part that holds the focus afterwards.
   * @param {number} i @param {string} digit
   */
  typeDigit(i, digit) {
    const part = this.parts[i];
    if (part.type === "dayPeriod") return i;
    const width = String(part.max).length;
    let typed = this.typed + digit;
    if (Number(typed) > part.max) typed = digit;
    this.typed = typed;
    const n = Number(typed);
    // A leading zero where zero is no value (month "0"): shown, waiting for the next digit.
    if (n >= part.min) this.values[i] = n;
    this.draw();
    if (n < part.min) setText(this.spans[i], typed);
    this.hooks.onEdit?.();
    const full = typed.length >= width || n * 10 > part.max;
    if (full && n >= part.min && i + 1 < this.spans.length) {
      this.typed = "";
      this.spans[i + 1].focus();
      return i + 1;
    }
    return i;
  }

  /** Is part `i`'s whole text selected (select-all, or a fill about to replace it)? @param {number} i */
  wholeSelected(i) {
    const selected = globalThis.getSelection?.()?.toString() ?? "";
    return !!selected && selected === this.spans[i].textContent;
  }

  /** @param {number} i */
  empty(i) {
    this.typed = "";
    this.values[i] = null;
    this.edited();
  }

  /** @param {number} i */
  erase(i) {
    const part = this.parts[i];
    const v = this.values[i];
    if (v === null) {
      this.spans[i - 1]?.focus();
      return;
    }
    const digits = this.typed || (part.type === "dayPeriod" ? "" : String(v));
    const rest = digits.slice(0, -1);
    this.typed = rest;
    this.values[i] = rest && Number(rest) >= part.min ? Number(rest) : null;
    this.edited();
  }

  /** Step part `i` by `delta`, around from its end to its start (react-aria's cycle). */
  step(/** @type {number} */ i, /** @type {number} */ delta) {
    const part = this.parts[i];
    const v = this.values[i];
    const span = part.max - part.min + 1;
    this.values[i] = v === null
      ? (this.hooks.startAt?.(part.type) ?? (delta > 0 ? part.min : part.max))
      : part.min + ((((v - part.min + delta) % span) + span) % span);
  }

  edited() {
    this.draw();
    this.hooks.onEdit?.();
  }
}

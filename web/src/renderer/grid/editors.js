// Cell editors of st.data_editor, one per column type, written to SlickGrid's
// editor interface (init/loadValue/serializeValue/applyValue ...) around
// native inputs: text, number (min, max, step), select, multiple select,
// date, time and datetime-local. A checkbox cell toggles on click instead
// (grid.js). Values are what the page holds (numbers, text, epoch ms for
// dates); grid.js turns them into the wire values Python reads.
import { optionLabel } from "./cells.js";

/** @typedef {import("./columns.js").Column} Column */
/** @typedef {{container: HTMLElement, column: any, item: any, commitChanges: () => void, cancelChanges: () => void}} EditorArgs */

/**
 * @typedef {object} EditorHost what an editor asks the grid
 * @property {(item: any, col: Column) => any} valueOf a cell's current value
 * @property {(item: any, col: Column, value: any) => void} setValue a committed edit
 */

const pad = (/** @type {number} */ n, w = 2) => String(n).padStart(w, "0");

/** epoch ms -> the value of a date/time/datetime-local input. @param {number} ms @param {string} type */
export function toInputValue(ms, type) {
  const d = new Date(ms);
  const date = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  return type === "date" ? date : type === "time" ? time : `${date}T${time}`;
}

/** The value of a date/time/datetime-local input -> epoch ms (null when empty). @param {string} text @param {string} type */
export function fromInputValue(text, type) {
  if (!text) return null;
  if (type === "time") {
    const [h, m, s] = text.split(":").map(Number);
    return ((h * 60 + m) * 60 + (s || 0)) * 1000;
  }
  const [date, time = "00:00:00"] = text.split("T");
  const [y, mo, d] = date.split("-").map(Number);
  const [h, mi, s] = time.split(":").map(Number);
  return Date.UTC(y, mo - 1, d, h, mi, s || 0);
}

/**
 * An editor class for a column (SlickGrid instantiates it with `new`).
 * @param {Column} col @param {EditorHost} host
 */
export function editorFor(col, host) {
  return class CellEditor {
    /** @param {EditorArgs} args */
    constructor(args) {
      this.args = args;
      /** @type {HTMLInputElement | HTMLSelectElement} */
      this.input = this.build();
      this.initial = null;
      args.container.replaceChildren(this.input);
      /** @type {HTMLElement} */ (this.input).addEventListener("keydown", (ev) => {
        if (ev.key === "Enter" && !(this.input instanceof HTMLSelectElement && this.input.multiple)) {
          ev.stopPropagation();
          ev.preventDefault();
          args.commitChanges();
        } else if (ev.key === "Escape") {
          ev.stopPropagation();
          ev.preventDefault();
          args.cancelChanges();
        } else if (["ArrowLeft", "ArrowRight", "Home", "End"].includes(ev.key)) {
          ev.stopPropagation(); // move the caret, not the active cell
        }
      });
      this.input.focus();
    }

    build() {
      const c = col.config;
      if (col.type === "selectbox" || col.type === "multiselect") {
        const select = document.createElement("select");
        select.className = "wl-cell-editor";
        select.multiple = col.type === "multiselect";
        if (!select.multiple && !c.required) select.append(new Option("", ""));
        for (const o of c.options || []) {
          const value = o && typeof o === "object" && "value" in o ? o.value : o;
          const option = new Option(optionLabel(col, value), JSON.stringify(value));
          select.append(option);
        }
        return select;
      }
      const input = document.createElement("input");
      input.className = "wl-cell-editor";
      if (col.type === "number") {
        input.type = "number";
        if (c.min_value !== undefined) input.min = String(c.min_value);
        if (c.max_value !== undefined) input.max = String(c.max_value);
        input.step = c.step !== undefined ? String(c.step) : col.kind === "integer" ? "1" : "any";
      } else if (col.type === "date" || col.type === "time" || col.type === "datetime") {
        input.type = col.type === "datetime" ? "datetime-local" : col.type;
        input.step = c.step !== undefined ? String(c.step) : "1";
        if (c.min_value) input.min = String(c.min_value).slice(0, 19);
        if (c.max_value) input.max = String(c.max_value).slice(0, 19);
      } else {
        input.type = "text";
        if (c.max_chars) input.maxLength = c.max_chars;
      }
      return input;
    }

    init() {}

    destroy() {
      this.input.remove();
    }

    focus() {
      this.input.focus();
    }

    /** @param {any} item */
    loadValue(item) {
      const v = host.valueOf(item, col);
      this.initial = v;
      const input = this.input;
      if (input instanceof HTMLSelectElement) {
        const chosen = new Set((input.multiple ? (Array.isArray(v) ? v : v === null ? [] : [v]) : [v]).map((x) => JSON.stringify(x)));
        for (const option of input.options) option.selected = chosen.has(option.value);
        return;
      }
      if (v === null || v === undefined) input.value = "";
      else if (input.type === "date" || input.type === "time" || input.type === "datetime-local") {
        input.value = typeof v === "number" ? toInputValue(v, col.type) : String(v);
      } else if (col.type === "list") input.value = Array.isArray(v) ? v.join(", ") : String(v);
      else input.value = String(v);
      if (input.type === "text") input.select();
    }

    serializeValue() {
      const input = this.input;
      if (input instanceof HTMLSelectElement) {
        const values = [...input.selectedOptions].map((o) => (o.value === "" ? null : JSON.parse(o.value)));
        return input.multiple ? values : values[0] ?? null;
      }
      const text = input.value;
      if (col.type === "number") return text === "" ? null : Number(text);
      if (input.type === "date" || input.type === "time" || input.type === "datetime-local") return fromInputValue(text, col.type);
      if (col.type === "list") return text.trim() === "" ? [] : text.split(",").map((s) => s.trim());
      return text === "" && col.kind !== "string" ? null : text;
    }

    /** @param {any} item @param {any} value */
    applyValue(item, value) {
      host.setValue(item, col, value);
    }

    isValueChanged() {
      return JSON.stringify(this.serializeValue()) !== JSON.stringify(this.initial ?? null);
    }

    validate() {
      const value = this.serializeValue();
      const c = col.config;
      if (col.type === "number" && typeof value === "number") {
        if (Number.isNaN(value)) return { valid: false, msg: "Not a number" };
        if (c.min_value !== undefined && value < c.min_value) return { valid: false, msg: `The minimum is ${c.min_value}` };
        if (c.max_value !== undefined && value > c.max_value) return { valid: false, msg: `The maximum is ${c.max_value}` };
      }
      if (c.validate && typeof value === "string" && value !== "") {
        try {
          if (!new RegExp(c.validate).test(value)) return { valid: false, msg: "Invalid value" };
        } catch { /* a pattern the browser cannot read: no check */ }
      }
      return { valid: true, msg: null };
    }
  };
}

// A text-like field (text_input, text_area, number_input) that commits on
// Enter (text_area: Ctrl+Enter) or blur. It tracks the last value Python
// knows, so the field is "dirty" while its DOM value differs; a value from
// Python never overwrites a focused field the user is editing.
//
// While the field has focus, Streamlit's `InputInstructions` sits under it:
// "Press Enter to apply" once the field is dirty (outside forms), "Press Enter
// to submit form" whenever Enter would really submit its form (enter_to_submit,
// and the form's first submit button is there and enabled), and "n/max" when
// the field has max_chars.
import { h, setAttr, writeValue, hasFocus } from "./dom.js";

/**
 * @typedef {import("./index.js").NodeDict} NodeDict
 * @typedef {((ev: KeyboardEvent) => boolean) & {multiline: boolean}} CommitKey
 *   is this key press a commit; `multiline`: the field is a text area (Ctrl+Enter)
 */

/** @type {CommitKey} */
export const enterKey = Object.assign((ev) => ev.key === "Enter" && !ev.isComposing, { multiline: false });

/** @type {CommitKey} */
export const ctrlEnterKey = Object.assign((ev) => ev.key === "Enter" && (ev.ctrlKey || ev.metaKey), { multiline: true });

/** Python's value as the field shows it. @param {unknown} v */
export const textFormat = (v) => (v === null || v === undefined ? "" : String(v));

/** The field's text as Python's value: an emptied field of a None-valued widget stays None. */
export const textParse = (/** @type {string} */ s, /** @type {NodeDict} */ node) => (s === "" && node.props.value === null ? null : s);

const isMac = () => /Mac|iPhone|iPad/.test(globalThis.navigator?.platform || globalThis.navigator?.userAgent || "");

/**
 * The messages of Streamlit's InputInstructions.
 * @param {{multiline: boolean, inForm: boolean, allowEnter: boolean, value: string, maxLength: number}} s
 * @returns {string[]}
 */
export function instructions({ multiline, inForm, allowEnter, value, maxLength }) {
  const messages = [];
  if (allowEnter) {
    const what = inForm ? "submit form" : "apply";
    messages.push(multiline ? `Press ${isMac() ? "⌘" : "Ctrl"}+Enter to ${what}` : `Press Enter to ${what}`);
  }
  if (maxLength) messages.push(`${value.length}/${maxLength}`);
  return messages;
}

/** Where Streamlit's hint (`InputInstructions`) appears while the field has focus. */
export function inputInstructions() {
  return h("div", { class: "wl-instructions-slot" });
}

/**
 * Wire `input` as a text field.
 * @param {HTMLInputElement | HTMLTextAreaElement} input
 * @param {import("../widget_services.js").WidgetServices} ctx
 * @param {{parse: (text: string, node: NodeDict) => any, format: (value: any, node: NodeDict) => string,
 *          hint: HTMLElement, isCommitKey: CommitKey}} how `hint`: from inputInstructions()
 */
export function textField(input, ctx, { parse, format, hint, isCommitKey }) {
  /** @type {{node: NodeDict | null, known: string}} */
  const state = { node: null, known: "" };
  const dirty = () => input.value !== state.known;
  /** @type {HTMLElement | null} */
  let shown = null;
  const showHint = () => {
    if (!hasFocus(input) || !state.node) {
      shown?.remove();
      shown = null;
      return;
    }
    const p = state.node.props;
    const inForm = !!p.form_id;
    const messages = instructions({
      multiline: isCommitKey.multiline, inForm, value: input.value, maxLength: Number(p.max_chars) || 0,
      allowEnter: inForm ? ctx.enterSubmits(p.form_id) : dirty(),
    });
    if (!shown) shown = hint.appendChild(h("div", { "data-testid": "InputInstructions", class: "wl-instructions" }));
    const wanted = messages.join("\u0000");
    if (shown.dataset.text !== wanted) {
      shown.dataset.text = wanted;
      shown.replaceChildren(...messages.map((m) => h("span", { class: "wl-instruction" }, [m])));
    }
  };
  /** A refused value's message under the field (`validate`), or none. */
  const error = h("div", { class: "wl-field-error", role: "alert", "data-testid": "stTextInputErrorMessage", hidden: true });
  hint.append(error);
  /**
   * May this text be committed? Not when `required` and blank (the last value stays,
   * as in Streamlit 1.67), nor when it fails `validate` ([pattern, message]).
   * @param {string} text @returns {string | null | false} an error to show, null to commit, false to skip quietly
   */
  const refusal = (text) => {
    const p = state.node?.props || {};
    if (p.required && !text.trim()) return false;
    if (Array.isArray(p.validate) && text) {
      let ok = true;
      try { ok = new RegExp(String(p.validate[0]), "u").test(text); } catch { ok = true; }
      if (!ok) return p.validate[1] ? String(p.validate[1]) : "Please match the requested format.";
    }
    return null;
  };
  const showError = (message) => {
    error.hidden = !message;
    error.textContent = message || "";
    setAttr(input, "aria-invalid", message ? "true" : null);
  };
  const commit = () => {
    if (!state.node || !dirty()) return;
    const refused = refusal(input.value);
    showError(refused || null);
    if (refused !== null) return;
    state.known = input.value;
    ctx.commit(state.node, parse(input.value, state.node));
    showHint();
  };
  /** `live` (1.67): commit after this pause in typing; not inside a form. */
  let liveTimer = 0;
  input.addEventListener("input", () => {
    const ms = state.node?.props.live_ms;
    if (typeof ms !== "number" || state.node?.props.form_id) return;
    clearTimeout(liveTimer);
    liveTimer = setTimeout(commit, ms);
  });
  input.addEventListener("input", showHint);
  input.addEventListener("focus", showHint);
  input.addEventListener("blur", () => { commit(); showHint(); });
  /** @type {HTMLElement} */ (input).addEventListener("keydown", (ev) => {
    if (!isCommitKey(ev)) return;
    ev.preventDefault();
    commit();
    const p = state.node?.props;
    if (p?.form_id) ctx.submitForm(p.form_id);
  });
  return {
    state, commit, showHint,
    /**
     * Take Python's value, unless the user is editing the field.
     * @param {NodeDict} node @param {boolean} takeValue no value of the user's is on its way
     */
    sync(node, takeValue) {
      state.node = node;
      if (!node.props.validate && !node.props.required) showError(null);
      if (takeValue) {
        const v = format(node.props.value, node);
        const editing = hasFocus(input) && dirty();
        state.known = v;
        if (!editing) writeValue(input, v);
      }
      showHint();
    },
  };
}

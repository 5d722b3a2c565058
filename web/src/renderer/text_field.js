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

/** Streamlit 1.67's message for a blank `required` field. */
export const REQUIRED_MESSAGE = "This field is required.";

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
 *          hint: HTMLElement, isCommitKey: CommitKey, testid: string}} how `hint`: from inputInstructions();
 *   `testid`: the widget's (stTextInput), which names its error icon
 */
export function textField(input, ctx, { parse, format, hint, isCommitKey, testid }) {
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
  /** A refused value's message under the field, or none (Streamlit's role=alert line). */
  const error = h("div", { class: "wl-field-error", role: "alert", hidden: true });
  hint.append(error);
  /** The error's icon in the field's box, its message as the tooltip (`stTextInputErrorIcon`). */
  const errorIcon = h("span", { class: "wl-field-error-icon", "data-testid": `${testid}ErrorIcon` }, ["!"]);
  /**
   * Why this text may not be committed, as Streamlit 1.67 words it, or null.
   * `required`: a blank text ("This field is required.", unless `showRequired`
   * is false: then it is refused without a word, as while typing with `live`).
   * `validate` ([pattern, message]): an empty text passes; the pattern has
   * JavaScript's flags "us", as in Streamlit's frontend.
   * @param {string} text @param {{showRequired?: boolean}} [how]
   * @returns {string | false | null} a message to show, false to refuse quietly, null to commit
   */
  const refusal = (text, { showRequired = true } = {}) => {
    const p = state.node?.props || {};
    if (p.required && !text.trim()) return showRequired ? REQUIRED_MESSAGE : false;
    const rule = Array.isArray(p.validate) ? p.validate : null;
    if (!text || !rule || !rule[0]) return null;
    let pattern;
    try {
      pattern = new RegExp(String(rule[0]), "us");
    } catch (err) {
      return `Invalid validate regex: ${rule[0]}. Error: ${String(err)}`;
    }
    if (pattern.test(text)) return null;
    return rule[1] ? String(rule[1]) : `Invalid input. Must match pattern: ${pattern}`;
  };
  /** @param {string | null} message */
  const showError = (message) => {
    error.hidden = !message;
    error.textContent = message || "";
    setAttr(errorIcon, "title", message || null);
    if (!message) errorIcon.remove();
    else if (!errorIcon.isConnected) input.after(errorIcon); // there only while there is an error, as Streamlit's
    setAttr(input, "aria-invalid", message ? "true" : null);
  };
  /**
   * Commit the field's text. Outside a form it is checked first (a refused
   * text shows why and stays uncommitted); inside one it is staged as typed
   * and checked when the form is submitted (`check`), as in Streamlit.
   * @param {{showRequired?: boolean}} [how]
   */
  const commit = (how) => {
    if (!state.node || !dirty()) return;
    if (!state.node.props.form_id) {
      const refused = refusal(input.value, how);
      showError(refused || null);
      if (refused !== null) return;
    }
    state.known = input.value;
    ctx.commit(state.node, parse(input.value, state.node));
    showHint();
  };
  /** The form's submit asks every field first: may it go? (It shows the field's error when not.) */
  const check = () => {
    const refused = input.isConnected ? refusal(input.value) : null;
    showError(refused || null);
    return refused === null;
  };
  /** The form this field's check is registered with, and how to take it back. */
  let guarded = "";
  let unguard = () => {};
  /** `live` (1.67): commit after this pause in typing; not inside a form. */
  let liveTimer = 0;
  input.addEventListener("input", () => {
    const ms = state.node?.props.live_ms;
    if (typeof ms !== "number" || state.node?.props.form_id) return;
    clearTimeout(liveTimer);
    liveTimer = setTimeout(() => commit({ showRequired: false }), ms);
  });
  // Typing clears a shown error; the next commit (or submit) checks again.
  input.addEventListener("input", () => showError(null));
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
    /** Take the field's check back from its form (the view is gone). */
    dispose: () => unguard(),
    /**
     * Take Python's value, unless the user is editing the field.
     * @param {NodeDict} node @param {boolean} takeValue no value of the user's is on its way
     */
    sync(node, takeValue) {
      state.node = node;
      if (!node.props.validate && !node.props.required) showError(null);
      const form = node.props.form_id || "";
      if (form !== guarded) {
        unguard();
        unguard = form ? ctx.forms.guard(form, check) : () => {};
        guarded = form;
      }
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

// A text-like field (text_input, text_area, number_input) that commits on
// Enter (text_area: Ctrl+Enter) or blur. It tracks the last value Python
// knows, so the field is "dirty" while its DOM value differs; a value from
// Python never overwrites a focused field the user is editing.
import { h, setText, writeValue, hasFocus } from "./dom.js";

/**
 * @typedef {import("./index.js").NodeDict} NodeDict
 * @typedef {((ev: KeyboardEvent) => boolean) & {label: (inForm: boolean) => string}} CommitKey
 *   is this key press a commit, and the hint that says which key it is
 */

/** @type {CommitKey} */
export const enterKey = Object.assign((ev) => ev.key === "Enter" && !ev.isComposing, {
  label: (inForm) => (inForm ? "Press Enter to submit form" : "Press Enter to apply"),
});

/** @type {CommitKey} */
export const ctrlEnterKey = Object.assign((ev) => ev.key === "Enter" && (ev.ctrlKey || ev.metaKey), {
  label: () => "Press ⌘+Enter to apply",
});

/** Python's value as the field shows it. @param {unknown} v */
export const textFormat = (v) => (v === null || v === undefined ? "" : String(v));

/** The field's text as Python's value: an emptied field of a None-valued widget stays None. */
export const textParse = (/** @type {string} */ s, /** @type {NodeDict} */ node) => (s === "" && node.props.value === null ? null : s);

/** The hint Streamlit shows under a dirty text field (`InputInstructions`). */
export function inputInstructions() {
  return h("div", { "data-testid": "InputInstructions", class: "wl-instructions", hidden: true });
}

/**
 * Wire `input` as a text field.
 * @param {HTMLInputElement | HTMLTextAreaElement} input
 * @param {import("../widget_services.js").WidgetServices} ctx
 * @param {{parse: (text: string, node: NodeDict) => any, format: (value: any, node: NodeDict) => string,
 *          hint: HTMLElement, isCommitKey: CommitKey}} how
 */
export function textField(input, ctx, { parse, format, hint, isCommitKey }) {
  /** @type {{node: NodeDict | null, known: string}} */
  const state = { node: null, known: "" };
  const dirty = () => input.value !== state.known;
  const showHint = () => {
    const inForm = !!state.node?.props.form_id;
    hint.hidden = !(dirty() && hasFocus(input));
    setText(hint, isCommitKey.label(inForm));
  };
  const commit = () => {
    if (!state.node || !dirty()) return;
    state.known = input.value;
    ctx.commit(state.node, parse(input.value, state.node));
    showHint();
  };
  input.addEventListener("input", showHint);
  input.addEventListener("blur", () => { commit(); hint.hidden = true; });
  /** @type {HTMLElement} */ (input).addEventListener("keydown", (ev) => {
    if (!isCommitKey(ev)) return;
    ev.preventDefault();
    commit();
    const p = state.node?.props;
    if (p?.form_id && input.tagName === "INPUT" && ctx.forms.enterToSubmit(p.form_id)) ctx.submitForm(p.form_id);
  });
  return {
    state, commit,
    /**
     * Take Python's value, unless the user is editing the field.
     * @param {NodeDict} node @param {boolean} takeValue no value of the user's is on its way
     */
    sync(node, takeValue) {
      state.node = node;
      if (!takeValue) return;
      const v = format(node.props.value, node);
      const editing = hasFocus(input) && dirty();
      state.known = v;
      if (!editing) writeValue(input, v);
      showHint();
    },
  };
}

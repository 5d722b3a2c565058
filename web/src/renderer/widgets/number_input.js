// st.number_input, as Streamlit 1.67 draws it: the field shows the value
// through the widget's printf-style `format`; Enter or blur commits what was
// typed, ArrowUp/ArrowDown and the step buttons add or take one `step`
// (rounded to the step's decimals) while that stays within min/max; a value
// outside them is refused with Streamlit's message instead of being sent;
// Escape or the clear button empties a field whose default is None. The step
// buttons hide in a narrow field, the Enter hint in a narrower one.
import { h, setAttr, setText, uniqueId, hasFocus, svgIcon } from "../dom.js";
import { ICONS } from "../icon_paths.js";
import { widgetView } from "../widget_view.js";
import { REQUIRED_MESSAGE, inputInstructions, instructions } from "../text_field.js";
import { formatNumber, stepBy } from "../number_format.js";

/** Streamlit's breakpoints: no step buttons at or below 7.5rem, no Enter hint at or below 11.25rem. */
const HIDE_STEP_BUTTONS_PX = 120;
const HIDE_DETAILS_PX = 180;

/**
 * @typedef {import("../index.js").NodeDict} NodeDict
 * @param {Record<string, any>} p the node's props
 */
const bounds = (p) => ({
  min: typeof p.min === "number" ? p.min : -Infinity,
  max: typeof p.max === "number" ? p.max : Infinity,
});
/** @param {Record<string, any>} p */
const stepOf = (p) => Number(p.step) || (p.data_type === "int" ? 1 : 0.01);
/** @param {number | null} v @param {Record<string, any>} p */
const show = (v, p) => formatNumber(v, { format: p.format, step: stepOf(p), dataType: p.data_type });

/**
 * Streamlit's message for a value outside min/max, or null.
 * @param {number} v @param {Record<string, any>} p
 */
function rangeError(v, p) {
  const { min, max } = bounds(p);
  const below = v < min;
  if (!below && !(v > max)) return null;
  const hasMin = typeof p.min === "number";
  const hasMax = typeof p.max === "number";
  const fmin = show(min, p) ?? String(min);
  const fmax = show(max, p) ?? String(max);
  if (hasMin && hasMax) return `Number is outside the allowed range. Please enter a value between ${fmin} and ${fmax}.`;
  if (below) return hasMin ? `Number is below the allowed range. Please enter a value greater than or equal to ${fmin}.` : "Number is below the allowed range.";
  return hasMax ? `Number is above the allowed range. Please enter a value less than or equal to ${fmax}.` : "Number is above the allowed range.";
}

/** @type {import("../index.js").ViewFactory} */
function numberInput(node, ctx) {
  const id = uniqueId("number_input");
  const input = h("input", { id, type: "number", class: "wl-input", "data-testid": "stNumberInputField" });
  const icon = h("span", { "data-testid": "stNumberInputIcon", class: "wl-input-icon" });
  const clear = h("button", { type: "button", "data-testid": "stNumberInputClearButton", "aria-label": "Clear value", tabindex: "-1", class: "wl-clear-value" }, [svgIcon(ICONS.close, "1rem")]);
  const down = h("button", { type: "button", "data-testid": "stNumberInputStepDown", "aria-label": "Decrement", tabindex: "-1", class: "wl-step" }, ["−"]);
  const up = h("button", { type: "button", "data-testid": "stNumberInputStepUp", "aria-label": "Increment", tabindex: "-1", class: "wl-step" }, ["+"]);
  const steps = h("div", { class: "wl-steps" }, [down, up]);
  const error = h("div", { role: "alert", class: "wl-number-error", hidden: true });
  const container = h("div", { "data-testid": "stNumberInputContainer", class: "wl-field wl-number" }, [input]);
  const hint = inputInstructions();
  /** The value the page holds for the widget (Python's, or the last one committed). */
  let current = /** @type {number | null} */ (null);
  let dirty = false;
  let width = Infinity;

  const props = () => view.node.props;
  /** The typed number, or null. */
  const typed = () => {
    if (input.value.trim() === "") return null;
    const v = props().data_type === "int" ? Number.parseInt(input.value, 10) : Number.parseFloat(input.value);
    return Number.isNaN(v) ? null : v;
  };
  // Streamlit 1.67: no clear button on a required field.
  const clearable = () => props().default === null && !props().disabled && !props().required;
  /** A range error reads "Error: ..."; the required message is Streamlit's own words. */
  const setError = (/** @type {string | null} */ message, prefixed = true) => {
    setAttr(error, "hidden", message === null);
    setText(error, message === null ? "" : prefixed ? `Error: ${message}` : message);
    setAttr(input, "aria-invalid", message === null ? null : "true");
  };
  const paint = () => {
    const p = props();
    const v = typed();
    const { min, max } = bounds(p);
    const step = stepOf(p);
    const noDown = !!p.disabled || v === null || !(v - step >= min);
    const noUp = !!p.disabled || v === null || !(v + step <= max);
    if (down.disabled !== noDown) down.disabled = noDown;
    if (up.disabled !== noUp) up.disabled = noUp;
    // Streamlit: no step buttons in a narrow field (wider when there is an icon).
    const room = HIDE_STEP_BUTTONS_PX + (p.icon ? 24 : 0);
    if (width > room) { if (!steps.isConnected) container.append(steps); } else steps.remove();
    if (clearable() && input.value !== "") { if (!clear.isConnected) container.insertBefore(clear, input.nextSibling); } else clear.remove();
    paintHint();
  };
  /** @type {HTMLElement | null} */
  let shownHint = null;
  const paintHint = () => {
    const p = props();
    if (!hasFocus(input) || width <= HIDE_DETAILS_PX) {
      shownHint?.remove();
      shownHint = null;
      return;
    }
    const inForm = !!p.form_id;
    const messages = instructions({
      multiline: false, inForm, value: input.value, maxLength: 0,
      allowEnter: inForm ? ctx.enterSubmits(p.form_id) : dirty,
    });
    if (!shownHint) shownHint = hint.appendChild(h("div", { "data-testid": "InputInstructions", class: "wl-instructions" }));
    const text = messages.join("\u0000");
    if (shownHint.dataset.text !== text) {
      shownHint.dataset.text = text;
      shownHint.replaceChildren(...messages.map((m) => h("span", { class: "wl-instruction" }, [m])));
    }
  };
  /**
   * Streamlit's commit: an empty field means the default; a value out of
   * range is refused. Returns whether the value was accepted.
   * @param {number | null} value
   */
  const commit = (value) => {
    const p = props();
    const next = value ?? p.default ?? null;
    if (next === null && p.required && !p.form_id) {
      // Required: an emptied field keeps its last value and says why (in a form, its submit checks).
      setError(REQUIRED_MESSAGE, false);
      return false;
    }
    if (value !== null) {
      const message = rangeError(value, p);
      if (message !== null) {
        setError(message);
        return false;
      }
    }
    setError(null);
    dirty = false;
    if (next !== current) {
      current = next;
      ctx.commit(view.node, next);
    }
    input.value = show(next, p) ?? "";
    paint();
    return true;
  };
  /** @param {1 | -1} sign */
  const step = (sign) => {
    const p = props();
    const v = typed();
    const { min, max } = bounds(p);
    const size = stepOf(p);
    if (p.disabled || v === null || (sign > 0 ? !(v + size <= max) : !(v - size >= min))) return;
    commit(stepBy(v, size, sign));
  };

  down.addEventListener("click", () => step(-1));
  up.addEventListener("click", () => step(1));
  clear.addEventListener("mousedown", (ev) => ev.preventDefault());
  clear.addEventListener("click", () => commit(null));
  input.addEventListener("input", () => { dirty = true; setError(null); paint(); });
  input.addEventListener("focus", paintHint);
  input.addEventListener("blur", () => { if (dirty) commit(typed()); paintHint(); });
  // The wheel over a focused number field would change it; Streamlit turns that off.
  input.addEventListener("wheel", (ev) => ev.preventDefault(), { passive: false });
  input.addEventListener("keydown", (ev) => {
    if (ev.key === "ArrowUp") { ev.preventDefault(); step(1); }
    else if (ev.key === "ArrowDown") { ev.preventDefault(); step(-1); }
    else if (ev.key === "Escape" && clearable()) { ev.preventDefault(); commit(null); }
    else if (ev.key === "Enter" && !ev.isComposing) {
      ev.preventDefault();
      const ok = dirty ? commit(typed()) : error.hidden;
      const formId = props().form_id;
      if (ok && formId) ctx.submitForm(formId);
    }
  });

  const view = widgetView(node, ctx, {
    testid: "stNumberInput", labelFor: id,
    body: [container, error, hint],
    named: () => [input], controls: () => [input, clear],
    update(n, takeValue) {
      const p = n.props;
      const { min, max } = bounds(p);
      setAttr(input, "min", Number.isFinite(min) ? min : -Number.MAX_VALUE);
      setAttr(input, "max", Number.isFinite(max) ? max : Number.MAX_VALUE);
      setAttr(input, "step", stepOf(p));
      setAttr(input, "placeholder", p.placeholder || null);
      setText(icon, p.icon ? String(p.icon) : "");
      if (p.icon && !icon.isConnected) container.prepend(icon);
      else if (!p.icon) icon.remove();
      if (takeValue) {
        current = p.value ?? null;
        // Python's value shows unless the user is typing a new one.
        if (!dirty) input.value = show(current, p) ?? "";
      }
      paint();
    },
  });
  if (typeof ResizeObserver === "function") {
    new ResizeObserver((entries) => {
      width = entries[entries.length - 1].contentRect.width;
      paint();
    }).observe(view.el);
  }
  return view;
}

export const views = { number_input: numberInput };

// st.number_input: a number field that commits like a text field, and on
// its step buttons (clamped to min/max, rounded to the step's precision).
import { h, setAttr, uniqueId } from "../dom.js";
import { widgetView } from "../widget_view.js";
import { textField, textFormat, inputInstructions, enterKey } from "../text_field.js";

/**
 * @param {number} v @param {Record<string, any>} p the node's props (min, max)
 */
function clamp(v, p) {
  if (p.min !== null && p.min !== undefined && v < p.min) return p.min;
  if (p.max !== null && p.max !== undefined && v > p.max) return p.max;
  return v;
}

/** @type {import("../index.js").ViewFactory} */
function numberInput(node, ctx) {
  const id = uniqueId("number_input");
  const input = h("input", { id, type: "number", class: "wl-input", "data-testid": "stNumberInputField" });
  const down = h("button", { type: "button", "data-testid": "stNumberInputStepDown", "aria-label": "Decrement", tabindex: "-1", class: "wl-step" }, ["−"]);
  const up = h("button", { type: "button", "data-testid": "stNumberInputStepUp", "aria-label": "Increment", tabindex: "-1", class: "wl-step" }, ["+"]);
  const hint = inputInstructions();
  /** @param {string} s @param {import("../index.js").NodeDict} n */
  const parse = (s, n) => {
    if (s.trim() === "") return null;
    const v = n.props.data_type === "int" ? Math.round(Number(s)) : Number(s);
    return Number.isFinite(v) ? clamp(v, n.props) : n.props.value;
  };
  const field = textField(input, ctx, { parse, format: textFormat, hint, isCommitKey: enterKey });
  /** @param {1 | -1} sign */
  const step = (sign) => {
    const n = field.state.node;
    if (!n || n.props.disabled) return;
    const p = n.props;
    const base = input.value.trim() === "" ? (p.min ?? 0) : Number(input.value);
    const size = Number(p.step) || 1;
    // Round away float noise (0.1 + 0.2) to the step's precision.
    const digits = (String(size).split(".")[1] || "").length;
    input.value = String(clamp(Number((base + sign * size).toFixed(digits)), p));
    field.commit();
  };
  down.addEventListener("click", () => step(-1));
  up.addEventListener("click", () => step(1));
  return widgetView(node, ctx, {
    testid: "stNumberInput", labelFor: id,
    body: [h("div", { "data-testid": "stNumberInputContainer", class: "wl-field wl-number" }, [input, down, up]), hint],
    named: () => [input], controls: () => [input, down, up],
    update(n, takeValue) {
      const p = n.props;
      setAttr(input, "min", p.min ?? null);
      setAttr(input, "max", p.max ?? null);
      setAttr(input, "step", p.step ?? (p.data_type === "int" ? 1 : "any"));
      setAttr(input, "placeholder", p.placeholder || null);
      field.sync(n, takeValue);
    },
  });
}

export const views = { number_input: numberInput };

// Typed inputs. Text fields commit on Enter (text_area: Ctrl+Enter) or blur,
// number_input also on its step buttons; date, time and color on change.
// A value from Python never overwrites a focused field the user is editing.
import { h, setAttr, setText, uniqueId, writeValue, hasFocus } from "../dom.js";
import { widgetLabel, updateLabel, setDisabled, plainLabel, inputInstructions } from "./common.js";

/**
 * Wire a text-like field: tracks the last value Python knows (`known`) so a
 * field is "dirty" while its DOM value differs, and commits on demand.
 */
function textField(input, ctx, { parse, format, hint, isCommitKey }) {
  const state = { node: null, known: "", hint };
  const dirty = () => input.value !== state.known;
  const showHint = () => {
    if (!hint) return;
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
  input.addEventListener("blur", () => { commit(); if (hint) hint.hidden = true; });
  input.addEventListener("keydown", (ev) => {
    if (!isCommitKey(ev)) return;
    ev.preventDefault();
    commit();
    const p = state.node?.props;
    if (p?.form_id && input.tagName === "INPUT" && ctx.forms.enterToSubmit(p.form_id)) ctx.submitForm(p.form_id);
  });
  return {
    state, commit,
    /** Take Python's value unless the user is editing or a commit is queued. */
    sync(node) {
      state.node = node;
      if (ctx.holds(node)) return;
      const v = format(node.props.value, node);
      const editing = hasFocus(input) && dirty();
      state.known = v;
      if (!editing) writeValue(input, v);
      showHint();
    },
  };
}

const enterKey = Object.assign((ev) => ev.key === "Enter" && !ev.isComposing, {
  label: (inForm) => (inForm ? "Press Enter to submit form" : "Press Enter to apply"),
});
const ctrlEnterKey = Object.assign((ev) => ev.key === "Enter" && (ev.ctrlKey || ev.metaKey), {
  label: () => "Press ⌘+Enter to apply",
});

const textFormat = (v) => (v === null || v === undefined ? "" : String(v));
const textParse = (s, node) => (s === "" && node.props.value === null ? null : s);

function textInput(node, ctx) {
  const id = uniqueId("text_input");
  const label = widgetLabel(id);
  const input = h("input", { id, type: "text", class: "wl-input", autocomplete: "off" });
  const hint = inputInstructions();
  const el = h("div", { class: "stTextInput", "data-testid": "stTextInput" }, [
    label, h("div", { "data-testid": "stTextInputRootElement", class: "wl-field" }, [input]), hint,
  ]);
  const field = textField(input, ctx, { parse: textParse, format: textFormat, hint, isCommitKey: enterKey });
  return {
    el,
    update(n) {
      const p = n.props;
      updateLabel(label, p);
      setAttr(input, "aria-label", plainLabel(p));
      setAttr(input, "type", p.input_type === "password" ? "password" : "text");
      setAttr(input, "placeholder", p.placeholder || null);
      setAttr(input, "maxlength", p.max_chars || null);
      setDisabled([input], p.disabled);
      field.sync(n);
    },
  };
}

function textArea(node, ctx) {
  const id = uniqueId("text_area");
  const label = widgetLabel(id);
  const input = h("textarea", { id, class: "wl-input wl-textarea" });
  const hint = inputInstructions();
  const el = h("div", { class: "stTextArea", "data-testid": "stTextArea" }, [
    label, h("div", { "data-testid": "stTextAreaRootElement", class: "wl-field" }, [input]), hint,
  ]);
  const field = textField(input, ctx, { parse: textParse, format: textFormat, hint, isCommitKey: ctrlEnterKey });
  return {
    el,
    update(n) {
      const p = n.props;
      updateLabel(label, p);
      setAttr(input, "aria-label", plainLabel(p));
      setAttr(input, "placeholder", p.placeholder || null);
      setAttr(input, "maxlength", p.max_chars || null);
      input.style.height = p.height ? `${Number(p.height)}px` : "";
      setDisabled([input], p.disabled);
      field.sync(n);
    },
  };
}

function numberInput(node, ctx) {
  const id = uniqueId("number_input");
  const label = widgetLabel(id);
  const input = h("input", { id, type: "number", class: "wl-input", "data-testid": "stNumberInputField" });
  const down = h("button", { type: "button", "data-testid": "stNumberInputStepDown", "aria-label": "Decrement", tabindex: "-1", class: "wl-step" }, ["−"]);
  const up = h("button", { type: "button", "data-testid": "stNumberInputStepUp", "aria-label": "Increment", tabindex: "-1", class: "wl-step" }, ["+"]);
  const hint = inputInstructions();
  const el = h("div", { class: "stNumberInput", "data-testid": "stNumberInput" }, [
    label, h("div", { "data-testid": "stNumberInputContainer", class: "wl-field wl-number" }, [input, down, up]), hint,
  ]);
  const clamp = (v, p) => {
    if (p.min !== null && p.min !== undefined && v < p.min) return p.min;
    if (p.max !== null && p.max !== undefined && v > p.max) return p.max;
    return v;
  };
  const parse = (s, n) => {
    if (s.trim() === "") return null;
    const v = n.props.data_type === "int" ? Math.round(Number(s)) : Number(s);
    return Number.isFinite(v) ? clamp(v, n.props) : n.props.value;
  };
  const field = textField(input, ctx, { parse, format: textFormat, hint, isCommitKey: enterKey });
  const step = (sign) => {
    const n = field.state.node;
    if (!n || n.props.disabled) return;
    const p = n.props;
    const base = input.value.trim() === "" ? (p.min ?? 0) : Number(input.value);
    const size = Number(p.step) || 1;
    // Round away float noise (0.1 + 0.2) to the step's precision.
    const digits = (String(size).split(".")[1] || "").length;
    const next = clamp(Number((base + sign * size).toFixed(digits)), p);
    input.value = String(next);
    field.commit();
  };
  down.addEventListener("click", () => step(-1));
  up.addEventListener("click", () => step(1));
  return {
    el,
    update(n) {
      const p = n.props;
      updateLabel(label, p);
      setAttr(input, "aria-label", plainLabel(p));
      setAttr(input, "min", p.min ?? null);
      setAttr(input, "max", p.max ?? null);
      setAttr(input, "step", p.step ?? (p.data_type === "int" ? 1 : "any"));
      setAttr(input, "placeholder", p.placeholder || null);
      setDisabled([input, down, up], p.disabled);
      field.sync(n);
    },
  };
}

/** A widget made of native inputs that commit on `change`. */
function changeWidget(testid, build) {
  return (node, ctx) => {
    const label = widgetLabel();
    const box = h("div", { class: "wl-field" });
    const el = h("div", { class: testid, "data-testid": testid }, [label, box]);
    const impl = build(box);
    let current = node;
    box.addEventListener("change", () => ctx.commit(current, impl.read(current)));
    return {
      el,
      update(n) {
        current = n;
        const p = n.props;
        updateLabel(label, p);
        impl.render(n, plainLabel(p));
        if (!ctx.holds(n)) impl.write(n);
        setDisabled(box.querySelectorAll("input"), p.disabled);
      },
    };
  };
}

const dateInput = changeWidget("stDateInput", (box) => ({
  render(n, name) {
    const count = n.props.is_range ? 2 : 1;
    while (box.children.length > count) box.lastChild.remove();
    while (box.children.length < count) box.append(h("input", { type: "date", class: "wl-input", "data-testid": "stDateInputField" }));
    [...box.children].forEach((inp, i) => {
      setAttr(inp, "aria-label", count === 2 ? `${name} ${i === 0 ? "start" : "end"}` : name);
      setAttr(inp, "min", n.props.min || null);
      setAttr(inp, "max", n.props.max || null);
    });
  },
  write(n) {
    const v = n.props.value || [];
    [...box.children].forEach((inp, i) => writeValue(inp, v[i] || ""));
  },
  read() {
    return [...box.children].map((inp) => inp.value).filter(Boolean);
  },
}));

const timeInput = changeWidget("stTimeInput", (box) => {
  const input = box.appendChild(h("input", { type: "time", class: "wl-input", "data-testid": "stTimeInputTimeDisplay" }));
  return {
    render(n, name) {
      setAttr(input, "aria-label", name);
      setAttr(input, "step", n.props.step || 60);
    },
    write(n) { writeValue(input, n.props.value || ""); },
    read() { return input.value || null; },
  };
});

const colorPicker = changeWidget("stColorPicker", (box) => {
  const input = box.appendChild(h("input", { type: "color", class: "wl-color", "data-testid": "stColorPickerBlock" }));
  return {
    render(n, name) { setAttr(input, "aria-label", name); },
    write(n) { writeValue(input, String(n.props.value || "#000000").toLowerCase()); },
    read() { return input.value; },
  };
});

export const INPUT_VIEWS = {
  text_input: textInput, text_area: textArea, number_input: numberInput,
  date_input: dateInput, time_input: timeInput, color_picker: colorPicker,
};

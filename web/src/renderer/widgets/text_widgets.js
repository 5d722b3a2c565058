// st.text_input and st.text_area: commit on Enter (text_area: Ctrl+Enter)
// or blur; the label points at the field (label[for]), as in Streamlit.
import { h, setAttr, uniqueId } from "../dom.js";
import { widgetView } from "../widget_view.js";
import { textField, textParse, textFormat, inputInstructions, enterKey, ctrlEnterKey } from "../text_field.js";

/** @type {import("../index.js").ViewFactory} */
function textInput(node, ctx) {
  const id = uniqueId("text_input");
  const input = h("input", { id, type: "text", class: "wl-input", autocomplete: "off" });
  const hint = inputInstructions();
  const field = textField(input, ctx, { parse: textParse, format: textFormat, hint, isCommitKey: enterKey });
  return widgetView(node, ctx, {
    testid: "stTextInput", labelFor: id,
    body: [h("div", { "data-testid": "stTextInputRootElement", class: "wl-field" }, [input]), hint],
    named: () => [input], controls: () => [input],
    update(n, takeValue) {
      const p = n.props;
      setAttr(input, "type", p.input_type === "password" ? "password" : "text");
      setAttr(input, "placeholder", p.placeholder || null);
      setAttr(input, "maxlength", p.max_chars || null);
      field.sync(n, takeValue);
    },
  });
}

/** @type {import("../index.js").ViewFactory} */
function textArea(node, ctx) {
  const id = uniqueId("text_area");
  const input = h("textarea", { id, class: "wl-input wl-textarea" });
  const hint = inputInstructions();
  const field = textField(input, ctx, { parse: textParse, format: textFormat, hint, isCommitKey: ctrlEnterKey });
  return widgetView(node, ctx, {
    testid: "stTextArea", labelFor: id,
    body: [h("div", { "data-testid": "stTextAreaRootElement", class: "wl-field" }, [input]), hint],
    named: () => [input], controls: () => [input],
    update(n, takeValue) {
      const p = n.props;
      setAttr(input, "placeholder", p.placeholder || null);
      setAttr(input, "maxlength", p.max_chars || null);
      input.style.height = p.height ? `${Number(p.height)}px` : "";
      field.sync(n, takeValue);
    },
  });
}

export const views = { text_input: textInput, text_area: textArea };

// st.text_input and st.text_area: commit on Enter (text_area: Ctrl+Enter)
// or blur; the label points at the field (label[for]), as in Streamlit.
import { h, setAttr, uniqueId } from "../dom.js";
import { widgetView } from "../widget_view.js";
import { textField, textParse, textFormat, inputInstructions, enterKey, ctrlEnterKey } from "../text_field.js";

/**
 * @template {HTMLInputElement | HTMLTextAreaElement} F
 * @param {{testid: string, make: () => F, isCommitKey: import("../text_field.js").CommitKey,
 *          own: (field: F, props: Record<string, any>) => void}} kind
 *   `make`: the field (with its page-unique id); `own`: what only this kind of field shows
 * @returns {import("../index.js").ViewFactory}
 */
function textWidget({ testid, make, isCommitKey, own }) {
  return (node, ctx) => {
    const input = make();
    const hint = inputInstructions();
    const field = textField(input, ctx, { parse: textParse, format: textFormat, hint, isCommitKey });
    return widgetView(node, ctx, {
      testid, labelFor: input.id,
      body: [h("div", { "data-testid": `${testid}RootElement`, class: "wl-field" }, [input]), hint],
      named: () => [input], controls: () => [input],
      update(n, takeValue) {
        setAttr(input, "placeholder", n.props.placeholder || null);
        setAttr(input, "maxlength", n.props.max_chars || null);
        own(input, n.props);
        field.sync(n, takeValue);
      },
    });
  };
}

const textInput = textWidget({
  testid: "stTextInput", isCommitKey: enterKey,
  make: () => h("input", { id: uniqueId("text_input"), type: "text", class: "wl-input", autocomplete: "off" }),
  own: (input, p) => setAttr(input, "type", p.input_type === "password" ? "password" : "text"),
});

const textArea = textWidget({
  testid: "stTextArea", isCommitKey: ctrlEnterKey,
  make: () => h("textarea", { id: uniqueId("text_area"), class: "wl-input wl-textarea" }),
  own: (input, p) => { input.style.height = p.height ? `${Number(p.height)}px` : ""; },
});

export const views = { text_input: textInput, text_area: textArea };

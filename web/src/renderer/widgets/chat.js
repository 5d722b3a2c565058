// chat_input: Enter sends the text as a click event with a value (never
// merged: every message is its own run), then the box clears.
import { h, setAttr } from "../dom.js";
import { setDisabled } from "./common.js";

function chatInput(node, ctx) {
  const input = h("textarea", { rows: "1", class: "wl-input wl-chat-textarea", "data-testid": "stChatInputTextArea" });
  const send = h("button", { type: "button", "data-testid": "stChatInputSubmitButton", "aria-label": "Send", class: "wl-button" }, ["➤"]);
  const el = h("div", { class: "stChatInput", "data-testid": "stChatInput" }, [input, send]);
  let current = node;
  const submit = () => {
    const text = input.value;
    if (!text.trim() || current.props.disabled) return;
    input.value = "";
    ctx.click(current, text);
  };
  input.addEventListener("keydown", (ev) => {
    if (ev.key === "Enter" && !ev.shiftKey && !ev.isComposing) {
      ev.preventDefault();
      submit();
    }
  });
  send.addEventListener("click", submit);
  return {
    el,
    update(n) {
      current = n;
      const p = n.props;
      const placeholder = p.placeholder || "Your message";
      setAttr(input, "placeholder", placeholder);
      setAttr(input, "aria-label", placeholder);
      setAttr(input, "maxlength", p.max_chars || null);
      setDisabled([input, send], p.disabled);
    },
  };
}

export const CHAT_VIEWS = { chat_input: chatInput };

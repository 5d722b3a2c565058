// st.chat_input (Enter sends the text as a click event with a value, never
// merged: every message is its own run, then the box clears) and the
// st.chat_message block (an avatar beside its content).
import { h, setAttr, setText } from "../dom.js";
import { widgetView } from "../widget_view.js";
import { verticalHost } from "../elements/layouts.js";

/** @type {import("../index.js").ViewFactory} */
function chatInput(node, ctx) {
  const input = h("textarea", { rows: "1", class: "wl-input wl-chat-textarea", "data-testid": "stChatInputTextArea" });
  const send = h("button", { type: "button", "data-testid": "stChatInputSubmitButton", "aria-label": "Send", class: "wl-button" }, ["➤"]);
  const view = widgetView(node, ctx, {
    testid: "stChatInput", body: [input, send], label: null, helpOn: null, controls: () => [input, send],
    update({ props: p }) {
      const placeholder = p.placeholder || "Your message";
      setAttr(input, "placeholder", placeholder);
      setAttr(input, "aria-label", placeholder);
      setAttr(input, "maxlength", p.max_chars || null);
    },
  });
  const submit = () => {
    const text = input.value;
    if (!text.trim() || view.node.props.disabled) return;
    input.value = "";
    ctx.click(view.node, text);
  };
  input.addEventListener("keydown", (ev) => {
    if (ev.key === "Enter" && !ev.shiftKey && !ev.isComposing) {
      ev.preventDefault();
      submit();
    }
  });
  send.addEventListener("click", submit);
  return view;
}

const AVATARS = { user: "🧑", assistant: "🤖", ai: "🤖", human: "🧑" };

/** @type {import("../index.js").ViewFactory} */
function chatMessage() {
  const avatar = h("div", { class: "wl-avatar", "data-testid": "stChatMessageAvatarCustom", "aria-hidden": "true" });
  const host = verticalHost();
  const el = h("div", { class: "stChatMessage", "data-testid": "stChatMessage" }, [avatar, h("div", { "data-testid": "stChatMessageContent", class: "wl-chat-content" }, [host])]);
  return {
    el, host,
    update({ props }) {
      const name = String(props.name ?? "");
      const icon = props.avatar || AVATARS[name.toLowerCase()] || name.slice(0, 1).toUpperCase();
      setText(avatar, String(icon));
      setAttr(avatar, "data-testid", props.avatar ? "stChatMessageAvatarCustom" : `stChatMessageAvatar${name.toLowerCase() === "user" ? "User" : "Assistant"}`);
      setAttr(el, "aria-label", `Chat message from ${name}`);
    },
  };
}

export const views = { chat_input: chatInput, chat_message: chatMessage };

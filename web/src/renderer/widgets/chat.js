// st.chat_input (Enter sends the text as a click event with a value, never
// merged: every message is its own run, then the box clears) and the
// st.chat_message block (an avatar beside its content). A top-level chat
// input sits in the BOTTOM root (stBottom, pinned below the page).
//
// With accept_file, a paperclip button picks files (shown as chips until
// sent); with accept_audio, a microphone button records (MediaRecorder) until
// pressed again. Then a submit carries {text, files: [{name, type, data}],
// audio}: file bytes travel base64, as the file uploader's do.
import { h, setAttr, setText, svgIcon, toBase64 } from "../dom.js";
import { safeUrl } from "../safe_url.js";
import { setIcon } from "../markdown_html.js";
import { widgetView } from "../widget_view.js";
import { verticalHost } from "../elements/layouts.js";

/** @typedef {{name: string, type: string, data: string}} WireFile */

/** @param {File | Blob} file @param {string} [name] @returns {Promise<WireFile>} */
async function wireFile(file, name) {
  return { name: name || (file instanceof File ? file.name : "audio"), type: file.type, data: toBase64(await file.arrayBuffer()) };
}

/** Material's arrow_upward and stop: the Send and Stop buttons' icons, as in 1.67. */
const ARROW_UP = "M13 19V7.83l4.88 4.88c.39.39 1.03.39 1.42 0a.996.996 0 000-1.41l-6.59-6.59a.996.996 0 00-1.41 0l-6.6 6.58a.996.996 0 101.41 1.41L11 7.83V19c0 .55.45 1 1 1s1-.45 1-1z";
const STOP_SQUARE = "M8 6h8c1.1 0 2 .9 2 2v8c0 1.1-.9 2-2 2H8c-1.1 0-2-.9-2-2V8c0-1.1.9-2 2-2z";

/** @type {import("../index.js").ViewFactory} */
function chatInput(node, ctx) {
  const input = h("textarea", { rows: "1", class: "wl-input wl-chat-textarea", "data-testid": "stChatInputTextArea" });
  const send = h("button", { type: "button", "data-testid": "stChatInputSubmitButton", "aria-label": "Send", class: "wl-chat-send", disabled: true },
    [svgIcon(ARROW_UP)]);
  const picker = h("input", { type: "file", class: "wl-file-input", "data-testid": "stChatInputFileInput", tabindex: "-1" });
  const attach = h("button", { type: "button", "data-testid": "stChatInputFileUploadButton", "aria-label": "Upload files", class: "wl-button wl-chat-tool", hidden: true }, ["📎"]);
  const mic = h("button", { type: "button", "data-testid": "stChatInputMicButton", "aria-label": "Record audio", class: "wl-button wl-chat-tool", hidden: true }, ["🎤"]);
  const chips = h("div", { class: "wl-chat-files", "data-testid": "stChatUploadedFiles" });
  /** @type {File[]} */
  let files = [];
  /** @type {Blob | null} */
  let audio = null;
  /** @type {MediaRecorder | null} */
  let recorder = null;
  let locked = false;
  /** Send is enabled while there is something to send (1.67), unless a run holds it. @param {Record<string, any>} p */
  function sendable(p) {
    if (!locked) send.disabled = !!p.disabled || (!input.value.trim() && !files.length && !audio);
  }
  const rich = () => !!(view.node.props.accept_file || view.node.props.accept_audio);
  const drawChips = () => {
    chips.replaceChildren(...files.map((f, i) => {
      const x = h("button", { type: "button", class: "wl-chip-x", "aria-label": `Remove ${f.name}` });
      x.addEventListener("click", () => { files.splice(i, 1); drawChips(); });
      return h("span", { class: "wl-chip", "data-testid": "stChatInputFile" }, [f.name, x]);
    }), ...(audio ? [h("span", { class: "wl-chip", "data-testid": "stChatInputAudio" }, ["🎤 recording"])] : []));
    sendable(view.node.props);
  };
  const view = widgetView(node, ctx, {
    testid: "stChatInput", body: [chips, h("div", { class: "wl-chat-row" }, [attach, picker, input, mic, send])], label: null,
    helpOn: input, controls: () => [input, attach, mic],
    update({ props: p }) {
      const placeholder = p.placeholder || "Your message";
      setAttr(input, "placeholder", placeholder);
      setAttr(input, "aria-label", placeholder);
      setAttr(input, "maxlength", p.max_chars || null);
      attach.hidden = !p.accept_file;
      mic.hidden = !p.accept_audio;
      setAttr(picker, "multiple", p.accept_file === "multiple" || p.accept_file === "directory");
      setAttr(picker, "webkitdirectory", p.accept_file === "directory");
      setAttr(picker, "accept", Array.isArray(p.file_type) ? p.file_type.map((t) => (t.includes("/") || t.startsWith(".") ? t : `.${t}`)).join(",") : null);
      sendable(p);
    },
  });
  /**
   * submit_mode (1.67): "disable" locks the input until the run its message
   * started ends; "stop" also turns Send into Stop (the app's Stop button).
   * The run's end is the app's `data-test-script-state` going back to notRunning.
   */
  const lock = (on) => {
    locked = on;
    const stop = on && view.node.props.submit_mode === "stop";
    input.disabled = on || !!view.node.props.disabled;
    send.disabled = on && !stop;
    setAttr(send, "aria-label", stop ? "Stop" : "Send");
    setAttr(send, "data-testid", stop ? "stChatInputStopButton" : "stChatInputSubmitButton");
    send.replaceChildren(svgIcon(stop ? STOP_SQUARE : ARROW_UP));
    if (!on) sendable(view.node.props);
  };
  input.addEventListener("input", () => {
    sendable(view.node.props);
    // One line at first, growing with its text (at most ~8 lines, then it scrolls), as 1.67's.
    input.style.height = "";
    if (input.scrollHeight > input.clientHeight) input.style.height = `${Math.min(input.scrollHeight, 168)}px`;
  });
  const lockUntilRunEnds = () => {
    const app = view.el.closest('[data-testid="stApp"]');
    if (!app || !view.node.props.submit_mode) return;
    lock(true);
    let seenRunning = false;
    const watch = new MutationObserver(() => {
      const state = app.getAttribute("data-test-script-state");
      if (state === "running") seenRunning = true;
      else if (seenRunning) { watch.disconnect(); lock(false); }
    });
    watch.observe(app, { attributes: true, attributeFilter: ["data-test-script-state"] });
  };
  const submit = async () => {
    if (locked) {
      // "stop": the Stop button of the app's status widget.
      if (view.node.props.submit_mode === "stop") {
        const stop = view.el.closest('[data-testid="stApp"]')?.querySelector('[data-testid="stStatusWidget"] button');
        if (stop instanceof HTMLElement) stop.click();
      }
      return;
    }
    const text = input.value;
    if ((!text.trim() && !files.length && !audio) || view.node.props.disabled) return;
    lockUntilRunEnds();
    input.value = "";
    input.style.height = "";
    sendable(view.node.props);
    if (!rich()) {
      ctx.click(view.node, text);
      return;
    }
    const sent = files;
    const recorded = audio;
    files = [];
    audio = null;
    drawChips();
    ctx.click(view.node, /** @type {any} */ ({
      text, files: await Promise.all(sent.map((f) => wireFile(f))), audio: recorded ? await wireFile(recorded, "recording.webm") : null,
    }));
  };
  input.addEventListener("keydown", (ev) => {
    if (ev.key === "Enter" && !ev.shiftKey && !ev.isComposing) {
      ev.preventDefault();
      submit();
    }
  });
  send.addEventListener("click", submit);
  attach.addEventListener("click", () => picker.click());
  picker.addEventListener("change", () => {
    const picked = [...(picker.files || [])];
    files = picker.multiple ? [...files, ...picked] : picked.slice(0, 1);
    picker.value = "";
    drawChips();
  });
  mic.addEventListener("click", async () => {
    if (recorder) {
      recorder.stop();
      return;
    }
    try {
      const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
      const parts = /** @type {Blob[]} */ ([]);
      recorder = new MediaRecorder(stream);
      recorder.addEventListener("dataavailable", (ev) => parts.push(ev.data));
      recorder.addEventListener("stop", () => {
        stream.getTracks().forEach((t) => t.stop());
        audio = new Blob(parts, { type: recorder?.mimeType || "audio/webm" });
        recorder = null;
        setAttr(mic, "aria-pressed", null);
        drawChips();
      });
      recorder.start();
      setAttr(mic, "aria-pressed", "true");
    } catch (err) {
      console.warn("wasmlit: the browser did not allow recording audio", err);
      setText(chips, "Recording is not available in this browser (microphone permission or no MediaRecorder).");
    }
  });
  return view;
}

/**
 * A chat message's avatar, as Streamlit 1.67 draws it from the type and value Python sent: the
 * user's and the assistant's icons on red and orange, a Material icon, an emoji, an image, or the
 * name's first letter.
 * @param {string} type "icon" | "emoji" | "image" @param {string} avatar @param {string} name
 * @returns {HTMLElement}
 */
function avatarElement(type, avatar, name) {
  if (type === "image") {
    const src = safeUrl(avatar, { data: true });
    return h("img", { class: "wl-avatar wl-avatar-image", "data-testid": "stChatMessageAvatarImage", alt: "", src: src || "" });
  }
  if (type === "icon" && (avatar === "user" || avatar === "assistant")) {
    const preset = avatar === "user" ? "User" : "Assistant";
    return h("div", { class: `wl-avatar wl-avatar-${avatar}`, "data-testid": `stChatMessageAvatar${preset}`, "aria-hidden": "true" },
      [h("i", { class: "wl-avatar-icon" })]);
  }
  if (type === "icon" && avatar.startsWith(":material")) {
    const box = h("div", { class: "wl-avatar", "data-testid": "stChatMessageAvatarCustom", "aria-hidden": "true" });
    setIcon(box, avatar);
    return box;
  }
  const text = type === "emoji" ? avatar : name ? name.charAt(0).toUpperCase() : "🧑‍💻";
  return h("div", { class: "wl-avatar", "aria-hidden": "true" }, [text]);
}

/** @type {import("../index.js").ViewFactory} */
function chatMessage() {
  const host = verticalHost();
  const content = h("div", { "data-testid": "stChatMessageContent", class: "wl-chat-content", role: "group" }, [host]);
  /** @type {HTMLElement} */
  let avatar = h("div", { class: "wl-avatar" });
  const el = h("div", { class: "stChatMessage", "data-testid": "stChatMessage" }, [avatar, content]);
  return {
    el, host,
    update({ props }) {
      const name = String(props.name ?? "");
      const drawn = [props.avatar_type, props.avatar, name].join("\u0000");
      if (el.dataset.avatar !== drawn) {
        el.dataset.avatar = drawn;
        const next = avatarElement(String(props.avatar_type || "icon"), String(props.avatar || ""), name);
        avatar.replaceWith(next);
        avatar = next;
      }
      // The user's messages stand on a tinted background.
      setAttr(el, "data-from-user", ["user", "human"].includes(name.toLowerCase()) ? "true" : null);
      setAttr(content, "aria-label", `Chat message from ${name}`);
    },
  };
}

export const views = { chat_input: chatInput, chat_message: chatMessage };

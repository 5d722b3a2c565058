// Layout blocks: containers whose children the renderer places in `host`.
import { h, setAttr, setText } from "./dom.js";
import { setMarkdown } from "./markdown.js";

function verticalBlock() {
  const host = h("div", { class: "stVerticalBlock", "data-testid": "stVerticalBlock" });
  const el = h("div", { class: "stLayoutWrapper", "data-testid": "stLayoutWrapper" }, [host]);
  return {
    el, host,
    update({ props }) {
      el.classList.toggle("wl-bordered", !!props.border);
      host.style.height = props.height ? `${Number(props.height)}px` : "";
      host.style.overflowY = props.height ? "auto" : "";
    },
  };
}

function horizontalBlock() {
  const host = h("div", { class: "stHorizontalBlock", "data-testid": "stHorizontalBlock" });
  const el = h("div", { class: "stLayoutWrapper", "data-testid": "stLayoutWrapper" }, [host]);
  return {
    el, host,
    update({ props }) {
      host.dataset.gap = props.gap || "small";
      host.style.alignItems = { center: "center", bottom: "flex-end" }[props.vertical_alignment] || "";
    },
  };
}

function column() {
  const host = h("div", { class: "stVerticalBlock", "data-testid": "stVerticalBlock" });
  const el = h("div", { class: "stColumn", "data-testid": "stColumn" }, [host]);
  return {
    el, host,
    update({ props }) {
      const w = Number(props.weight) > 0 ? Number(props.weight) : 1;
      el.style.flex = `${w} 1 0%`;
    },
  };
}

function expander() {
  const label = h("span", { "data-testid": "stMarkdownContainer" });
  const summary = h("summary", {}, [
    h("span", { class: "wl-expander-icon", "data-testid": "stExpanderIcon" }),
    label,
    h("span", { "data-testid": "stExpanderToggleIcon", class: "wl-toggle-icon", "aria-hidden": "true" }, ["⌄"]),
  ]);
  const host = h("div", { class: "stVerticalBlock", "data-testid": "stVerticalBlock" });
  const details = h("details", {}, [summary, h("div", { "data-testid": "stExpanderDetails" }, [host])]);
  const el = h("div", { class: "stExpander", "data-testid": "stExpander" }, [details]);
  return {
    el, host,
    update({ props }, prev) {
      setMarkdown(label, props.label, { inline: true });
      // The user's open/closed choice wins until the app changes `expanded`.
      if (!prev || prev.props.expanded !== props.expanded) details.open = !!props.expanded;
      const icon = summary.firstChild;
      setText(icon, props.icon ? String(props.icon) : "");
    },
  };
}

function tabs() {
  const list = h("div", { role: "tablist", class: "wl-tablist" });
  const host = h("div", { class: "wl-tabpanels" });
  const el = h("div", { class: "stTabs", "data-testid": "stTabs" }, [list, host]);
  let active = 0;
  let panels = [];
  const show = () => {
    [...list.children].forEach((btn, i) => {
      setAttr(btn, "aria-selected", i === active ? "true" : "false");
      setAttr(btn, "tabindex", i === active ? "0" : "-1");
    });
    panels.forEach((panel, i) => { panel.hidden = i !== active; });
  };
  list.addEventListener("click", (ev) => {
    const btn = ev.target.closest('[role="tab"]');
    if (!btn) return;
    active = [...list.children].indexOf(btn);
    show();
  });
  return {
    el, host,
    update({ props }) {
      const labels = props.labels || [];
      while (list.children.length > labels.length) list.lastChild.remove();
      labels.forEach((text, i) => {
        let btn = list.children[i];
        if (!btn) btn = list.appendChild(h("button", { type: "button", role: "tab", "data-testid": "stTab" }, [h("span", { "data-testid": "stMarkdownContainer" })]));
        setMarkdown(btn.firstChild, text, { inline: true });
      });
      if (active >= labels.length) active = 0;
      show();
    },
    childrenChanged(children) {
      panels = children.map((c) => c.outer);
      show();
    },
  };
}

function tab() {
  const host = h("div", { class: "stVerticalBlock", "data-testid": "stVerticalBlock" });
  const el = h("div", { role: "tabpanel", "data-testid": "stTabPanel", class: "wl-tabpanel" }, [host]);
  return { el, host, update({ props }) { setAttr(el, "aria-label", props.label || null); } };
}

function form(node, ctx) {
  const host = h("div", { class: "stVerticalBlock", "data-testid": "stVerticalBlock" });
  const el = h("div", { class: "stForm", "data-testid": "stForm" }, [host]);
  return {
    el, host,
    update({ props }) {
      el.dataset.formId = props.form_id || "";
      el.classList.toggle("wl-bordered", props.border !== false);
      ctx.forms.configure(props.form_id, { clearOnSubmit: !!props.clear_on_submit, enterToSubmit: props.enter_to_submit !== false });
    },
  };
}

function chatMessage() {
  const avatar = h("div", { class: "wl-avatar", "data-testid": "stChatMessageAvatarCustom", "aria-hidden": "true" });
  const host = h("div", { class: "stVerticalBlock", "data-testid": "stVerticalBlock" });
  const el = h("div", { class: "stChatMessage", "data-testid": "stChatMessage" }, [avatar, h("div", { "data-testid": "stChatMessageContent", class: "wl-chat-content" }, [host])]);
  return {
    el, host,
    update({ props }) {
      const name = String(props.name ?? "");
      const icon = props.avatar || { user: "🧑", assistant: "🤖", ai: "🤖", human: "🧑" }[name.toLowerCase()] || name.slice(0, 1).toUpperCase();
      setText(avatar, String(icon));
      setAttr(avatar, "data-testid", props.avatar ? "stChatMessageAvatarCustom" : `stChatMessageAvatar${name.toLowerCase() === "user" ? "User" : "Assistant"}`);
      setAttr(el, "aria-label", `Chat message from ${name}`);
    },
  };
}

export const BLOCK_VIEWS = {
  chat_message: chatMessage,
  vertical_block: verticalBlock, horizontal_block: horizontalBlock, column, expander, tabs, tab, form,
};

// Layout blocks (st.container, st.columns, st.tabs, st.expander, st.popover):
// containers whose children the renderer places in their `host`. An
// expander, popover or tabs made with `on_change` is a widget too: opening,
// closing or picking a tab commits its value (props.widget_id), and the value
// Python sends back opens, closes or picks.
import { h, setAttr, setText, closestTarget, trimChildren } from "../dom.js";
import { setMarkdown } from "../markdown_html.js";

/** The vertical block every container (a form, a chat message) holds its children in. */
export const verticalHost = () => h("div", { class: "stVerticalBlock", "data-testid": "stVerticalBlock" });

/** @type {import("../index.js").ViewFactory} */
function verticalBlock() {
  const host = verticalHost();
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

/** @type {import("../index.js").ViewFactory} */
function horizontalBlock() {
  const host = h("div", { class: "stHorizontalBlock", "data-testid": "stHorizontalBlock" });
  const el = h("div", { class: "stLayoutWrapper", "data-testid": "stLayoutWrapper" }, [host]);
  return {
    el, host,
    update({ props }) {
      setAttr(host, "data-gap", props.gap || "small");
      host.style.alignItems = { center: "center", bottom: "flex-end" }[props.vertical_alignment] || "";
    },
  };
}

/** @type {import("../index.js").ViewFactory} */
function column() {
  const host = verticalHost();
  const el = h("div", { class: "stColumn", "data-testid": "stColumn" }, [host]);
  return {
    el, host,
    update({ props }) {
      const w = Number(props.weight) > 0 ? Number(props.weight) : 1;
      el.style.flex = `${w} 1 0%`;
    },
  };
}

/**
 * The node a block that is a widget (an expander, popover or tabs with
 * `on_change`) commits its value for: its widget id, not its delta path.
 * @param {import("../index.js").NodeDict} node
 */
const widgetNode = (node) => ({ ...node, id: String(node.props.widget_id) });

/** @type {import("../index.js").ViewFactory} */
function expander(node, ctx) {
  const label = h("span", { "data-testid": "stMarkdownContainer" });
  const icon = h("span", { class: "wl-expander-icon", "data-testid": "stExpanderIcon" });
  const summary = h("summary", {}, [
    icon,
    label,
    h("span", { "data-testid": "stExpanderToggleIcon", class: "wl-toggle-icon", "aria-hidden": "true" }, ["⌄"]),
  ]);
  const host = verticalHost();
  const details = h("details", {}, [summary, h("div", { "data-testid": "stExpanderDetails" }, [host])]);
  const el = h("div", { class: "stExpander", "data-testid": "stExpander" }, [details]);
  let current = node;
  /** The open state Python last said (a toggle the page made itself is not echoed back). */
  let said = /** @type {boolean | null} */ (null);
  details.addEventListener("toggle", () => {
    if (current.props.widget_id && details.open !== said) {
      said = details.open;
      ctx.commit(widgetNode(current), details.open);
    }
  });
  return {
    el, host,
    update(n, prev) {
      current = n;
      const { props } = n;
      setMarkdown(label, props.label, { inline: true });
      // The user's open/closed choice wins until the app changes `expanded`.
      if (!prev || prev.props.expanded !== props.expanded) {
        said = !!props.expanded;
        details.open = !!props.expanded;
      }
      setText(icon, props.icon ? String(props.icon) : "");
    },
  };
}

/** @type {import("../index.js").ViewFactory} */
function popover(node, ctx) {
  const label = h("span", { "data-testid": "stMarkdownContainer" });
  const icon = h("span", { class: "wl-icon", "aria-hidden": "true" });
  const button = h("button", {
    type: "button", class: "wl-button wl-popover-button", "data-testid": "stPopoverButton", "aria-haspopup": "dialog",
    "aria-expanded": "false",
  }, [icon, label, h("span", { class: "wl-chevron", "aria-hidden": "true" }, ["⌄"])]);
  const host = verticalHost();
  const body = h("div", { class: "wl-popover-body", "data-testid": "stPopoverBody", role: "dialog", hidden: true }, [host]);
  const el = h("div", { class: "stPopover", "data-testid": "stPopover" }, [button, body]);
  let current = node;
  let said = /** @type {boolean | null} */ (null);
  const set = (open, fromUser) => {
    if (open === !body.hidden) return;
    body.hidden = !open;
    setAttr(button, "aria-expanded", open ? "true" : "false");
    if (open) {
      const first = /** @type {HTMLElement | null} */ (body.querySelector("input, textarea, select, button, [tabindex]"));
      (first || body).focus?.({ preventScroll: true });
    }
    if (fromUser && current.props.widget_id && open !== said) {
      said = open;
      ctx.commit(widgetNode(current), open);
    }
  };
  button.addEventListener("click", () => set(body.hidden, true));
  // A click outside (across shadow roots) or Escape closes it, as Streamlit's does.
  const onOutside = (ev) => { if (!body.hidden && !ev.composedPath().includes(el)) set(false, true); };
  document.addEventListener("mousedown", onOutside);
  el.addEventListener("keydown", (ev) => {
    if (ev.key === "Escape" && !body.hidden) {
      ev.stopPropagation();
      set(false, true);
      button.focus();
    }
  });
  body.tabIndex = -1;
  return {
    el, host,
    update(n) {
      current = n;
      const p = n.props;
      setMarkdown(label, p.label, { inline: true });
      setText(icon, p.icon ? String(p.icon) : "");
      setAttr(button, "data-kind", p.kind || "secondary");
      setAttr(button, "title", p.help || null);
      button.disabled = !!p.disabled;
      el.classList.toggle("wl-wide", !!p.use_container_width);
      if (p.widget_id && typeof p.value === "boolean" && p.value !== said) {
        said = p.value;
        set(p.value, false);
      }
    },
    destroy() { document.removeEventListener("mousedown", onOutside); },
  };
}

/** @type {import("../index.js").ViewFactory} */
function tabs(node, ctx) {
  const list = h("div", { role: "tablist", class: "wl-tablist" });
  const host = h("div", { class: "wl-tabpanels" });
  const el = h("div", { class: "stTabs", "data-testid": "stTabs" }, [list, host]);
  let active = 0;
  let current = node;
  /** The tab Python last selected (null before the first update). */
  let said = /** @type {number | null} */ (null);
  /** @type {HTMLElement[]} */
  let panels = [];
  const show = () => {
    [...list.children].forEach((btn, i) => {
      setAttr(btn, "aria-selected", i === active ? "true" : "false");
      setAttr(btn, "tabindex", i === active ? "0" : "-1");
    });
    panels.forEach((panel, i) => setAttr(panel, "hidden", i !== active));
  };
  list.addEventListener("click", (ev) => {
    const btn = closestTarget(ev, '[role="tab"]');
    if (!btn) return;
    active = [...list.children].indexOf(btn);
    show();
    if (current.props.widget_id && active !== said) {
      said = active;
      ctx.commit(widgetNode(current), active);
    }
  });
  return {
    el, host,
    update(n, prev) {
      current = n;
      const { props } = n;
      const labels = props.labels || [];
      trimChildren(list, labels.length);
      labels.forEach((text, i) => {
        let btn = list.children[i];
        if (!btn) btn = list.appendChild(h("button", { type: "button", role: "tab", "data-testid": "stTab" }, [h("span", { "data-testid": "stMarkdownContainer" })]));
        setMarkdown(/** @type {HTMLElement} */ (btn.firstChild), text, { inline: true });
      });
      const wanted = props.widget_id ? Number(props.value) : Number(props.default || 0);
      if (!prev || wanted !== said) {
        said = wanted;
        active = wanted;
      }
      if (active >= labels.length) active = 0;
      show();
    },
    childrenChanged(children) {
      panels = children.map((c) => c.outer);
      show();
    },
  };
}

/** @type {import("../index.js").ViewFactory} */
function tab() {
  const host = verticalHost();
  const el = h("div", { role: "tabpanel", "data-testid": "stTabPanel", class: "wl-tabpanel" }, [host]);
  return { el, host, update({ props }) { setAttr(el, "aria-label", props.label || null); } };
}

export const views = {
  vertical_block: verticalBlock, horizontal_block: horizontalBlock, column, expander, tabs, tab, popover,
};

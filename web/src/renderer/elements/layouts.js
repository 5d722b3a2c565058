// Layout blocks (st.container, st.columns, st.tabs, st.expander): containers
// whose children the renderer places in their `host`.
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

/** @type {import("../index.js").ViewFactory} */
function expander() {
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
  return {
    el, host,
    update({ props }, prev) {
      setMarkdown(label, props.label, { inline: true });
      // The user's open/closed choice wins until the app changes `expanded`.
      if (!prev || prev.props.expanded !== props.expanded) details.open = !!props.expanded;
      setText(icon, props.icon ? String(props.icon) : "");
    },
  };
}

/** @type {import("../index.js").ViewFactory} */
function tabs() {
  const list = h("div", { role: "tablist", class: "wl-tablist" });
  const host = h("div", { class: "wl-tabpanels" });
  const el = h("div", { class: "stTabs", "data-testid": "stTabs" }, [list, host]);
  let active = 0;
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
  });
  return {
    el, host,
    update({ props }) {
      const labels = props.labels || [];
      trimChildren(list, labels.length);
      labels.forEach((text, i) => {
        let btn = list.children[i];
        if (!btn) btn = list.appendChild(h("button", { type: "button", role: "tab", "data-testid": "stTab" }, [h("span", { "data-testid": "stMarkdownContainer" })]));
        setMarkdown(/** @type {HTMLElement} */ (btn.firstChild), text, { inline: true });
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

/** @type {import("../index.js").ViewFactory} */
function tab() {
  const host = verticalHost();
  const el = h("div", { role: "tabpanel", "data-testid": "stTabPanel", class: "wl-tabpanel" }, [host]);
  return { el, host, update({ props }) { setAttr(el, "aria-label", props.label || null); } };
}

export const views = {
  vertical_block: verticalBlock, horizontal_block: horizontalBlock, column, expander, tabs, tab,
};

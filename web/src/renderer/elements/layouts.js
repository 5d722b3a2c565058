// Layout blocks (st.container, st.columns, st.tabs, st.expander): containers
// whose children the renderer places in their `host`.
import { h, setAttr, closestTarget, trimChildren } from "../dom.js";
import { setIcon, setMarkdown } from "../markdown_html.js";

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
      // A grid.cell(): it spans tracks of its st.grid.
      el.style.gridColumn = props.column_span === "all" ? "1 / -1" : Number(props.column_span) > 1 ? `span ${Number(props.column_span)}` : "";
      el.style.gridRow = Number(props.row_span) > 1 ? `span ${Number(props.row_span)}` : "";
    },
  };
}

const GRID_GAPS = /** @type {Record<string, string>} */ ({ xxsmall: "0.25rem", xsmall: "0.5rem", small: "1rem", medium: "2rem", large: "4rem", xlarge: "6rem", xxlarge: "8rem" });
/** @param {unknown} gap */
const gridGap = (gap) => (typeof gap === "number" ? `${gap}px` : gap === null || gap === undefined ? "0" : GRID_GAPS[String(gap)] || "1rem");

/** st.grid: a CSS grid; each child (an element, or a grid.cell()) is a cell. @type {import("../index.js").ViewFactory} */
function grid() {
  const host = h("div", { class: "stGrid", "data-testid": "stGrid" });
  const el = h("div", { class: "stLayoutWrapper", "data-testid": "stLayoutWrapper" }, [host]);
  return {
    el, host,
    update({ props }) {
      const min = typeof props.min_column_width === "number" ? `${props.min_column_width}px` : "12.5rem";
      const cols = typeof props.columns === "number" ? props.columns : null;
      host.style.gridTemplateColumns = cols === null
        ? `repeat(auto-fill, minmax(min(${min}, 100%), 1fr))`
        : props.wrap === false
          ? `repeat(${cols}, minmax(${min}, 1fr))`
          : `repeat(auto-fit, minmax(max(min(${min}, 100%), calc((100% - ${cols - 1} * ${gridGap(props.column_gap)}) / ${cols} - 0.5px)), 1fr))`;
      host.style.rowGap = gridGap(props.row_gap);
      host.style.columnGap = gridGap(props.column_gap);
      host.style.gridAutoRows = typeof props.row_height === "number" ? `${props.row_height}px` : "";
      host.style.alignItems = { center: "center", bottom: "end" }[props.vertical_alignment] || "start";
      host.style.gridAutoFlow = props.dense ? "row dense" : "";
      host.style.overflowX = props.wrap === false ? "auto" : "";
      host.style.height = typeof props.height === "number" ? `${props.height}px` : "";
      el.classList.toggle("wl-bordered", !!props.border);
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
      setIcon(icon, props.icon || "");
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
  vertical_block: verticalBlock, horizontal_block: horizontalBlock, column, expander, tabs, tab, grid,
};

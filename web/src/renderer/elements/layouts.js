// Layout blocks (st.container, st.columns, st.tabs, st.expander, st.popover):
// containers whose children the renderer places in their `host`. An
// expander, popover or tabs made with `on_change` is a widget too: opening,
// closing or picking a tab commits its value (props.widget_id), and the value
// Python sends back opens, closes or picks.
import { h, setAttr, closestTarget, trimChildren } from "../dom.js";
import { setIcon, setMarkdown } from "../markdown_html.js";

/** The vertical block every container (a form, a chat message) holds its children in; 1.67 marks
 * every block with its wrapping and whether it keeps scrolled to its bottom (for tests). */
export const verticalHost = () => h("div", { class: "stVerticalBlock", "data-testid": "stVerticalBlock",
  "data-test-wrap": "false", "data-test-scroll-behavior": "normal" });

/** @type {import("../index.js").ViewFactory} */
function verticalBlock() {
  const host = verticalHost();
  const el = h("div", { class: "stLayoutWrapper", "data-testid": "stLayoutWrapper" }, [host]);
  /** @type {Record<string, any>} */
  let latest = {};
  return {
    el, host,
    // A fixed-height container scrolls to its new bottom (1.67 `autoscroll`): always when
    // True, never when False, and by default when it holds chat messages.
    childrenChanged() {
      const auto = !!latest.height && (latest.autoscroll ?? !!host.querySelector('[data-testid="stChatMessage"]'));
      setAttr(host, "data-test-scroll-behavior", auto ? "scroll-to-bottom" : "normal");
      if (auto) requestAnimationFrame(() => { host.scrollTop = host.scrollHeight; });
    },
    update({ props }) {
      latest = props;
      flexLayout(host, props);
      setAttr(host, "data-test-wrap", String(!!props.horizontal && props.wrap !== false));
      el.classList.toggle("wl-bordered", !!props.border);
      // 1.67 draws an st.container() without a border or a fixed height only while it holds
      // something (its allow_empty): an empty one takes no place and no gap.
      el.classList.toggle("wl-vanish-empty", !props.border && !props.height && props.column_span === undefined);
      host.style.height = props.height ? `${Number(props.height)}px` : "";
      host.style.overflowY = props.height ? "auto" : "";
      // A grid.cell(): it spans tracks of its st.grid.
      el.style.gridColumn = props.column_span === "all" ? "1 / -1" : Number(props.column_span) > 1 ? `span ${Number(props.column_span)}` : "";
      el.style.gridRow = Number(props.row_span) > 1 ? `span ${Number(props.row_span)}` : "";
    },
  };
}

/** Flex terms of Streamlit's alignments (left/top: start, distribute: space-between). */
const FLEX = /** @type {Record<string, string>} */ ({ left: "flex-start", top: "flex-start", center: "center", right: "flex-end", bottom: "flex-end", distribute: "space-between" });

/**
 * st.container(horizontal=..., horizontal_alignment=..., vertical_alignment=..., gap=..., wrap=...):
 * a row (then it is Streamlit's stHorizontalBlock) or a column of its elements.
 * @param {HTMLElement} host @param {Record<string, any>} props
 */
function flexLayout(host, props) {
  const row = !!props.horizontal;
  setAttr(host, "data-testid", row ? "stHorizontalBlock" : "stVerticalBlock");
  host.classList.toggle("wl-flex-row", row);
  host.classList.toggle("stHorizontalBlock", row);
  const along = row ? props.horizontal_alignment : props.vertical_alignment;
  const across = row ? props.vertical_alignment : props.horizontal_alignment;
  host.style.flexWrap = row ? (props.wrap === false ? "nowrap" : "wrap") : "";
  host.style.overflowX = row && props.wrap === false ? "auto" : "";
  host.style.justifyContent = along && along !== "left" && along !== "top" ? FLEX[along] || "" : "";
  host.style.alignItems = across && across !== "left" && across !== "top" ? (FLEX[across] === "space-between" ? "stretch" : FLEX[across] || "") : "";
  host.style.gap = "gap" in props ? gridGap(props.gap) : "";
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
  const host = h("div", { class: "stHorizontalBlock", "data-testid": "stHorizontalBlock", "data-test-scroll-behavior": "normal" });
  const el = h("div", { class: "stLayoutWrapper", "data-testid": "stLayoutWrapper" }, [host]);
  return {
    el, host,
    update({ props }) {
      host.style.gap = "gap" in props ? gridGap(props.gap) : "";
      setAttr(host, "data-test-wrap", String(props.wrap !== false));
      // wrap=False (1.67): the columns never stack on a narrow screen; the row scrolls instead.
      setAttr(host, "data-wrap", props.wrap === false ? "false" : null);
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
      // st.columns(border=True): the column itself is the bordered box, as in 1.67.
      el.classList.toggle("wl-bordered", !!props.border);
      el.classList.toggle("stPrintBorderedColumn", !!props.border);
    },
  };
}

const SVG = "http://www.w3.org/2000/svg";
/** A small stroked icon (a check mark, or an exclamation mark in a circle). @param {string} d */
function strokeIcon(d) {
  const svg = document.createElementNS(SVG, "svg");
  for (const [k, v] of Object.entries({ viewBox: "0 0 24 24", width: "18", height: "18", fill: "none", stroke: "currentColor", "stroke-width": "2.5", "stroke-linecap": "round", "stroke-linejoin": "round", "aria-hidden": "true" })) svg.setAttribute(k, v);
  const path = document.createElementNS(SVG, "path");
  path.setAttribute("d", d);
  svg.append(path);
  return svg;
}

/**
 * The icon before an expander's label: st.status's state (a spinner while
 * running, a check, an error mark), else the expander's own icon, else none.
 * @param {Record<string, any>} props
 * @returns {HTMLElement | null}
 */
function expanderIcon(props) {
  if (props.state === "running") return h("span", { "data-testid": "stExpanderIconSpinner", class: "wl-expander-icon wl-spinner-icon", "aria-hidden": "true" });
  if (props.state === "complete") return h("span", { "data-testid": "stExpanderIconCheck", class: "wl-expander-icon wl-status-complete", "aria-hidden": "true" }, [strokeIcon("M4 12.5l5 5L20 6.5")]);
  if (props.state === "error") return h("span", { "data-testid": "stExpanderIconError", class: "wl-expander-icon wl-status-error", "aria-hidden": "true" }, [strokeIcon("M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18M12 7.5v5.5M12 16.5v.01")]);
  if (props.icon) {
    // An emoji or a :material/name: icon, drawn as markdown draws icons.
    const el = h("span", { "data-testid": "stExpanderIcon", class: "wl-expander-icon" });
    setIcon(el, String(props.icon));
    return el;
  }
  return null;
}

/**
 * The node a block that is a widget (an expander, popover or tabs with
 * `on_change`) commits its value for: its widget id, not its delta path.
 * @param {import("../index.js").NodeDict} node
 */
const widgetNode = (node) => ({ ...node, id: String(node.props.widget_id) });

/**
 * A step's icon (1.67's `type="step"`): a status's state, else the expander's
 * icon, else a muted circle; `data-tone` colours it as 1.67 does.
 * @param {Record<string, any>} props @param {HTMLElement} el
 */
function drawStepIcon(props, el) {
  const states = { running: null, complete: ":material/check_circle:", error: ":material/error:" };
  if (props.state === "running") {
    el.replaceChildren(h("span", { class: "wl-spinner-icon", "aria-hidden": "true" }));
  } else {
    setIcon(el, states[/** @type {keyof typeof states} */ (props.state)] ?? (props.icon ? String(props.icon) : ":material/circle:"));
  }
  setAttr(el, "data-tone", props.state === "error" ? "error" : !props.state && props.icon ? "default" : "muted");
}

/** @type {import("../index.js").ViewFactory} */
function expander(node, ctx) {
  const label = h("span", { "data-testid": "stMarkdownContainer" });
  const icon = h("span", { class: "wl-expander-icon-slot" });
  /** What the icon shows now (state and icon), so it is redrawn only when that changes. */
  let iconKey = "";
  // A step of a timeline: its icon column (the chevron stands in for the icon under the pointer)
  // and the line to the next step.
  const stepIcon = h("div", { "data-testid": "stExpanderStepIcon", class: "wl-step-icon" });
  const stepChevron = h("div", { "data-testid": "stExpanderStepChevron", class: "wl-step-chevron" });
  const stepColumn = h("div", { class: "wl-step-col", "aria-hidden": "true" }, [stepIcon, stepChevron]);
  const connector = h("div", { "data-testid": "stExpanderStepConnector", class: "wl-step-connector" });
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
  const drawChevron = () => {
    if (current.props.type === "step") setIcon(stepChevron, details.open ? ":material/keyboard_arrow_down:" : ":material/keyboard_arrow_right:");
  };
  details.addEventListener("toggle", () => {
    drawChevron();
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
      // type (1.67): "compact" is an inline toggle, "step" a step of a timeline (CSS).
      setAttr(el, "data-type", props.type === "compact" || props.type === "step" ? props.type : null);
      // The user's open/closed choice wins until the app changes `expanded`,
      // or the label: as in Streamlit, a different expander at the same place
      // (its label is part of its identity) starts from its own `expanded`
      // (closed when unset). An unset `expanded` (a status's update()) leaves it as it is.
      const given = props.expanded !== null && props.expanded !== undefined;
      if (!prev || prev.props.label !== props.label || (given && prev.props.expanded !== props.expanded)) {
        said = !!props.expanded;
        details.open = !!props.expanded;
      }
      const step = props.type === "step";
      if (step !== stepColumn.isConnected) {
        if (step) {
          summary.prepend(stepColumn);
          el.prepend(connector);
        } else {
          stepColumn.remove();
          connector.remove();
        }
        iconKey = "";
      }
      const key = `${step}|${props.state ?? ""}|${props.icon ?? ""}`;
      if (key !== iconKey) {
        iconKey = key;
        if (step) {
          drawStepIcon(props, stepIcon);
          icon.replaceChildren();
        } else {
          const made = expanderIcon(props);
          icon.replaceChildren(...(made ? [made] : []));
        }
      }
      drawChevron();
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
  }, [icon, label, h("span", { class: "wl-chevron", "aria-hidden": "true" })]);
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
      setIcon(icon, p.icon || "");
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
  // More tabs than fit: 1.67's "Scroll tabs left/right" buttons, each shown while the list can scroll that way.
  const scrollLeft = h("button", { type: "button", class: "wl-tabs-scroll", "data-position": "left", "data-testid": "stTabsScrollLeft", "aria-label": "Scroll tabs left", hidden: true });
  const scrollRight = h("button", { type: "button", class: "wl-tabs-scroll", "data-position": "right", "data-testid": "stTabsScrollRight", "aria-label": "Scroll tabs right", hidden: true });
  const el = h("div", { class: "stTabs", "data-testid": "stTabs" }, [list, scrollLeft, scrollRight, host]);
  const canScroll = () => {
    scrollLeft.hidden = !(list.scrollLeft > 1);
    scrollRight.hidden = !(list.scrollLeft + list.clientWidth < list.scrollWidth - 1);
  };
  list.addEventListener("scroll", canScroll, { passive: true });
  // (None at build time: the prerendered first screen shows no scroll buttons until the page is live.)
  if (typeof ResizeObserver !== "undefined") new ResizeObserver(canScroll).observe(list);
  scrollLeft.addEventListener("click", () => list.scrollBy({ left: -200, behavior: "smooth" }));
  scrollRight.addEventListener("click", () => list.scrollBy({ left: 200, behavior: "smooth" }));
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
      // height (1.67): a fixed height (pixels) or the parent's ("stretch"); the active panel scrolls.
      const height = typeof props.height === "number" && props.height > 0 ? `${props.height}px` : props.height === "stretch" ? "100%" : "";
      if (el.style.height !== height) el.style.height = height;
      el.classList.toggle("wl-tabs-sized", !!height);
      show();
      canScroll();
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

/**
 * A fragment's writes to a container made outside it (1.67's transparent
 * block): its children are laid out as that container's own (display:
 * contents), with no box, test id or gap of its own.
 * @type {import("../index.js").ViewFactory}
 */
function transparent() {
  const el = h("div", { class: "wl-transparent" });
  el.style.display = "contents";
  return { el, host: el, update() {} };
}

export const views = {
  vertical_block: verticalBlock, horizontal_block: horizontalBlock, column, expander, tabs, tab, grid, popover, transparent,
};

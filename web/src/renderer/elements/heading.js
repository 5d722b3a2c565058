// st.title, st.header, st.subheader: a heading whose accessible name is its
// text alone (aria-labelledby), with its anchor and "Link to heading"
// (anchors.js; none with anchor=False), an optional icon before the text, and
// Streamlit's text_alignment and wrap.
import { h, setAttr, setTextLayout } from "../dom.js";
import { setIcon, setMarkdown } from "../markdown_html.js";
import { helpIcon } from "../tooltip.js";
import { LINK_ICON, setAnchor } from "../anchors.js";

let headingSeq = 0;

/** @type {import("../index.js").ViewFactory} */
function heading(node) {
  const tag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(node.props.tag) ? node.props.tag : "h2";
  headingSeq += 1;
  const textId = `wl-heading-${headingSeq}`;
  const text = h("span", { id: textId, class: "wl-heading-text" });
  const link = h("a", { class: "wl-anchor", "aria-label": "Link to heading" });
  link.innerHTML = LINK_ICON;  // a constant of anchors.js, no app data
  const help = helpIcon();
  const actions = h("span", { "data-testid": "stHeaderActionElements" }, [help.el, link]);
  // The icon is decorative: outside the heading's accessible name (aria-labelledby) and its anchor.
  // Put in only when the heading has one: a plain heading's DOM stays as Streamlit's.
  const icon = h("span", { class: "wl-heading-icon", "data-testid": "stHeadingIconWrapper", "aria-hidden": "true" });
  const title = h(tag, { "aria-labelledby": textId }, [text, actions]);
  const el = h("div", { class: "stHeading", "data-testid": "stHeading" }, [
    h("div", { "data-testid": "stMarkdownContainer" }, [
      h("div", { "data-testid": "stHeadingWithActionElements" }, [title]),
    ]),
  ]);
  const divider = h("hr", { "data-testid": "stHeadingDivider", hidden: true });
  el.append(divider);
  return {
    el,
    update({ props }) {
      // wrap=False keeps the first line only (Streamlit), shown in full on hover.
      const body = props.wrap === false ? String(props.body ?? "").split("\n")[0] : props.body;
      setMarkdown(text, body, { inline: true });
      setAttr(text, "title", props.wrap === false && !props.help ? text.textContent : null);
      setIcon(icon, props.icon);
      if (props.icon && !icon.isConnected) title.prepend(icon);
      else if (!props.icon) icon.remove();
      setTextLayout(el, props);
      setAnchor(title, link, text.textContent ?? "", typeof props.anchor === "string" ? props.anchor : null);
      if (props.anchor === false) link.remove();
      else if (!link.isConnected) actions.append(link);
      setAttr(divider, "hidden", !props.divider);
      setAttr(divider, "data-color", props.divider ? String(props.divider) : null);
      if (props.divider === "auto") colourAutoDividersSoon(el);
      else divider.style.removeProperty("--wl-divider");
      help.set(props.help);
    },
  };
}

/** divider=True: successive headings cycle through these colours (1.67; gray and rainbow only when named). */
const AUTO_COLOURS = ["blue", "green", "orange", "red", "violet"];
/** Headings with divider=True updated in this task: their pages' auto dividers get recoloured. @type {Set<HTMLElement>} */
const pendingHeadings = new Set();

/**
 * Give each divider=True heading of the page its colour by its place among them (so a heading
 * added above the others moves their colours on, as the page reads them), once per batch of
 * updates: at the end of this task, when the batch's new elements are in the page, or at the
 * next frame for those that are not yet.
 * @param {HTMLElement} el
 */
function colourAutoDividersSoon(el) {
  if (pendingHeadings.size === 0) queueMicrotask(() => colourAutoDividers(true));
  pendingHeadings.add(el);
}

/** @param {boolean} retry */
function colourAutoDividers(retry) {
  const roots = new Set();
  for (const el of [...pendingHeadings]) {
    if (!el.isConnected) continue;
    roots.add(el.getRootNode());
    pendingHeadings.delete(el);
  }
  for (const root of roots) {
    const dividers = /** @type {NodeListOf<HTMLElement>} */ (/** @type {Document | ShadowRoot} */ (root).querySelectorAll('[data-testid="stHeadingDivider"][data-color="auto"]'));
    dividers.forEach((divider, i) => divider.style.setProperty("--wl-divider", `var(--${AUTO_COLOURS[i % AUTO_COLOURS.length]})`));
  }
  if (pendingHeadings.size && retry) requestAnimationFrame(() => colourAutoDividers(false));
  else pendingHeadings.clear();
}

export const views = { heading };

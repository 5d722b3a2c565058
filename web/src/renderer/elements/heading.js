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
      setAttr(divider, "data-color", props.divider || null);
      // Its colour (heading_dividers.js, loaded by the first heading with a divider).
      if (props.divider) void import("../heading_dividers.js").then((m) => m.colourDivider(el, divider, props.divider), () => {});
      help.set(props.help);
    },
  };
}

export const views = { heading };

// st.title, st.header, st.subheader: a heading whose accessible name is its
// text alone (aria-labelledby), with an anchor link drawn by CSS, an optional
// icon before the text, and Streamlit's text_alignment and wrap.
import { h, setAttr, setTextLayout } from "../dom.js";
import { setIcon, setMarkdown } from "../markdown_html.js";
import { helpIcon } from "../tooltip.js";

let headingSeq = 0;

/** @type {import("../index.js").ViewFactory} */
function heading(node) {
  const tag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(node.props.tag) ? node.props.tag : "h2";
  headingSeq += 1;
  const textId = `wl-heading-${headingSeq}`;
  const text = h("span", { id: textId, class: "wl-heading-text" });
  // The "#" is drawn by CSS, so the heading's text stays exactly the title.
  const link = h("a", { class: "wl-anchor", "aria-hidden": "true", tabindex: "-1" });
  const help = helpIcon();
  // The icon is decorative: outside the heading's accessible name (aria-labelledby) and its anchor.
  // Put in only when the heading has one: a plain heading's DOM stays as Streamlit's.
  const icon = h("span", { class: "wl-heading-icon", "data-testid": "stHeadingIconWrapper", "aria-hidden": "true" });
  const title = h(tag, { "aria-labelledby": textId }, [text, h("span", { "data-testid": "stHeaderActionElements" }, [help.el, link])]);
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
      const anchor = props.anchor || slug(text.textContent);
      setAttr(title, "id", anchor || null);
      setAttr(link, "href", anchor ? `#${anchor}` : null);
      setAttr(divider, "hidden", !props.divider);
      if (props.divider) divider.style.setProperty("--wl-divider", String(props.divider));
      help.set(props.help);
    },
  };
}

/** @param {string} text */
function slug(text) {
  return String(text).toLowerCase().trim().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}

export const views = { heading };

// st.page_link: a link to a page of the app, or elsewhere.
import { h, setAttr } from "../dom.js";
import { setIcon, setMarkdown } from "../markdown_html.js";
import { safeUrl } from "../safe_url.js";
import { helpOnControl } from "../tooltip.js";

/** @type {import("../index.js").ViewFactory} */
function pageLink() {
  const text = h("span", { "data-testid": "stMarkdownContainer" });
  const icon = h("span", { class: "wl-icon", hidden: true });
  const a = h("a", { class: "wl-page-link", "data-testid": "stPageLink-NavLink" }, [icon, text]);
  const el = h("div", { class: "stPageLink", "data-testid": "stPageLink" });
  const setHelp = helpOnControl(el, a);
  return {
    el,
    update({ props }) {
      // The label is markdown, as in Streamlit; the icon an emoji or :material/name:.
      setAttr(icon, "hidden", !props.icon);
      if (props.icon) setIcon(icon, props.icon);
      setMarkdown(text, props.label ?? "", { inline: true });
      setAttr(a, "href", props.disabled ? null : safeUrl(props.url));
      setHelp(props.help);
    },
  };
}

export const views = { page_link: pageLink };

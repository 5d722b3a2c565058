// st.page_link: a link to a page of the app, or elsewhere.
import { h, setAttr, setText } from "../dom.js";
import { safeUrl } from "../safe_url.js";
import { helpOnControl } from "../tooltip.js";

/** @type {import("../index.js").ViewFactory} */
function pageLink() {
  const text = h("span", { "data-testid": "stMarkdownContainer" });
  const a = h("a", { class: "wl-page-link", "data-testid": "stPageLink-NavLink" }, [text]);
  const el = h("div", { class: "stPageLink", "data-testid": "stPageLink" });
  const setHelp = helpOnControl(el, a);
  return {
    el,
    update({ props }) {
      setText(text, `${props.icon ? `${props.icon} ` : ""}${props.label ?? ""}`);
      setAttr(a, "href", props.disabled ? null : safeUrl(props.url));
      setHelp(props.help);
    },
  };
}

export const views = { page_link: pageLink };

// st.page_link: a link to a page of the app (switched in place, with the
// URL and history kept in step), or to another site.
import { h, setAttr } from "../dom.js";
import { setIcon, setMarkdown } from "../markdown_html.js";
import { safeUrl } from "../safe_url.js";
import { helpOnControl } from "../tooltip.js";

/** @type {import("../index.js").ViewFactory} */
function pageLink(node, ctx) {
  const icon = h("span", { class: "wl-icon", "aria-hidden": "true", hidden: true });
  const text = h("span", { "data-testid": "stMarkdownContainer" });
  const a = h("a", { class: "wl-page-link", "data-testid": "stPageLink-NavLink" }, [icon, text]);
  const el = h("div", { class: "stPageLink", "data-testid": "stPageLink" });
  const setHelp = helpOnControl(el, a);
  let current = node;
  a.addEventListener("click", (ev) => {
    const p = current.props;
    if (p.disabled) {
      ev.preventDefault();
      return;
    }
    if (p.page === null || p.page === undefined || ev.button !== 0 || ev.metaKey || ev.ctrlKey || ev.shiftKey) return;
    ev.preventDefault();
    ctx.navigate(String(p.page), p.query ? String(p.query) : "");
  });
  return {
    el,
    update(n) {
      current = n;
      const p = n.props;
      // The label is markdown, as in Streamlit; the icon an emoji or :material/name:.
      setAttr(icon, "hidden", !p.icon);
      if (p.icon) setIcon(icon, p.icon);
      // icon_position="right" (1.67): the icon after the label.
      if ((p.icon_position === "right") !== (a.lastChild === icon)) {
        if (p.icon_position === "right") a.append(icon);
        else a.prepend(icon);
      }
      setMarkdown(text, p.label ?? "", { inline: true });
      const internal = p.page !== null && p.page !== undefined;
      const path = String(p.page ?? "").split("/").map(encodeURIComponent).join("/") || "./";
      // Relative to the app's root: the page's own URL, or its <base> on a page's entry.
      const href = internal ? path + (p.query ? `?${p.query}` : "") : safeUrl(p.url);
      setAttr(a, "href", p.disabled ? null : href);
      setAttr(a, "target", internal ? null : "_blank");
      setAttr(a, "rel", internal ? null : "noopener noreferrer");
      setAttr(a, "aria-disabled", p.disabled ? "true" : null);
      setHelp(p.help);
    },
  };
}

export const views = { page_link: pageLink };

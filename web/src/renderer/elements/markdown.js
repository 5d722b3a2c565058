// st.markdown, st.caption, st.divider, st.latex (typeset by KaTeX): one
// element whose variant decides its inner container.
import { h, setTextLayout } from "../dom.js";
import { setMarkdown } from "../markdown_html.js";
import { helpIcon } from "../tooltip.js";

/** @type {import("../index.js").ViewFactory} */
function markdown() {
  const el = h("div", { class: "stMarkdown", "data-testid": "stMarkdown" });
  const help = helpIcon();
  /** @type {HTMLElement} */
  let box = el;
  let variant = null;
  return {
    el,
    update({ props }) {
      const v = props.variant || "markdown";
      if (v !== variant) {
        variant = v;
        el.replaceChildren();
        if (v === "divider") box = el.appendChild(h("hr", { "data-testid": "stDivider" }));
        else box = el.appendChild(h("div", v === "caption" ? { "data-testid": "stCaptionContainer", class: "stCaptionContainer" } : { "data-testid": "stMarkdownContainer" }));
        el.append(help.el);
      }
      if (v !== "divider") setMarkdown(box, props.body, { allowHtml: !!props.allow_html });
      setTextLayout(el, props);
      // anchors=False: the headings keep their ids (deep links work), without the link icon.
      el.classList.toggle("wl-no-anchors", props.anchors === false);
      help.set(props.help);
      el.classList.toggle("wl-has-help", !!props.help);
    },
  };
}

export const views = { markdown };

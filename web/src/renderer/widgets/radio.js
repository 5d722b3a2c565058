// st.radio: a radiogroup of native radios, committed on change (the index).
import { h, setAttr, trimChildren } from "../dom.js";
import { setMarkdown } from "../markdown_html.js";
import { widgetView } from "../widget_view.js";

/** @type {import("../index.js").ViewFactory} */
function radio(node, ctx) {
  const group = h("div", { role: "radiogroup", "data-testid": "stRadioGroup", class: "wl-radiogroup" });
  const view = widgetView(node, ctx, {
    testid: "stRadio", className: "row-widget stRadio", body: [group],
    named: () => [group], controls: () => group.querySelectorAll("input"),
    update(n, takeValue) {
      const p = n.props;
      group.classList.toggle("wl-horizontal", !!p.horizontal);
      const options = p.options || [];
      const captions = p.captions || [];
      trimChildren(group, options.length);
      options.forEach((opt, i) => {
        let row = group.children[i];
        if (!row) {
          row = group.appendChild(h("label", { "data-testid": "stRadioOption", "data-baseweb": "radio", class: "wl-radio" }, [
            h("input", { type: "radio", name: n.id, value: String(i) }),
            h("div", { "data-testid": "stMarkdownContainer" }),
            h("div", { "data-testid": "stRadioCaption", class: "wl-radio-caption" }, [h("div", { "data-testid": "stCaptionContainer", class: "stCaptionContainer" })]),
          ]));
        }
        const [, text, captionBox] = /** @type {HTMLElement[]} */ ([...row.children]);
        setMarkdown(text, opt, { inline: true });
        // A caption is markdown; in a row where others have one, an option without one keeps
        // their line as an empty spacer (1.67's stRadioCaptionSpacer), so the options stay aligned.
        const spacer = !captions[i] && !!p.horizontal && captions.some(Boolean);
        setAttr(captionBox, "data-testid", captions[i] ? "stRadioCaption" : spacer ? "stRadioCaptionSpacer" : null);
        setAttr(captionBox, "aria-hidden", spacer ? "true" : null);
        setMarkdown(/** @type {HTMLElement} */ (captionBox.firstElementChild), captions[i] || (spacer ? "\u00a0" : ""), { inline: true });
        setAttr(captionBox, "hidden", !captions[i] && !spacer);
      });
      if (takeValue) {
        group.querySelectorAll("input").forEach((inp, i) => { if (inp.checked !== (p.value === i)) inp.checked = p.value === i; });
      }
    },
  });
  group.addEventListener("change", (ev) => {
    const target = /** @type {HTMLInputElement} */ (ev.target);
    if (target.type === "radio" && target.checked) ctx.commit(view.node, Number(target.value));
  });
  return view;
}

export const views = { radio };

// button, download_button, form_submit_button: real <button>s named by their text.
import { h, setAttr } from "../dom.js";
import { setMarkdown } from "../markdown.js";
import { setDisabled } from "./common.js";

function makeButton(testid, kindSuffix, onClick) {
  return (node, ctx) => {
    const text = h("div", { "data-testid": "stMarkdownContainer" });
    const icon = h("span", { class: "wl-icon", hidden: true });
    const button = h("button", { type: "button", class: "wl-button" }, [icon, text]);
    const el = h("div", { class: testid, "data-testid": testid }, [button]);
    let current = node;
    button.addEventListener("click", () => onClick(current, ctx));
    return {
      el,
      update(n) {
        current = n;
        const p = n.props;
        const kind = ["primary", "secondary", "tertiary"].includes(p.kind) ? p.kind : "secondary";
        setAttr(button, "data-testid", `stBaseButton-${kind}${kindSuffix}`);
        button.dataset.kind = kind;
        setMarkdown(text, p.label, { inline: true });
        icon.hidden = !p.icon;
        icon.textContent = p.icon ? String(p.icon) : "";
        setAttr(button, "title", p.help || null);
        button.classList.toggle("wl-wide", !!p.use_container_width);
        setDisabled([button], p.disabled);
      },
    };
  };
}

export const BUTTON_VIEWS = {
  button: makeButton("stButton", "", (node, ctx) => ctx.click(node)),
  download_button: makeButton("stDownloadButton", "", (node, ctx) => {
    ctx.downloadLocal(node);
    ctx.click(node);
  }),
  form_submit_button: makeButton("stFormSubmitButton", "FormSubmit", (node, ctx) => ctx.submit(node)),
};

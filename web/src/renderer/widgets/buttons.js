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

/** pills / segmented_control / feedback: toggle buttons; commits chosen indices. */
function buttonGroup(node, ctx) {
  const label = h("div", { "data-testid": "stWidgetLabel", class: "wl-label", "aria-hidden": "true" }, [h("div", { "data-testid": "stMarkdownContainer" })]);
  const group = h("div", { role: "group", class: "wl-button-group" });
  const el = h("div", { class: "stButtonGroup", "data-testid": "stButtonGroup" }, [label, group]);
  let current = node;
  let value = [];
  const paint = () => [...group.children].forEach((b, i) => setAttr(b, "aria-pressed", value.includes(i) ? "true" : "false"));
  group.addEventListener("click", (ev) => {
    const b = ev.target.closest("button");
    if (!b || current.props.disabled) return;
    const i = Number(b.dataset.index);
    const multi = current.props.selection_mode === "multi";
    value = value.includes(i) ? value.filter((v) => v !== i) : multi ? [...value, i] : [i];
    paint();
    ctx.commit(current, value);
  });
  return {
    el,
    update(n) {
      current = n;
      const p = n.props;
      setMarkdown(label.firstChild, p.label ?? "", { inline: true });
      label.hidden = !p.label || p.label_visibility === "collapsed";
      setAttr(group, "aria-label", p.label || null);
      el.dataset.style = p.style || "pills";
      const options = p.options || [];
      while (group.children.length > options.length) group.lastChild.remove();
      options.forEach((opt, i) => {
        let b = group.children[i];
        if (!b) b = group.appendChild(h("button", { type: "button", class: "wl-button wl-pill", "data-index": String(i), "data-testid": "stBaseButton-pills" }));
        if (b.textContent !== String(opt)) b.textContent = String(opt);
      });
      if (!ctx.holds(n)) value = Array.isArray(p.value) ? [...p.value] : [];
      paint();
      setDisabled([...group.children], p.disabled);
    },
  };
}

export const BUTTON_VIEWS = {
  button_group: buttonGroup,
  button: makeButton("stButton", "", (node, ctx) => ctx.click(node)),
  download_button: makeButton("stDownloadButton", "", (node, ctx) => {
    ctx.downloadLocal(node);
    ctx.click(node);
  }),
  form_submit_button: makeButton("stFormSubmitButton", "FormSubmit", (node, ctx) => ctx.submit(node)),
};

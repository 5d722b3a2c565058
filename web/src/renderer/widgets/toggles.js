// checkbox/toggle and radio: real native inputs, committed on change.
import { h, setAttr, setText } from "../dom.js";
import { setMarkdown } from "../markdown.js";
import { widgetLabel, updateLabel, setDisabled, plainLabel } from "./common.js";

function checkbox(node, ctx) {
  const input = h("input", { type: "checkbox" });
  const text = h("div", { "data-testid": "stWidgetLabel", class: "wl-label" }, [h("div", { "data-testid": "stMarkdownContainer" })]);
  const label = h("label", { "data-baseweb": "checkbox", class: "wl-check" }, [input, h("span", { class: "wl-check-mark", "aria-hidden": "true" }), text]);
  const el = h("div", { class: "row-widget stCheckbox", "data-testid": "stCheckbox" }, [label]);
  let current = node;
  input.addEventListener("change", () => {
    setAttr(input, "aria-checked", String(input.checked));
    ctx.commit(current, input.checked);
  });
  return {
    el,
    update(n) {
      current = n;
      const p = n.props;
      el.classList.toggle("stToggle", p.style === "toggle");
      setAttr(input, "aria-label", plainLabel(p));
      setMarkdown(text.firstChild, p.label, { inline: true });
      text.style.visibility = p.label_visibility === "hidden" ? "hidden" : "";
      text.style.display = p.label_visibility === "collapsed" ? "none" : "";
      setAttr(label, "title", p.help || null);
      if (!ctx.holds(n) && input.checked !== !!p.value) input.checked = !!p.value;
      setAttr(input, "aria-checked", String(input.checked));
      setDisabled([input], p.disabled);
    },
  };
}

function radio(node, ctx) {
  const label = widgetLabel();
  const group = h("div", { role: "radiogroup", "data-testid": "stRadioGroup", class: "wl-radiogroup" });
  const el = h("div", { class: "row-widget stRadio", "data-testid": "stRadio" }, [label, group]);
  let current = node;
  group.addEventListener("change", (ev) => {
    if (ev.target.type === "radio" && ev.target.checked) ctx.commit(current, Number(ev.target.value));
  });
  return {
    el,
    update(n) {
      current = n;
      const p = n.props;
      updateLabel(label, p);
      setAttr(group, "aria-label", plainLabel(p));
      group.classList.toggle("wl-horizontal", !!p.horizontal);
      const options = p.options || [];
      const captions = p.captions || [];
      while (group.children.length > options.length) group.lastChild.remove();
      options.forEach((opt, i) => {
        let row = group.children[i];
        if (!row) {
          row = group.appendChild(h("label", { "data-testid": "stRadioOption", "data-baseweb": "radio", class: "wl-radio" }, [
            h("input", { type: "radio", name: n.id, value: String(i) }),
            h("div", { "data-testid": "stMarkdownContainer" }),
            h("div", { "data-testid": "stCaptionContainer", class: "stCaptionContainer" }),
          ]));
        }
        setMarkdown(row.children[1], opt, { inline: true });
        setText(row.children[2], captions[i] || "");
        row.children[2].hidden = !captions[i];
      });
      const inputs = [...group.querySelectorAll("input")];
      if (!ctx.holds(n)) inputs.forEach((inp, i) => { if (inp.checked !== (p.value === i)) inp.checked = p.value === i; });
      setDisabled(inputs, p.disabled);
    },
  };
}

export const TOGGLE_VIEWS = { checkbox, radio };

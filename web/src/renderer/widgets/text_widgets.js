// st.text_input and st.text_area: commit on Enter (text_area: Ctrl+Enter)
// or blur; the label points at the field (label[for]), as in Streamlit.
// A password field has Streamlit's show/hide toggle, a search field its clear
// button, and a field with an icon shows it before the text.
import { h, setAttr, uniqueId, svgIcon } from "../dom.js";
import { ICONS } from "../icon_paths.js";
import { setIcon } from "../markdown_html.js";
import { widgetView } from "../widget_view.js";
import { textField, textParse, textFormat, inputInstructions, enterKey, ctrlEnterKey } from "../text_field.js";

/**
 * @typedef {{controls: HTMLElement[], update: (props: Record<string, any>) => void}} Extras
 *   what only one kind of field has: `controls` go in the field's box after it
 */

/**
 * @template {HTMLInputElement | HTMLTextAreaElement} F
 * @param {{testid: string, make: () => F, isCommitKey: import("../text_field.js").CommitKey,
 *          extras: (field: F, commitText: (text: string) => void) => Extras}} kind
 *   `make`: the field (with its page-unique id)
 * @returns {import("../index.js").ViewFactory}
 */
function textWidget({ testid, make, isCommitKey, extras }) {
  return (node, ctx) => {
    const input = make();
    const hint = inputInstructions();
    const field = textField(input, ctx, { parse: textParse, format: textFormat, hint, isCommitKey, testid });
    const own = extras(input, (text) => { input.value = text; field.commit(); });
    return widgetView(node, ctx, {
      testid, labelFor: input.id,
      body: [h("div", { "data-testid": `${testid}RootElement`, class: "wl-field" }, [input, ...own.controls]), hint],
      named: () => [input], controls: () => [input, ...own.controls.flatMap((c) => [...c.querySelectorAll("button")])],
      update(n, takeValue) {
        setAttr(input, "placeholder", n.props.placeholder || null);
        setAttr(input, "maxlength", n.props.max_chars || null);
        field.sync(n, takeValue);
        own.update(n.props);
      },
      destroy: field.dispose,
    });
  };
}

/** text_input's type -> the field's HTML type (Streamlit 1.67). */
const HTML_TYPES = { default: "text", password: "password", email: "email", url: "url", phone: "tel", search: "search" };

const SVG = "http://www.w3.org/2000/svg";
/** An eye (crossed out when `off`), for the password toggle. @param {boolean} off */
function eyeIcon(off) {
  const svg = document.createElementNS(SVG, "svg");
  for (const [k, v] of Object.entries({ viewBox: "0 0 24 24", width: "18", height: "18", fill: "currentColor", "aria-hidden": "true" })) svg.setAttribute(k, v);
  const path = document.createElementNS(SVG, "path");
  path.setAttribute("d", off
    ? "M12 7c2.76 0 5 2.24 5 5 0 .65-.13 1.26-.36 1.83l2.92 2.92c1.51-1.26 2.7-2.89 3.43-4.75-1.73-4.39-6-7.5-11-7.5-1.4 0-2.74.25-3.98.7l2.16 2.16C10.74 7.13 11.35 7 12 7zM2 4.27l2.28 2.28.46.46C3.08 8.3 1.78 10.02 1 12c1.73 4.39 6 7.5 11 7.5 1.55 0 3.03-.3 4.38-.84l.42.42L19.73 22 21 20.73 3.27 3 2 4.27zM7.53 9.8l1.55 1.55c-.05.21-.08.43-.08.65 0 1.66 1.34 3 3 3 .22 0 .44-.03.65-.08l1.55 1.55c-.67.33-1.41.53-2.2.53-2.76 0-5-2.24-5-5 0-.79.2-1.53.53-2.2z"
    : "M12 4.5C7 4.5 2.73 7.61 1 12c1.73 4.39 6 7.5 11 7.5s9.27-3.11 11-7.5c-1.73-4.39-6-7.5-11-7.5zM12 17c-2.76 0-5-2.24-5-5s2.24-5 5-5 5 2.24 5 5-2.24 5-5 5zm0-8c-1.66 0-3 1.34-3 3s1.34 3 3 3 3-1.34 3-3-1.34-3-3-3z");
  svg.append(path);
  return svg;
}

const textInput = textWidget({
  testid: "stTextInput", isCommitKey: enterKey,
  make: () => h("input", { id: uniqueId("text_input"), type: "text", class: "wl-input", "data-testid": "stTextInputField" }),
  extras(input, commitText) {
    const icon = h("span", { "data-testid": "stTextInputIcon", class: "wl-input-icon" });
    let revealed = false;
    const toggle = h("button", { type: "button", class: "wl-field-button", "data-testid": "stTextInputPasswordToggle" });
    const clear = h("button", { type: "button", class: "wl-field-button", "data-testid": "stTextInputClearButton", "aria-label": "Clear entry", tabindex: "-1" }, [svgIcon(ICONS.close, "1rem")]);
    const buttons = h("div", { class: "wl-field-buttons" });
    /** @type {Record<string, any>} */
    let props = {};
    const paint = () => {
      const password = props.input_type === "password";
      setAttr(input, "type", password && revealed ? "text" : HTML_TYPES[props.input_type] || "text");
      setAttr(toggle, "aria-label", revealed ? "Hide password" : "Show password");
      setAttr(toggle, "aria-pressed", String(revealed));
      if (password) { if (!toggle.isConnected) buttons.append(toggle); } else toggle.remove();
      const wantsClear = props.input_type === "search" && !props.disabled && input.value !== "";
      if (wantsClear) { if (!clear.isConnected) buttons.prepend(clear); } else clear.remove();
    };
    for (const b of [toggle, clear]) b.addEventListener("mousedown", (ev) => ev.preventDefault()); // keep the field's focus
    toggle.addEventListener("click", () => { revealed = !revealed; toggle.replaceChildren(eyeIcon(revealed)); paint(); });
    toggle.append(eyeIcon(false));
    clear.addEventListener("click", () => { commitText(""); paint(); });
    input.addEventListener("input", paint);
    return {
      controls: [buttons],
      update(p) {
        props = p;
        setAttr(input, "autocomplete", p.autocomplete ?? "");
        setIcon(icon, p.icon || "");
        if (p.icon && !icon.isConnected) input.before(icon);
        else if (!p.icon) icon.remove();
        paint();
      },
    };
  },
});

const textArea = textWidget({
  testid: "stTextArea", isCommitKey: ctrlEnterKey,
  make: () => h("textarea", { id: uniqueId("text_area"), class: "wl-input wl-textarea" }),
  extras: (input) => ({
    controls: [],
    update: (p) => {
      // 1.67's `height` is the whole widget's, its label included: the box takes what the label leaves.
      const widget = /** @type {HTMLElement | null} */ (input.closest('[data-testid="stTextArea"]'));
      const height = p.height ? `${Number(p.height)}px` : "";
      if (widget && widget.style.height !== height) widget.style.height = height;
      widget?.classList.toggle("wl-fixed-height", !!height);
    },
  }),
});

export const views = { text_input: textInput, text_area: textArea };

// st.button, st.download_button, st.form_submit_button (real <button>s
// named by their text) and st.link_button (a link styled as a button).
import { h, setAttr } from "../dom.js";
import { setIcon, setMarkdown } from "../markdown_html.js";
import { safeUrl } from "../safe_url.js";
import { widgetView } from "../widget_view.js";
import { helpOnControl } from "../tooltip.js";

/**
 * @typedef {import("../index.js").NodeDict} NodeDict
 * @typedef {import("../../widget_services.js").WidgetServices} WidgetServices
 */

/**
 * @param {string} testid @param {string} kindSuffix of the inner button's test id (`FormSubmit`)
 * @param {(node: NodeDict, ctx: WidgetServices, button: HTMLButtonElement, current: () => NodeDict) => void} onClick
 *   `current` is the button's node as the latest run drew it
 * @param {HTMLElement[]} [after] shown under the button
 * @returns {import("../index.js").ViewFactory}
 */
function buttonView(testid, kindSuffix, onClick, after = []) {
  return (node, ctx) => {
    const text = h("div", { "data-testid": "stMarkdownContainer" });
    const icon = h("span", { class: "wl-icon", hidden: true });
    const button = h("button", { type: "button", class: "wl-button" }, [icon, text]);
    const slot = h("div", { class: "wl-button-slot" });
    const view = widgetView(node, ctx, {
      testid, body: [slot, ...after], label: null, helpOn: null, setHelp: helpOnControl(slot, button),
      // A button busy with its download stays disabled through the click's own rerun.
      controls: () => (button.classList.contains("wl-busy") ? [] : [button]),
      update({ props: p }) {
        const kind = ["primary", "secondary", "tertiary"].includes(p.kind) ? p.kind : "secondary";
        setAttr(button, "data-testid", `stBaseButton-${kind}${kindSuffix}`);
        setAttr(button, "data-kind", kind);
        setMarkdown(text, p.label, { inline: true });
        setAttr(icon, "hidden", !p.icon);
        setIcon(icon, p.icon || "");
        if ((p.icon_position === "right") !== (text.nextSibling === icon)) {
          if (p.icon_position === "right") text.after(icon);
          else button.prepend(icon);
        }
        button.classList.toggle("wl-wide", !!p.use_container_width || p.width === "stretch" || typeof p.width === "number");
        setWrap(button, p.wrap, text);
        setShortcut(button, p.shortcut);
      },
      destroy: () => setShortcut(button),
    });
    button.addEventListener("click", () => onClick(view.node, ctx, button, () => view.node));
    return view;
  };
}

/** How long a failed download's message stays under its button (Streamlit 1.67: 5 s). */
const DOWNLOAD_ERROR_MS = 5000;

/**
 * st.download_button. Data made on demand (`data=` a function, `props.deferred`)
 * is asked of the worker; until it comes, the button is disabled and its icon
 * is a spinner, and a failure shows under it (`stDownloadButtonError`), as in 1.67.
 * @type {import("../index.js").ViewFactory}
 */
function downloadButton(node, ctx) {
  const error = h("small", { "data-testid": "stDownloadButtonError", class: "wl-download-error", hidden: true });
  const spinner = h("span", { class: "wl-icon wl-busy-icon" });
  setIcon(spinner, "spinner");
  let hideError = 0;
  const showError = (/** @type {string | null} */ message) => {
    clearTimeout(hideError);
    error.textContent = message || "";
    error.hidden = !message;
    if (message) hideError = window.setTimeout(() => { error.hidden = true; }, DOWNLOAD_ERROR_MS);
  };
  return buttonView("stDownloadButton", "", async (n, c, button, current) => {
    const saved = c.download(n);
    if (n.props.rerun !== false) c.click(n); // on_click="ignore": no rerun
    if (!n.props.deferred) return;
    showError(null);
    button.classList.add("wl-busy");
    if (n.props.icon_position === "right") button.append(spinner);
    else button.prepend(spinner);
    button.disabled = true;
    const failure = await saved;
    button.classList.remove("wl-busy");
    spinner.remove();
    button.disabled = !!current().props.disabled;
    showError(failure);
  }, [error])(node, ctx);
}

/** @type {import("../index.js").ViewFactory} */
function linkButton(node, ctx) {
  const text = h("div", { "data-testid": "stMarkdownContainer" });
  const a = h("a", { class: "wl-button", target: "_blank", rel: "noopener noreferrer", "data-testid": "stBaseLinkButton-secondary" }, [text]);
  const slot = h("div", { class: "wl-button-slot" });
  // With on_click (a widget, `rerun`), following the link also clicks it, as in Streamlit 1.67.
  a.addEventListener("click", () => { if (view.node.props.rerun && !view.node.props.disabled) ctx.click(view.node); });
  const view = widgetView(node, ctx, {
    testid: "stLinkButton", body: [slot], label: null, helpOn: null, setHelp: helpOnControl(slot, a),
    update({ props }) {
      setMarkdown(text, `${props.icon ? `${props.icon} ` : ""}${props.label ?? ""}`, { inline: true });
      setAttr(a, "href", props.disabled ? null : safeUrl(props.url));
      setAttr(a, "aria-disabled", props.disabled ? "true" : null);
      setAttr(a, "data-kind", props.kind || "secondary");
      setAttr(a, "data-testid", `stBaseLinkButton-${props.kind || "secondary"}`);
      a.classList.toggle("wl-wide", props.width === "stretch" || typeof props.width === "number");
      setWrap(a, props.wrap, text);
      setShortcut(a, props.shortcut);
    },
    destroy: () => setShortcut(a),
  });
  return view;
}

/**
 * A button's keyboard shortcut (1.67), shown and bound by shortcuts.js, which the first button
 * with one loads; none takes it away.
 * @param {HTMLElement} el @param {unknown} [shortcut]
 */
const setShortcut = (el, shortcut) => {
  if (shortcut || el.querySelector(".wl-shortcut")) void import("../shortcuts.js").then((m) => m.showShortcut(el, shortcut));
};

/**
 * A button's `wrap` (Streamlit 1.67): false keeps its label on one line, cut
 * with an ellipsis (its full text on hover); true lets it wrap; unset is the default look.
 * @param {HTMLElement} button @param {unknown} wrap @param {HTMLElement} label its label's text
 */
function setWrap(button, wrap, label) {
  button.classList.toggle("wl-nowrap-label", wrap === false);
  button.classList.toggle("wl-wrap-label", wrap === true);
  setAttr(button, "title", wrap === false ? label.textContent : null);
}

export const views = {
  button: buttonView("stButton", "", (node, ctx) => ctx.click(node)),
  download_button: downloadButton,
  form_submit_button: buttonView("stFormSubmitButton", "FormSubmit", (node, ctx) => ctx.submit(node)),
  link_button: linkButton,
};

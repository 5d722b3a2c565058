// Pieces every widget view shares: the label, the help text, disabled state.
import { h, setAttr } from "../dom.js";
import { setMarkdown } from "../markdown.js";

/**
 * The visible widget label (`stWidgetLabel`). Accessible names come from
 * `aria-label` on the control itself, as in Streamlit, so this is aria-hidden.
 * @param {string} [forId] only text/number inputs point a label at their input
 */
export function widgetLabel(forId) {
  return h(forId ? "label" : "div", { "data-testid": "stWidgetLabel", class: "wl-label", "aria-hidden": "true", for: forId || null }, [
    h("div", { "data-testid": "stMarkdownContainer" }),
  ]);
}

/** Update a label's text and its label_visibility (visible/hidden/collapsed). */
export function updateLabel(labelEl, props) {
  setMarkdown(labelEl.firstChild, props.label ?? "", { inline: true });
  const vis = props.label_visibility || "visible";
  labelEl.style.visibility = vis === "hidden" ? "hidden" : "";
  labelEl.style.display = vis === "collapsed" ? "none" : "";
  setAttr(labelEl, "title", props.help || null);
}

/** Plain text of a label (markdown stripped) for aria-label. */
export function plainLabel(props) {
  return String(props.label ?? "");
}

/** Apply `disabled` to controls. */
export function setDisabled(controls, disabled) {
  for (const c of controls) if (c.disabled !== !!disabled) c.disabled = !!disabled;
}

/** The hint Streamlit shows under a dirty text field. */
export function inputInstructions() {
  return h("div", { "data-testid": "InputInstructions", class: "wl-instructions", hidden: true });
}

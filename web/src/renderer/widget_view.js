// What every widget view shares: the `stWidgetLabel` (text, visibility and
// help), the accessible name of its controls, the disabled state, the node
// its event handlers act on, and the rule for Python's value: it is written
// into the widget only when no value the user set is still on its way
// (ctx.holds), so a rerun never undoes what was just typed or picked.
import { h, setAttr } from "./dom.js";
import { setMarkdown } from "./markdown_html.js";
import { attachTooltip, helpIcon } from "./tooltip.js";
import { REQUIRED_MESSAGE } from "./text_field.js";

/**
 * Widgets whose `required` blocks their form's submit while they hold no
 * value (Streamlit 1.67). Text fields check themselves (text_field.js).
 */
const REQUIRED_IN_FORMS = new Set(["selectbox", "number_input", "date_input", "time_input", "date_time_input"]);
/** Widgets whose visible label says "(required)" when they are (Streamlit 1.67's WidgetLabel). */
const REQUIRED_MARKED = new Set([...REQUIRED_IN_FORMS, "text_input", "text_area"]);

/** No value: None, an empty text, an empty date range. @param {unknown} v */
const isBlank = (v) => v === null || v === undefined || v === "" || (Array.isArray(v) && v.length === 0);

/**
 * @typedef {import("./index.js").NodeDict} NodeDict
 * @typedef {import("./index.js").View & {node: NodeDict, label: HTMLElement | null}} WidgetView
 *   `node`: the latest node (what event handlers commit for)
 */

/**
 * @typedef {object} WidgetSpec
 * @property {string} testid the widget's data-testid, also its class
 * @property {string} [className] its classes, when more than the test id (`row-widget stRadio`)
 * @property {Node[]} body what follows the label inside the widget
 * @property {HTMLElement | null} [label] its stWidgetLabel: by default a new one, first in the
 *   widget; an element drawn by the widget itself (it places it); null: none (the widget draws its text)
 * @property {string} [labelFor] the id of the field a new label points at (text and number inputs)
 * @property {HTMLElement | null} [helpOn] where the `?` help icon goes (default: at the end of the label;
 *   null: the widget shows no help, or shows it itself with `setHelp`)
 * @property {(help: string | null | undefined) => void} [setHelp] the widget's own way to show `help`
 * @property {() => Iterable<Element>} [named] controls whose aria-label is the label (Streamlit's accessible names)
 * @property {() => Iterable<HTMLButtonElement | HTMLInputElement | HTMLTextAreaElement>} [controls] disabled with the widget
 * @property {(node: NodeDict, takeValue: boolean) => void} [update] the widget's own part; `takeValue`:
 *   no user value is on its way, so Python's value may be written into the widget
 * @property {() => void} [destroy]
 * @property {HTMLElement} [errorIcon] the widget's error icon in its field (`stSelectboxErrorIcon`): shown,
 *   with the message as its tooltip, while a required widget's form refuses its blank value
 */

/**
 * A widget's view: the shared part of every update, then the widget's own.
 * @param {NodeDict} node @param {import("../widget_services.js").WidgetServices} ctx
 * @param {WidgetSpec} spec
 * @returns {WidgetView}
 */
export function widgetView(node, ctx, spec) {
  const label = spec.label === undefined ? widgetLabel(spec.labelFor) : spec.label;
  const ownLabel = spec.label === undefined;
  const helpOn = spec.helpOn === undefined ? label : spec.helpOn;
  const help = helpOn ? helpIcon() : null;
  if (help && helpOn) helpOn.append(ownLabel ? h("div", { class: "wl-label-help" }, [help.el]) : help.el);
  const el = h("div", { class: spec.className || spec.testid, "data-testid": spec.testid }, [ownLabel ? label : null, ...spec.body]);
  const required = requiredInForm(el, ctx, () => view.node, spec.errorIcon);
  /** @type {WidgetView} */
  const view = {
    el, node, label,
    update(n) {
      view.node = n;
      required.update(n);
      const p = n.props;
      if (label) updateLabel(label, p, REQUIRED_MARKED.has(n.type) && !!p.required);
      const name = String(p.label ?? "");
      help?.set(p.help, name);
      spec.setHelp?.(p.help);
      for (const control of spec.named?.() || []) setAttr(control, "aria-label", name);
      spec.update?.(n, !ctx.holds(n));
      setDisabled(spec.controls?.() || [], p.disabled);
      setWidth(el, p.width);
    },
    destroy() {
      required.dispose();
      spec.destroy?.();
    },
  };
  return view;
}

/**
 * A required widget in a form: its check, registered with the form, refuses
 * the submit while the widget's value (staged, else Python's) is blank, and
 * shows Streamlit's "This field is required." under it until a value comes.
 * @param {HTMLElement} el @param {import("../widget_services.js").WidgetServices} ctx
 * @param {() => NodeDict} latest
 * @param {HTMLElement} [icon] the widget's error icon, shown with the message
 * @returns {{update: (node: NodeDict) => void, dispose: () => void}} `update` on every update
 */
function requiredInForm(el, ctx, latest, icon) {
  const message = h("div", { class: "wl-field-error", role: "alert", hidden: true }, [REQUIRED_MESSAGE]);
  if (icon) attachTooltip(icon).set(REQUIRED_MESSAGE);
  let form = "";
  let unguard = () => {};
  const value = () => {
    const n = latest();
    const staged = ctx.forms.stagedValue(form, n.id);
    return staged === undefined ? n.props.value : staged;
  };
  const show = (/** @type {boolean} */ on) => {
    message.hidden = !on;
    if (icon) icon.hidden = !on;
    if (on && !message.isConnected) el.append(message);
  };
  // A value staged in the form clears the message, and so does typing one (as Streamlit's
  // number input: while typing, so the page does not shift under the pointer on its way to the
  // submit button, when the field's blur stages the value).
  const staged = (/** @type {string} */ id) => {
    if (id === latest().id && !message.hidden && !isBlank(value())) show(false);
  };
  el.addEventListener("input", (ev) => {
    const typed = /** @type {HTMLInputElement} */ (ev.target).value;
    if (!message.hidden && typeof typed === "string" && typed.trim()) show(false);
  });
  const update = (/** @type {NodeDict} */ n) => {
    const wanted = REQUIRED_IN_FORMS.has(n.type) && n.props.required && n.props.form_id ? String(n.props.form_id) : "";
    if (wanted === form) return;
    unguard();
    show(false);
    form = wanted;
    if (!form) {
      unguard = () => {};
      return;
    }
    const stopGuard = ctx.forms.guard(form, () => {
      const blank = el.isConnected && isBlank(value());
      show(blank);
      return !blank;
    });
    const stopListening = ctx.forms.onStage(staged);
    unguard = () => { stopGuard(); stopListening(); };
  };
  return { update, dispose: () => unguard() };
}

/**
 * The visible widget label (`stWidgetLabel`), as in Streamlit 1.67: its text
 * is aria-hidden (accessible names come from `aria-label` on the control
 * itself), its help icon is not.
 * @param {string} [forId] only text and number inputs point a label at their input
 */
function widgetLabel(forId) {
  return h("label", { "data-testid": "stWidgetLabel", class: "wl-label", for: forId || null }, [
    h("span", { "aria-hidden": "true", class: "wl-label-text" }, [h("div", { "data-testid": "stMarkdownContainer" })]),
  ]);
}

/**
 * A label's text, its label_visibility (visible / hidden / collapsed) and the required mark.
 * @param {HTMLElement} labelEl @param {Record<string, any>} props @param {boolean} required
 */
function updateLabel(labelEl, props, required) {
  const text = labelEl.querySelector('[data-testid="stMarkdownContainer"]');
  if (text) setMarkdown(/** @type {HTMLElement} */ (text), props.label ?? "", { inline: true });
  const vis = props.label_visibility || "visible";
  // Streamlit 1.67 marks a required widget's visible label "(required)".
  const marked = required && vis === "visible";
  let marker = labelEl.querySelector('[data-testid="stWidgetLabelRequired"]');
  if (marked && !marker) {
    marker = h("span", { "data-testid": "stWidgetLabelRequired", class: "wl-label-required", "aria-hidden": "true" }, ["(required)"]);
    (labelEl.querySelector(".wl-label-text") ?? labelEl.lastChild)?.after(marker);
  } else if (!marked) {
    marker?.remove();
  }
  labelEl.style.visibility = vis === "hidden" ? "hidden" : "";
  labelEl.style.display = vis === "collapsed" ? "none" : "";
}

/**
 * A widget's `width`: "stretch" (the default), "content", or pixels.
 * @param {HTMLElement} el @param {unknown} width
 */
export function setWidth(el, width) {
  const px = typeof width === "number" && width > 0 ? `${width}px` : "";
  if (el.style.width !== px) el.style.width = px;
  el.classList.toggle("wl-width-content", width === "content");
}

/**
 * An element's `height`: pixels (it scrolls what does not fit), "stretch" (its parent's), or "content".
 * @param {HTMLElement} el @param {unknown} height
 */
export function setHeight(el, height) {
  const px = typeof height === "number" && height > 0 ? `${height}px` : "";
  if (el.style.height !== px) el.style.height = px;
  el.classList.toggle("wl-fixed-height", !!px);
  el.classList.toggle("wl-height-stretch", height === "stretch");
}

/**
 * Apply `disabled` to controls, touching only those that differ.
 * @param {Iterable<HTMLButtonElement | HTMLInputElement | HTMLTextAreaElement>} controls
 * @param {unknown} disabled
 */
export function setDisabled(controls, disabled) {
  for (const c of controls) if (c.disabled !== !!disabled) c.disabled = !!disabled;
}

// Streamlit's help tooltips: a `?` icon (`stTooltipIcon` > `stTooltipHoverTarget`
// > button "Help for <label>") beside a widget's label or an element, or a hover
// target around a button. Hovering or focusing the target shows the help text,
// as markdown, in `stTooltipContent` (role=tooltip), drawn on top of the page;
// leaving removes it from the DOM, as Streamlit does.
import { h, layerOf, setAttr } from "./dom.js";
import { setMarkdown } from "./markdown_html.js";

/** Pause before a tooltip the pointer left goes away (time to move onto it). */
const CLOSE_DELAY_MS = 60;
const SVG = "http://www.w3.org/2000/svg";

/** Streamlit's help icon: a circled question mark (feather's help-circle). */
function questionIcon() {
  const svg = document.createElementNS(SVG, "svg");
  for (const [k, v] of Object.entries({
    width: "16", height: "16", viewBox: "0 0 24 24", fill: "none", stroke: "currentColor", "stroke-width": "2",
    "stroke-linecap": "round", "stroke-linejoin": "round", "aria-hidden": "true", focusable: "false",
  })) svg.setAttribute(k, v);
  const circle = document.createElementNS(SVG, "circle");
  circle.setAttribute("cx", "12"); circle.setAttribute("cy", "12"); circle.setAttribute("r", "10");
  const path = document.createElementNS(SVG, "path");
  path.setAttribute("d", "M9.09 9a3 3 0 0 1 5.83 1c0 2-3 3-3 3");
  const dot = document.createElementNS(SVG, "line");
  for (const [k, v] of Object.entries({ x1: "12", y1: "17", x2: "12.01", y2: "17" })) dot.setAttribute(k, v);
  svg.append(circle, path, dot);
  return svg;
}

/**
 * Show `text` (markdown) while the pointer or the focus is on `target`.
 * @param {HTMLElement} target @param {string} [testid] of the content (a grid's is `stDataFrameTooltipContent`)
 * @returns {{set(text: string | null | undefined): void, close(): void}}
 */
export function attachTooltip(target, testid = "stTooltipContent") {
  let text = "";
  /** @type {HTMLElement | null} */
  let tip = null;
  let closeTimer = 0;
  const close = () => {
    clearTimeout(closeTimer);
    tip?.remove();
    tip = null;
  };
  const closeSoon = () => {
    clearTimeout(closeTimer);
    closeTimer = setTimeout(close, CLOSE_DELAY_MS);
  };
  const open = () => {
    clearTimeout(closeTimer);
    if (!text || tip || !target.isConnected) return;
    const body = h("div", { class: "wl-tooltip-body" });
    setMarkdown(body, text);
    tip = h("div", { "data-testid": testid, class: `${testid} wl-tooltip`, role: "tooltip" }, [body]);
    tip.addEventListener("pointerenter", () => clearTimeout(closeTimer));
    tip.addEventListener("pointerleave", closeSoon);
    layerOf(target).append(tip);
    place(tip, target);
  };
  target.addEventListener("pointerenter", open);
  target.addEventListener("pointerleave", closeSoon);
  target.addEventListener("focusin", open);
  target.addEventListener("focusout", close);
  target.addEventListener("keydown", (ev) => { if (ev.key === "Escape") close(); });
  return {
    set(value) {
      text = value === null || value === undefined ? "" : String(value);
      if (!text) close();
      else if (tip) setMarkdown(/** @type {HTMLElement} */ (tip.firstChild), text);
    },
    close,
  };
}

/**
 * The `?` icon with its tooltip, for a widget label or an element. `el` is an
 * empty placeholder until there is help (most elements never have any).
 * @returns {{el: HTMLElement, set(help: string | null | undefined, label?: string): void}}
 */
export function helpIcon() {
  const el = h("span", { "data-testid": "stTooltipIcon", class: "stTooltipIcon wl-help", hidden: true });
  /** @type {{button: HTMLButtonElement, tip: ReturnType<typeof attachTooltip>} | null} */
  let made = null;
  return {
    el,
    set(help, label) {
      if (!help && !made) return;
      if (!made) {
        const button = h("button", { type: "button", class: "wl-help-button", "aria-label": "Help" }, [questionIcon()]);
        const target = h("span", { "data-testid": "stTooltipHoverTarget", class: "stTooltipHoverTarget wl-help-target" }, [button]);
        el.append(target);
        made = { button, tip: attachTooltip(target) };
      }
      made.tip.set(help);
      setAttr(el, "hidden", !help);
      setAttr(made.button, "aria-label", label ? `Help for ${label}` : "Help");
    },
  };
}

/**
 * A hover target around a control (a button's help shows on the button itself):
 * `stTooltipIcon` > `stTooltipHoverTarget` > control while there is help; the
 * control alone in `slot` otherwise.
 * @param {HTMLElement} slot where the control (or its hover target) lives
 * @param {HTMLElement} control
 * @returns {(help: string | null | undefined) => void}
 */
export function helpOnControl(slot, control) {
  const target = h("span", { "data-testid": "stTooltipHoverTarget", class: "stTooltipHoverTarget wl-help-target wl-help-wide" });
  const wrap = h("span", { "data-testid": "stTooltipIcon", class: "stTooltipIcon wl-help-control" }, [target]);
  const tip = attachTooltip(target);
  if (control.parentNode !== slot) slot.append(control);
  return (help) => {
    tip.set(help);
    if (help && control.parentNode !== target) {
      slot.replaceChildren(wrap);
      target.append(control);
    } else if (!help && control.parentNode !== slot) {
      slot.replaceChildren(control);
    }
  };
}


/** Above the target (below it when there is no room), inside the viewport. */
function place(/** @type {HTMLElement} */ tip, /** @type {HTMLElement} */ target) {
  const r = target.getBoundingClientRect();
  const t = tip.getBoundingClientRect();
  const gap = 6;
  const top = r.top - t.height - gap >= 0 ? r.top - t.height - gap : r.bottom + gap;
  const left = Math.max(4, Math.min(r.left + r.width / 2 - t.width / 2, window.innerWidth - t.width - 4));
  tip.style.top = `${Math.round(top)}px`;
  tip.style.left = `${Math.round(left)}px`;
}

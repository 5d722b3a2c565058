// The element toolbar (`stElementToolbar`) Streamlit shows above a
// dataframe, a chart or an image when the pointer is over it: one
// `stElementToolbarButton` per action, named by its aria-label ("Download as
// CSV", "Fullscreen" ...). Where it sits and when it shows is
// style/toolbar.css; full_screen_frame.js adds the Fullscreen button.
import { h } from "./dom.js";
import { ICONS } from "./icon_paths.js";

/**
 * `context` is the element's alt text: Streamlit names the button "Fullscreen: <alt>" then, so
 * that two charts' buttons can be told apart by a screen reader.
 * @typedef {{label: string, icon: keyof typeof ICONS, onClick: () => void, context?: string}} ToolbarButton
 */

/** @param {keyof typeof ICONS} name */
function icon(name) {
  const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  svg.setAttribute("viewBox", "0 0 24 24");
  svg.setAttribute("aria-hidden", "true");
  svg.setAttribute("data-testid", "stElementToolbarButtonIcon");
  const path = document.createElementNS("http://www.w3.org/2000/svg", "path");
  path.setAttribute("d", ICONS[name]);
  svg.append(path);
  return svg;
}

export class Toolbar {
  constructor() {
    this.box = h("div", { "data-testid": "stElementToolbarButtonContainer", class: "wl-toolbar-buttons" });
    this.el = h("div", { class: "stElementToolbar wl-toolbar", "data-testid": "stElementToolbar" }, [this.box]);
    /** The buttons last drawn, as "label|icon|context" (so unchanged buttons are not redrawn). */
    this.drawn = "";
  }

  /** @param {ToolbarButton[]} buttons */
  set(buttons) {
    const sig = buttons.map((b) => `${b.label}|${b.icon}|${b.context || ""}`).join(";");
    this.actions = buttons;
    if (sig === this.drawn) return;
    this.drawn = sig;
    this.box.replaceChildren(...buttons.map((b, i) => {
      const name = b.context?.trim() ? `${b.label}: ${b.context.trim()}` : b.label;
      const button = h("button", { type: "button", class: "wl-toolbar-button", "aria-label": name, title: b.label }, [icon(b.icon)]);
      button.addEventListener("click", (ev) => {
        ev.stopPropagation();
        this.actions?.[i]?.onClick();
      });
      return h("div", { "data-testid": "stElementToolbarButton" }, [button]);
    }));
  }
}

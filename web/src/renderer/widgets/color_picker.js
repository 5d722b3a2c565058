// st.color_picker, as Streamlit 1.67 draws it: a swatch (stColorPickerBlock) in a button that
// opens a picker (role=dialog > stColorPickerPopover): a saturation area and a hue slider
// (vanilla-colorful, loaded on the first open), and fields for the colour as hex, RGB or HSL
// (the arrows button switches, as react-color's do). The value ('#rrggbb') is committed when the
// picker closes: a click elsewhere, Escape, Tab out of it, or the swatch again.
import { h, setAttr } from "../dom.js";
import { widgetView } from "../widget_view.js";
import { lazy, stylesheet } from "../../lazy.js";

const loadPicker = lazy(() => import("../../vendor/colorful/hex-color-picker.js"));
const loadConvert = lazy(() => import("../../vendor/colorful/lib/utils/convert.js"));
const POPOVER_CSS = new URL("./color_picker.css", import.meta.url);

/** The field modes, in the order the arrows button goes through them. */
const MODES = ["hex", "rgb", "hsl"];
/** A full hex colour, as the hex field takes it (with or without '#', 3 or 6 digits). */
const HEX = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i;
const ARROWS = '<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M12 5.83 15.17 9l1.41-1.41L12 3 7.41 7.59 8.83 9 12 5.83zm0 12.34L8.83 15l-1.41 1.41L12 21l4.59-4.59L15.17 15 12 18.17z"/></svg>';

/** '#abc' or 'abc' -> '#aabbcc' (lower case). @param {string} text */
function fullHex(text) {
  const digits = text.replace("#", "").toLowerCase();
  return `#${digits.length === 3 ? [...digits].map((d) => d + d).join("") : digits}`;
}

/** @type {import("../index.js").ViewFactory} */
function colorPicker(node, ctx) {
  const swatch = h("div", { "data-testid": "stColorPickerBlock", class: "wl-color-swatch" });
  const button = h("button", { type: "button", class: "wl-color-button", "aria-haspopup": "dialog", "aria-expanded": "false" }, [swatch]);
  const fields = h("div", { class: "wl-color-fields" });
  const modeButton = h("button", { type: "button", class: "wl-color-mode", "aria-label": "Change the colour format" });
  modeButton.innerHTML = ARROWS;  // a constant of this module, no app data
  const panel = h("div", { "data-testid": "stColorPickerPopover", class: "wl-color-panel" }, [h("div", { class: "wl-color-area" }), h("div", { class: "wl-color-inputs" }, [fields, modeButton])]);
  // In the page only while open (as Streamlit's), so a test's stColorPickerPopover is the open one.
  const dialog = h("div", { role: "dialog", class: "wl-color-popover" }, [panel]);
  const anchor = h("div", { class: "wl-color-anchor" }, [button]);
  /** The colour shown (the one committed when the picker closes). */
  let color = "#000000";
  let mode = "hex";
  let openedAt = 0;
  /** @type {(HTMLElement & {color: string}) | null} */
  let picker = null;

  const paintSwatch = () => { swatch.style.backgroundColor = color; };
  const isOpen = () => dialog.isConnected;

  /** The colour changed in the picker or a field: show it everywhere else. @param {string} next @param {Element | null} from */
  const setColor = (next, from) => {
    color = next.toLowerCase();
    paintSwatch();
    if (picker && from !== picker) picker.color = color;
    if (from === null || !fields.contains(from)) void drawFields();
  };

  const drawFields = async () => {
    const convert = await loadConvert();
    const field = (/** @type {string} */ name, /** @type {string} */ value) => h("label", { class: "wl-color-field" }, [
      h("input", { type: "text", value, spellcheck: "false", autocomplete: "off", "data-part": name, "aria-label": name }), h("span", {}, [name]),
    ]);
    if (mode === "hex") {
      fields.replaceChildren(field("hex", color));
    } else if (mode === "rgb") {
      const { r, g, b } = convert.hexToRgba(color);
      fields.replaceChildren(field("r", String(r)), field("g", String(g)), field("b", String(b)));
    } else {
      const { h: hue, s, l } = convert.hsvaToHsla(convert.hexToHsva(color));
      fields.replaceChildren(field("h", String(Math.round(hue))), field("s", `${Math.round(s)}%`), field("l", `${Math.round(l)}%`));
    }
  };

  /** A field was typed in: take the colour it now says, if it says one. @param {HTMLInputElement} input */
  const readFields = async (input) => {
    const convert = await loadConvert();
    const values = [...fields.querySelectorAll("input")].map((el) => el.value.trim());
    if (mode === "hex") {
      if (HEX.test(values[0])) setColor(fullHex(values[0]), input);
      return;
    }
    const numbers = values.map((v) => Number.parseFloat(v.replace("%", "")));
    if (numbers.some((n) => Number.isNaN(n))) return;
    if (mode === "rgb") {
      const [r, g, b] = numbers.map((n) => Math.min(255, Math.max(0, Math.round(n))));
      setColor(convert.rgbaToHex({ r, g, b, a: 1 }), input);
    } else {
      const [hue, s, l] = numbers;
      setColor(convert.hsvaToHex(convert.hslaToHsva({ h: ((hue % 360) + 360) % 360, s: Math.min(100, Math.max(0, s)), l: Math.min(100, Math.max(0, l)), a: 1 })), input);
    }
  };

  const open = async () => {
    if (view.node.props.disabled || isOpen()) return;
    mode = "hex";  // each opening starts with the hex field, as Streamlit's (its picker is drawn anew)
    // The picker shows once its parts are in (the first time, a few kB), so that a click on it
    // is never lost on a half-drawn panel.
    try {
      await Promise.all([loadPicker(), drawFields(), stylesheet(POPOVER_CSS, button)]);
    } catch (err) {
      console.error("wasmlit: the colour picker could not load", err);
      return;
    }
    if (!picker) {
      picker = /** @type {HTMLElement & {color: string}} */ (document.createElement("hex-color-picker"));
      picker.className = "wl-color-picker";
      picker.addEventListener("color-changed", (ev) => setColor(/** @type {CustomEvent} */ (ev).detail.value, picker));
      panel.firstElementChild?.replaceChildren(picker);
    }
    picker.color = color;
    openedAt = Date.now();
    anchor.append(dialog);
    setAttr(button, "aria-expanded", "true");
  };

  /** Close the picker and commit its colour (when it differs from the widget's). */
  const close = () => {
    if (!isOpen()) return;
    dialog.remove();
    setAttr(button, "aria-expanded", "false");
    if (color !== String(view.node.props.value || "").toLowerCase()) ctx.commit(view.node, color);
  };

  button.addEventListener("click", () => (isOpen() ? close() : void open()));
  modeButton.addEventListener("click", () => {
    mode = MODES[(MODES.indexOf(mode) + 1) % MODES.length];
    void drawFields();
  });
  fields.addEventListener("input", (ev) => void readFields(/** @type {HTMLInputElement} */ (ev.target)));
  fields.addEventListener("keydown", (ev) => { if (ev.key === "Enter") close(); });
  // The picker closes on a click outside it (not the one that opened it), Escape, or focus leaving it.
  const onDocumentClick = (/** @type {MouseEvent} */ ev) => {
    if (!isOpen() || Date.now() - openedAt < 50) return;
    const path = ev.composedPath();
    if (!path.includes(dialog) && !path.includes(button)) close();
  };
  const onKey = (/** @type {KeyboardEvent} */ ev) => {
    if (ev.key !== "Escape" || !isOpen()) return;
    ev.stopPropagation();
    close();
    button.focus();
  };
  dialog.addEventListener("focusout", (ev) => {
    const next = /** @type {Node | null} */ (ev.relatedTarget);
    if (next && !dialog.contains(next) && next !== button) close();
  });
  document.addEventListener("click", onDocumentClick, true);
  document.addEventListener("keydown", onKey, true);

  const view = widgetView(node, ctx, {
    testid: "stColorPicker",
    body: [anchor],
    controls: () => [button],
    update(n, takeValue) {
      const name = `${String(n.props.label ?? "")} color picker`;
      setAttr(button, "aria-label", name);
      setAttr(dialog, "aria-label", name);
      if (takeValue && !isOpen()) {
        color = String(n.props.value || "#000000").toLowerCase();
        paintSwatch();
      }
    },
    destroy() {
      document.removeEventListener("click", onDocumentClick, true);
      document.removeEventListener("keydown", onKey, true);
    },
  });
  return view;
}

export const views = { color_picker: colorPicker };

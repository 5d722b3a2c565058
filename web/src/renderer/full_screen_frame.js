// `stFullScreenFrame`: the frame Streamlit 1.67 puts around a chart or an
// image, which its Fullscreen action expands to fill the viewport. Expanded,
// the frame is fixed over the page (the toolbar stays shown at its top
// right), the page behind stops scrolling, and the view is told its new size
// so it can redraw to fill it; Escape, or the "Close fullscreen" button in
// the same place, collapses it and the view is told to go back to its size.
//
// Where the toolbar sits follows Streamlit, because tests select through it:
//   "wrap"   frame > div > [stElementToolbar, view]  (vega charts, graphviz, images)
//   "inside" frame > view > [stElementToolbar, ...]  (pydeck / st.map)
//   "none"   frame > view, and the view offers the action itself (plotly's modebar)
import { h } from "./dom.js";
import { Toolbar } from "./element_toolbar.js";

/**
 * @typedef {{width: number, height: number}} Size
 * @typedef {object} FrameOptions
 * @property {"wrap" | "inside" | "none"} [toolbar] where the toolbar goes (default "wrap")
 * @property {(size: Size | null) => void} [onResize] the space the view has while expanded, and
 *   `null` once it is collapsed again
 */

/** The one frame expanded now: Escape collapses it. @type {FullScreenFrame | null} */
let current = null;

/** @param {KeyboardEvent} ev */
function onKey(ev) {
  if (ev.key === "Escape" && current) {
    ev.preventDefault();
    current.collapse();
  }
}

function onWindowResize() {
  current?.tell();
}

export class FullScreenFrame {
  /** @param {HTMLElement} view @param {FrameOptions} [opts] */
  constructor(view, opts = {}) {
    const where = opts.toolbar || "wrap";
    this.onResize = opts.onResize;
    /** @type {Toolbar | null} */
    this.toolbar = where === "none" ? null : new Toolbar();
    /** What fills the expanded frame (and holds the toolbar, positioned against it). */
    this.target = where === "wrap" ? h("div", { class: "wl-toolbar-target" }, [view]) : view;
    if (where === "inside") this.target.classList.add("wl-toolbar-target");
    this.target.classList.add("wl-frame-target");
    if (this.toolbar) this.target.prepend(this.toolbar.el);
    this.el = h("div", { class: "wl-frame", "data-testid": "stFullScreenFrame" }, [this.target]);
    this.expanded = false;
    /** @type {import("./element_toolbar.js").ToolbarButton[]} */
    this.actions = [];
    this.context = "";
    /** The page's own overflow, put back on collapse. */
    this.bodyOverflow = "";
    this.setActions([]);
  }

  /**
   * The view's own toolbar buttons (Fullscreen comes last) and its alt text, which names them.
   * @param {import("./element_toolbar.js").ToolbarButton[]} actions @param {string} [context]
   */
  setActions(actions, context = "") {
    this.actions = actions;
    this.context = context;
    this.toolbar?.set([...actions, this.button()].map((b) => ({ context, ...b })));
  }

  /** The Fullscreen / Close fullscreen action, for the toolbar or for a view that draws its own. */
  button() {
    return this.expanded
      ? { label: "Close fullscreen", icon: /** @type {const} */ ("exitFullscreen"), onClick: () => this.collapse() }
      : { label: "Fullscreen", icon: /** @type {const} */ ("fullscreen"), onClick: () => this.expand() };
  }

  expand() {
    if (this.expanded) return;
    current?.collapse();
    current = this;
    this.expanded = true;
    this.el.classList.add("wl-expanded");
    // The page behind must not scroll under the frame (Streamlit sets the same on the body).
    this.bodyOverflow = document.body.style.overflow;
    document.body.style.overflow = "hidden";
    document.addEventListener("keydown", onKey);
    globalThis.addEventListener("resize", onWindowResize);
    this.setActions(this.actions, this.context);
    this.tell();
  }

  collapse() {
    if (!this.expanded) return;
    this.expanded = false;
    if (current === this) {
      current = null;
      document.removeEventListener("keydown", onKey);
      globalThis.removeEventListener("resize", onWindowResize);
    }
    this.el.classList.remove("wl-expanded");
    document.body.style.overflow = this.bodyOverflow;
    this.setActions(this.actions, this.context);
    this.onResize?.(null);
  }

  /** The space the view has now (expanded), or null. @returns {Size | null} */
  size() {
    if (!this.expanded) return null;
    return { width: Math.floor(this.target.clientWidth), height: Math.floor(this.target.clientHeight) };
  }

  /** Tell the view its size (after the expanded styles apply). */
  tell() {
    if (this.expanded) this.onResize?.(this.size());
  }

  /**
   * As wide as its content (a graph, an image), as Streamlit's frame is then: the toolbar sits at
   * the view's right edge and shows when the pointer is over the view, not the column.
   * @param {boolean} fit
   */
  fitContent(fit) {
    this.el.classList.toggle("wl-fit", fit);
  }

  /** The view is going away: a frame left expanded would leave the page unscrollable. */
  destroy() {
    this.collapse();
  }
}

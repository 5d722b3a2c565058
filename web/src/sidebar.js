// The sidebar's collapse and expand, as in Streamlit 1.67:
//  - "Collapse sidebar" (stSidebarCollapseButton) sits in the sidebar's header and shows while the
//    pointer is over the sidebar; "Expand sidebar" (stExpandSidebarButton, inside
//    stSidebarCollapsedControl) sits in the app's header while the sidebar is collapsed;
//  - its first state is the user's last choice for this app, else st.set_page_config's
//    initial_sidebar_state: "expanded", "collapsed", or "auto" (collapsed on screens up to 768 px
//    wide); "locked" keeps it open on wider screens, with no collapse button;
//  - on a narrow screen the sidebar covers the page: a press outside it collapses it, and so does
//    the window narrowing.
// Before this module loads, style.css draws the first state from the static shell's
// data-initial-state (the user's stored choice applies from here on).
import { setAttr } from "./renderer/dom.js";

/** Streamlit's "md" breakpoint: a screen at most this wide is narrow. */
export const NARROW = "(max-width: 767.98px)";

/**
 * Does the sidebar start collapsed?
 * @param {string} state initial_sidebar_state @param {string | null} stored the user's last choice
 *   ("true": collapsed) @param {boolean} narrow
 */
export function startsCollapsed(state, stored, narrow) {
  if (state === "locked" && !narrow) return false;
  if (stored === "true" || stored === "false") return stored === "true";
  if (state === "expanded") return false;
  if (state === "collapsed") return true;
  return narrow;
}

export class SidebarToggle {
  /**
   * @param {import("./shell.js").ShellParts} parts
   * @param {string | null} storageKey where the user's choice is kept (null: not kept)
   */
  constructor({ app, sidebar }, storageKey) {
    this.sidebar = sidebar;
    this.key = storageKey === null ? null : `stSidebarCollapsed-${storageKey}`;
    this.state = sidebar.dataset.initialState || "auto";
    this.narrow = matchMedia(NARROW);
    this.expandControl = /** @type {HTMLElement} */ (app.querySelector('[data-testid="stSidebarCollapsedControl"]'));
    this.expandButton = /** @type {HTMLElement} */ (this.expandControl.querySelector("button"));
    this.collapseControl = /** @type {HTMLElement} */ (sidebar.querySelector('[data-testid="stSidebarCollapseButton"]'));
    this.collapseButton = /** @type {HTMLElement} */ (this.collapseControl.querySelector("button"));
    this.collapsed = false;
    this.collapseButton.addEventListener("click", () => this.choose(true));
    this.expandButton.addEventListener("click", () => this.choose(false));
    // Narrowing the window collapses the sidebar (not kept as the user's choice); widening it
    // brings back the state it starts in.
    this.narrow.addEventListener("change", () => (this.narrow.matches ? this.apply(true) : this.reset()));
    app.addEventListener("mousedown", (ev) => {
      const target = /** @type {Node} */ (ev.target);
      if (this.narrow.matches && !this.collapsed && !sidebar.contains(target) && !this.expandControl.contains(target)) {
        this.choose(true);
      }
    });
    this.reset();
  }

  /**
   * st.set_page_config's initial_sidebar_state (and width) from a run.
   * @param {string} state @param {number | null | undefined} width pixels
   */
  setInitialState(state, width) {
    this.sidebar.style.setProperty("--sidebar-width", width ? `${width}px` : null);
    if (state === this.state) return;
    this.state = state;
    this.sidebar.dataset.initialState = state;
    this.reset();
  }

  /** The state the sidebar starts in now (the stored choice, the initial state, the screen). */
  reset() {
    this.apply(startsCollapsed(this.state, this.stored(), this.narrow.matches));
  }

  /** The user collapsed (true) or expanded it: kept for the next visit. @param {boolean} collapsed */
  choose(collapsed) {
    if (this.locked()) return;
    this.apply(collapsed);
    try {
      if (this.key) localStorage.setItem(this.key, String(collapsed));
    } catch { /* no storage: the choice lasts this visit */ }
  }

  /** @param {boolean} collapsed */
  apply(collapsed) {
    this.collapsed = collapsed;
    setAttr(this.sidebar, "data-collapsed", String(collapsed));
    setAttr(this.sidebar, "aria-expanded", String(!collapsed));
    this.expandControl.hidden = !collapsed;
    this.collapseControl.hidden = collapsed || this.locked();
    setAttr(this.collapseButton, "aria-expanded", String(!collapsed));
  }

  locked() {
    return this.state === "locked" && !this.narrow.matches;
  }

  /** @returns {string | null} */
  stored() {
    try {
      return this.key ? localStorage.getItem(this.key) : null;
    } catch {
      return null;
    }
  }
}

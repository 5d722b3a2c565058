// The sidebar's width, as the user drags it (Streamlit 1.67): a handle on its right edge
// (`stSidebarResizeHandle`) sets it between 200 and 600 px, and the browser keeps it for the
// next visit under 1.67's own key; a double click goes back to the app's width
// (st.set_page_config's, or Streamlit's 300 px). The user's width is `--sidebar-user-width`,
// over the app's `--sidebar-width` (style/base.css).
import { h } from "./renderer/dom.js";

/** Streamlit 1.67's bounds (minSidebarWidth, maxSidebarWidth: 12.5rem and 37.5rem). */
const MIN_PX = 200;
const MAX_PX = 600;
/** Where 1.67 keeps the width (one value for every app of the origin, as there). */
const STORAGE_KEY = "sidebarWidth";

/** @param {number} px */
const clamp = (px) => Math.min(MAX_PX, Math.max(MIN_PX, Math.round(px)));

/** @param {HTMLElement} sidebar the stSidebar section */
export function attachSidebarResize(sidebar) {
  const handle = h("div", { "data-testid": "stSidebarResizeHandle", class: "wl-sidebar-resize", "aria-hidden": "true" });
  sidebar.append(handle);
  const show = (/** @type {number | null} */ px) => sidebar.style.setProperty("--sidebar-user-width", px === null ? null : `${px}px`);
  const keep = (/** @type {number | null} */ px) => {
    try {
      if (px === null) localStorage.removeItem(STORAGE_KEY);
      else localStorage.setItem(STORAGE_KEY, String(px));
    } catch { /* no storage: the width lasts this visit */ }
  };
  try {
    const stored = Number.parseInt(localStorage.getItem(STORAGE_KEY) || "", 10);
    if (Number.isFinite(stored)) show(clamp(stored));
  } catch { /* no storage */ }
  handle.addEventListener("pointerdown", (ev) => {
    if (ev.button !== 0) return;
    ev.preventDefault();
    handle.setPointerCapture(ev.pointerId);
    const left = sidebar.getBoundingClientRect().left;
    sidebar.classList.add("wl-resizing"); // no width transition while it follows the pointer
    const move = (/** @type {PointerEvent} */ e) => show(clamp(e.clientX - left));
    const end = (/** @type {PointerEvent} */ e) => {
      handle.removeEventListener("pointermove", move);
      handle.removeEventListener("pointerup", end);
      handle.removeEventListener("pointercancel", end);
      sidebar.classList.remove("wl-resizing");
      const px = clamp(e.clientX - left);
      show(px);
      keep(px);
    };
    handle.addEventListener("pointermove", move);
    handle.addEventListener("pointerup", end);
    handle.addEventListener("pointercancel", end);
  });
  handle.addEventListener("dblclick", () => {
    show(null);
    keep(null);
  });
}

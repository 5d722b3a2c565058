// st.set_page_config on the page: the layout and sidebar state of the app,
// and, on the site's own page only (never a host page's), its title and icon.
import { setAttr } from "./renderer/dom.js";

/**
 * @param {{title?: string|null, icon?: string|null, layout?: string, sidebar_state?: string}} msg
 * @param {import("./shell.js").ShellParts} parts the app's shell
 * @param {boolean} page is this the site's own page (it owns document.title)?
 */
export function applyPageConfig(msg, { view, sidebar }, page) {
  if (page && msg.title) document.title = msg.title;
  if (page && msg.icon) setFavicon(String(msg.icon));
  setAttr(view, "data-layout", msg.layout === "wide" ? "wide" : "centered");
  if (msg.sidebar_state === "collapsed") setAttr(sidebar, "data-collapsed", "true");
}

/** An emoji icon becomes an SVG data URL; anything longer is a URL. */
function setFavicon(icon) {
  const link = /** @type {HTMLLinkElement} */ (document.querySelector('link[rel="icon"]'))
    || document.head.appendChild(Object.assign(document.createElement("link"), { rel: "icon" }));
  link.href = icon.length <= 4
    ? `data:image/svg+xml,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><text y=".9em" font-size="90">${icon.replace(/[<&]/g, "")}</text></svg>`)}`
    : icon;
}

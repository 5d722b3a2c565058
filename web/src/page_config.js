// st.set_page_config on the page: the layout of the app, and, on the site's
// own page only (never a host page's), its title and icon. (The sidebar's
// initial state is sidebar.js's.)
import { setAttr } from "./renderer/dom.js";

/**
 * @param {{title?: string|null, icon?: string|null, layout?: string}} msg
 * @param {import("./shell.js").ShellParts} parts the app's shell
 * @param {boolean} page is this the site's own page (it owns document.title)?
 */
export function applyPageConfig(msg, { view }, page) {
  if (page && msg.title) document.title = msg.title;
  if (page && msg.icon) setFavicon(String(msg.icon));
  setAttr(view, "data-layout", msg.layout === "wide" ? "wide" : "narrow");  // 1.67's words
}

const MATERIAL_ICON = /^:material\/([a-z0-9_]+):$/;
/** One emoji (with its modifiers, joiners and flags). */
const EMOJI = /^(?:\p{Extended_Pictographic}|\p{Regional_Indicator}|[#*0-9]\uFE0F?\u20E3)(?:[\u{1F3FB}-\u{1F3FF}\uFE0F\u200D]|\p{Extended_Pictographic}|\p{Regional_Indicator})*$/u;

/**
 * The favicon URL for a page icon, or null for anything else: an emoji (drawn
 * as an SVG), a `:material/name:` icon (Google's Material Symbols image, as
 * Streamlit links it), or an `http(s):` / `data:image/` URL. Python refuses
 * other icons already; the page never trusts that (a `javascript:` link must
 * never become the icon).
 * @param {string} icon
 * @returns {string | null}
 */
export function faviconHref(icon) {
  const text = String(icon).trim();
  const material = MATERIAL_ICON.exec(text);
  if (material) return `https://fonts.gstatic.com/s/i/short-term/release/materialsymbolsrounded/${material[1]}/default/24px.svg`;
  if (/^https?:\/\//i.test(text) || /^data:image\//i.test(text)) return text;
  if (EMOJI.test(text)) {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><text y=".9em" font-size="90">${text}</text></svg>`;
    return `data:image/svg+xml,${encodeURIComponent(svg)}`;
  }
  return null;
}

/** @param {string} icon */
function setFavicon(icon) {
  const href = faviconHref(icon);
  if (href === null) {
    console.warn(`wasmlit: page_icon ${JSON.stringify(icon)} is not an emoji, a :material/name: icon or an http(s) or data:image/ URL; the favicon is unchanged.`);
    return;
  }
  const link = /** @type {HTMLLinkElement} */ (document.querySelector("link[rel='shortcut icon']"))
    || document.head.appendChild(Object.assign(document.createElement("link"), { rel: "shortcut icon" }));
  link.href = href;
}

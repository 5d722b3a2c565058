// Streamlit 1.67's heading anchors: the id of every title, header, subheader
// and markdown heading, and the "Link to heading" beside it.
//
// Streamlit slugs a heading's text with @sindresorhus/slugify. Its rules for
// ASCII text are below, so most pages never load it (camelCase split, "&" read
// as "and", "it's" -> "its", any other run of characters one "-"). Any other
// heading (Über uns, Привет, Ελλάδα, 日本語) is slugged by npm's slugify itself,
// with its transliteration ("ueber-uns", "privet"), loaded the first time such
// a heading is drawn. A heading left with no slug (日本語タイトル) gets the
// xxHash32 of its text (seed 0xABCD, in hex), as Streamlit's, from npm's js-xxhash.
import { lazy } from "../lazy.js";

const loadHash = lazy(() => import("../vendor/js-xxhash/index.js"));
const loadSlugify = lazy(() => import("../vendor/slugify/index.js"));
/** Text the rules below do not cover (accents, other scripts, emoji): npm's slugify slugs it. */
const BEYOND_ASCII = /[^\x00-\x7f]/;
/** The seed Streamlit hashes heading text with. */
const HASH_SEED = 0xabcd;
/** Material's "link" icon, as Streamlit's anchor draws it. */
export const LINK_ICON = '<svg viewBox="0 0 24 24" aria-hidden="true" width="1em" height="1em"><path fill="currentColor" d="M3.9 12c0-1.71 1.39-3.1 3.1-3.1h4V7H7c-2.76 0-5 2.24-5 5s2.24 5 5 5h4v-1.9H7c-1.71 0-3.1-1.39-3.1-3.1zM8 13h8v-2H8v2zm9-6h-4v1.9h4c1.71 0 3.1 1.39 3.1 3.1s-1.39 3.1-3.1 3.1h-4V17h4c2.76 0 5-2.24 5-5s-2.24-5-5-5z"/></svg>';

/**
 * A heading's slug by slugify's rules for ASCII text; "" when it has no letter or digit, or any
 * character beyond ASCII (setAnchor then asks npm's slugify, which transliterates).
 * @param {string} text
 */
export function slugify(text) {
  let out = String(text);
  if (BEYOND_ASCII.test(out)) return "";
  out = out.replace(/&/g, " and ");
  out = out.replace(/([A-Z]{2})(\d+)/g, "$1 $2").replace(/([a-z\d])([A-Z])/g, "$1 $2")
    .replace(/([A-Z])([A-Z](?!s(?![a-z]))[a-z\d]+)/g, "$1 $2");
  out = out.toLowerCase().replace(/([a-z\d])'([ts])(?![a-z\d])/g, "$1$2");
  return out.replace(/[^a-z\d]+/g, "-").replace(/^-+|-+$/g, "");
}

/**
 * Give `heading` its anchor id, and `link` (if any) its href: the slug now, or npm slugify's
 * (else the hash) once it has loaded. `given` is an anchor the app chose (`st.title(anchor=...)`).
 * @param {HTMLElement} heading @param {HTMLElement | null} link @param {string} text @param {string | null} [given]
 */
export function setAnchor(heading, link, text, given = null) {
  const apply = (/** @type {string} */ id) => {
    if (id) heading.setAttribute("id", id);
    else heading.removeAttribute("id");
    if (link) link.setAttribute("href", id ? `#${id}` : "");
  };
  const slug = given || slugify(text);
  anchoredText.set(heading, text);
  apply(slug);
  if (slug || !text.trim()) return;
  void libraryAnchor(text).then((id) => {
    if (anchoredText.get(heading) === text) apply(id);
  }, (err) => console.warn("wasmlit: could not load what makes a heading's anchor", err));
}

/** Streamlit's anchor for `text`: npm's slugify (transliterating other scripts), else the hash. @param {string} text */
async function libraryAnchor(text) {
  const slug = BEYOND_ASCII.test(text) ? (await loadSlugify()).default(text) : "";
  return slug || (await loadHash()).xxHash32(text, HASH_SEED).toString(16);
}

/** The text each heading's anchor was last made from (a late hash must not land on a changed heading). */
const anchoredText = new WeakMap();

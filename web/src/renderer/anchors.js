// Streamlit 1.67's heading anchors: the id of every title, header, subheader
// and markdown heading, and the "Link to heading" beside it.
//
// Streamlit slugs a heading's text with @sindresorhus/slugify; its rules for
// Latin text are below (camelCase split, "&" read as "and", "it's" -> "its",
// accents dropped, any other run of characters one "-"). A heading with no
// Latin letter or digit (日本語タイトル) has no slug: its id is then the
// xxHash32 of its text (seed 0xABCD, in hex), as Streamlit's, from npm's
// js-xxhash, loaded the first time such a heading is drawn.
// (Left out: slugify's transliteration of other scripts, such as Cyrillic or
// Greek; such headings get the hash here.)
import { lazy } from "../lazy.js";

const loadHash = lazy(() => import("../vendor/js-xxhash/index.js"));
/** The seed Streamlit hashes heading text with. */
const HASH_SEED = 0xabcd;
/** slugify's replacements that stand for words. */
const WORDS = /** @type {[RegExp, string][]} */ ([[/&/g, " and "], [/🦄/gu, " unicorn "], [/♥/g, " love "]]);
/** Latin letters slugify spells out (German umlauts as two letters), where NFKD gives none or another. */
const LETTERS = /** @type {Record<string, string>} */ ({
  Ä: "Ae", Ö: "Oe", Ü: "Ue", ä: "ae", ö: "oe", ü: "ue", ß: "ss", æ: "ae", Æ: "Ae", œ: "oe", Œ: "Oe", ø: "o", Ø: "O",
  đ: "d", Đ: "D", ł: "l", Ł: "L", þ: "th", Þ: "Th", ð: "d", Ð: "D", ħ: "h", Ħ: "H", ı: "i", Ə: "A",
});
/** Material's "link" icon, as Streamlit's anchor draws it. */
export const LINK_ICON = '<svg viewBox="0 0 24 24" aria-hidden="true" width="1em" height="1em"><path fill="currentColor" d="M3.9 12c0-1.71 1.39-3.1 3.1-3.1h4V7H7c-2.76 0-5 2.24-5 5s2.24 5 5 5h4v-1.9H7c-1.71 0-3.1-1.39-3.1-3.1zM8 13h8v-2H8v2zm9-6h-4v1.9h4c1.71 0 3.1 1.39 3.1 3.1s-1.39 3.1-3.1 3.1h-4V17h4c2.76 0 5-2.24 5-5s-2.24-5-5-5z"/></svg>';

/** A heading's slug ("" when it has no Latin letter or digit). @param {string} text */
export function slugify(text) {
  let out = String(text);
  for (const [re, to] of WORDS) out = out.replace(re, to);
  out = out.replace(/[ÄÖÜäöüßæÆœŒøØđĐłŁþÞðÐħĦıƏ]/g, (c) => LETTERS[c]).normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
  out = out.replace(/([A-Z]{2})(\d+)/g, "$1 $2").replace(/([a-z\d])([A-Z])/g, "$1 $2")
    .replace(/([A-Z])([A-Z](?!s(?![a-z]))[a-z\d]+)/g, "$1 $2");
  out = out.toLowerCase().replace(/([a-z\d])['\u2019]([ts])(?![a-z\d])/g, "$1$2");
  return out.replace(/[^a-z\d]+/g, "-").replace(/^-+|-+$/g, "");
}

/**
 * Give `heading` its anchor id, and `link` (if any) its href: the slug now, or the hash once
 * js-xxhash has loaded. `given` is an anchor the app chose (`st.title(anchor=...)`).
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
  loadHash().then(({ xxHash32 }) => {
    if (anchoredText.get(heading) === text) apply(xxHash32(text, HASH_SEED).toString(16));
  }, (err) => console.warn("wasmlit: could not load the heading anchor hash", err));
}

/** The text each heading's anchor was last made from (a late hash must not land on a changed heading). */
const anchoredText = new WeakMap();

// Syntax highlighting of st.code and of markdown's code blocks, as Streamlit 1.67 does it:
// Prism (npm prismjs) with 1.67's token colours (syntax.css). This module, Prism's core,
// its table of languages and each language load when a page first shows code in it,
// so a page without code downloads none of it. A language Prism does not know stays
// plain text, as in 1.67.
import { lazy, stylesheet } from "../lazy.js";

const SYNTAX_CSS = new URL("./syntax.css", import.meta.url);
/** Languages that mean "no highlighting". */
const PLAIN = new Set(["", "text", "plaintext", "plain", "none", "txt"]);

/** @typedef {{highlight(text: string, grammar: object, language: string): string, languages: Record<string, object>}} PrismApi */

const loadPrism = lazy(async () => {
  const g = /** @type {any} */ (globalThis);
  // Prism highlights every code element of the document as it loads unless told not to.
  g.Prism = g.Prism || { manual: true, disableWorkerMessageHandler: true };
  await import("../vendor/prism/prism-core.min.js");
  return /** @type {PrismApi} */ (g.Prism);
});
const loadTable = lazy(() => import("../vendor/prism/languages.js"));
/** @type {Map<string, Promise<unknown>>} */
const loading = new Map();

/**
 * A language and, first, what it requires.
 * @param {{loaders: Record<string, () => Promise<unknown>>, requires: Record<string, string[]>}} table @param {string} id
 * @returns {Promise<unknown>}
 */
function loadLanguage(table, id) {
  let done = loading.get(id);
  if (!done) {
    done = (async () => {
      for (const need of table.requires[id] || []) await loadLanguage(table, need);
      await table.loaders[id]();
    })();
    loading.set(id, done);
  }
  return done;
}

/**
 * Colour `code`'s text as `language` (a Prism name or alias: "python", "py", "js", ...).
 * The text is read now and written back as Prism's tokens once the language is there,
 * unless the element was given other text meanwhile.
 * @param {HTMLElement} code @param {string} language
 */
export async function highlight(code, language) {
  const wanted = language.trim().toLowerCase();
  if (PLAIN.has(wanted)) return;
  const text = code.textContent ?? "";
  const [prism, table] = await Promise.all([loadPrism(), loadTable(), stylesheet(SYNTAX_CSS, code)]);
  const id = table.loaders[wanted] ? wanted : table.aliases[wanted];
  if (!id) return;
  await loadLanguage(table, id);
  const grammar = prism.languages[id];
  if (!grammar || code.textContent !== text || code.querySelector(".token")) return;
  code.innerHTML = prism.highlight(text, grammar, id); // Prism escapes the text it wraps
}

/** Every code block of a markdown element that names its language (```python). @param {HTMLElement} el */
export function highlightBlocks(el) {
  for (const code of el.querySelectorAll('[data-testid="stCode"] code[class*="language-"]')) {
    const lang = /language-([\w+#.-]+)/.exec(code.className)?.[1];
    if (lang) void highlight(/** @type {HTMLElement} */ (code), lang);
  }
}

// Markdown -> sanitized HTML, for app content, with Streamlit's extensions
// (StreamlitMarkdown in Streamlit's frontend):
//   :red[…] … :rainbow[…] :primary[…]   coloured text
//   :blue-background[…]                  coloured background
//   :green-badge[…]                      badge (st.badge)
//   :small[…]  :color[…]{foreground=… background=…}  :help[…]
//   :material/home:                      Material Symbols icon (font loaded on first use)
//   :smile:                              emoji shortcode (table loaded on first use)
//   $…$  $$…$$                           KaTeX (loaded on first use)
//   ```code```                           Streamlit's code element (stCode, copy button)
//   ```mermaid```                        a Mermaid diagram (mermaid.js, loaded on first use)
//   # headings                           with their anchor link
//   a -> b, a <= b, a -- b …             typographical symbols
// As in Streamlit, raw HTML inside markdown shows as literal text unless the
// app passed unsafe_allow_html=True; either way the output goes through
// DOMPurify, so no script or event handler ever runs. An app's own <style>
// (unsafe_allow_html) is kept: it applies to the app (inside a mount()'s
// shadow root, to that app only). This is the one place that produces HTML
// from markdown (dom.js: everything else is text or attributes).
import { Marked } from "../vendor/marked.esm.js";
import DOMPurify from "../vendor/purify.es.mjs";
import { h } from "./dom.js";
import { lazy, stylesheet } from "../lazy.js";
import { LINK_ICON, setAnchor, slugify } from "./anchors.js";

/** @param {unknown} s */
export const escapeHtml = (s) => String(s).replace(/[&<>"']/g, escapeChar);
/** @param {string} c */
const escapeChar = (c) => /** @type {Record<string, string>} */ ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c];

/**
 * Markdown text as HTML: escaped, except that an entity reference (`&nbsp;`, `&copy;`, `&#169;`)
 * stays one, which the page then decodes, as CommonMark (Streamlit's react-markdown) does (a name
 * that is no entity, `&bogus;`, the page shows as written).
 * @param {string} s
 */
const escapeText = (s) => s.replace(/&(?!#?\w+;)|[<>"']/g, escapeChar);

// -- lazily loaded pieces -----------------------------------------------------

/** @type {Record<string, string> | null} shortcode name -> emoji (Streamlit's table) */
let emojiTable = null;
const loadEmoji = lazy(() => import("./emoji_shortcodes.js").then((m) => { emojiTable = m.default; return m.default; }));
const loadKatex = lazy(() => import("../vendor/katex/katex.mjs"));
const KATEX_CSS = new URL("../vendor/katex/katex.min.css", import.meta.url);
/** Material's rounded star, filled with Streamlit's star yellow. */
const FILLED_STAR = "data:image/svg+xml," + encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path fill="#FACA2B" d="M12 17.27l4.15 2.51c.76.46 1.69-.22 1.49-1.08l-1.1-4.72 3.67-3.18c.67-.58.31-1.68-.57-1.75l-4.83-.41-1.89-4.46c-.34-.81-1.5-.81-1.84 0L9.19 8.63l-4.83.41c-.88.07-1.24 1.17-.57 1.75l3.67 3.18-1.1 4.72c-.2.86.73 1.54 1.49 1.08l4.15-2.5z"/></svg>');
const ICON_CSS = new URL("../vendor/material-symbols/rounded.css", import.meta.url);

// -- Streamlit's directives -----------------------------------------------------

const TEXT_COLORS = ["red", "orange", "yellow", "green", "blue", "violet", "gray", "grey", "primary"];
const RAINBOW = "color: transparent; background-clip: text; -webkit-background-clip: text; "
  + "background-image: linear-gradient(to right, var(--wl-md-red), var(--wl-md-orange), var(--wl-md-yellow), "
  + "var(--wl-md-green), var(--wl-md-blue), var(--wl-md-violet), var(--wl-md-purple));";
const RAINBOW_BG = "background: linear-gradient(to right, var(--wl-md-red-bg), var(--wl-md-orange-bg), "
  + "var(--wl-md-yellow-bg), var(--wl-md-green-bg), var(--wl-md-blue-bg), var(--wl-md-violet-bg), var(--wl-md-purple-bg));";

/** @param {string} name */
const colorVar = (name) => (name === "grey" ? "gray" : name);

/** @param {string} color */
function isCssColor(color) {
  if (!color) return false;
  if (typeof CSS !== "undefined" && CSS.supports) return CSS.supports("color", color);
  return /^(#[0-9a-f]{3,8}|[a-z]+|(rgb|hsl)a?\([^)]*\))$/i.test(color);
}

/**
 * The span a directive becomes: [class, style], or null for a name Streamlit
 * does not know (it then shows as plain `:name`, as in Streamlit).
 * @param {string} name @param {Record<string, string>} attrs
 * @returns {[string, string] | null}
 */
function directiveSpan(name, attrs) {
  if (name === "small") return ["", "font-size: var(--wl-font-sm, 0.875rem);"];
  if (name === "shimmer") return ["stMarkdownShimmer", ""];
  if (name === "rainbow") return ["stMarkdownColoredText", RAINBOW];
  if (name === "rainbow-background") return ["stMarkdownColoredBackground", RAINBOW_BG];
  if (TEXT_COLORS.includes(name)) return ["stMarkdownColoredText", `color: var(--wl-md-${colorVar(name)})`];
  const bg = /^(.+)-background$/.exec(name);
  if (bg && TEXT_COLORS.includes(bg[1])) return ["stMarkdownColoredBackground", `background-color: var(--wl-md-${colorVar(bg[1])}-bg)`];
  const badge = /^(.+)-badge$/.exec(name);
  if (badge && TEXT_COLORS.includes(badge[1])) {
    const c = colorVar(badge[1]);
    return ["stMarkdownBadge", `background-color: var(--wl-md-${c}-bg); color: var(--wl-md-${c}); font-size: var(--wl-font-sm, 0.875rem);`];
  }
  if (name === "color") {
    const fg = isCssColor(attrs.foreground) ? attrs.foreground : "";
    const bgc = isCssColor(attrs.background) ? attrs.background : "";
    const style = [fg && `color: ${fg}`, bgc && `background-color: ${bgc}`].filter(Boolean).join("; ");
    return [bgc ? "stMarkdownColoredBackground" : fg ? "stMarkdownColoredText" : "", style];
  }
  return null;
}

/** `{foreground="red" background='#fff' x=y}` -> attributes. @param {string} text */
function parseAttrs(text) {
  /** @type {Record<string, string>} */
  const out = {};
  for (const m of text.matchAll(/([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s}]+))/g)) out[m[1]] = m[2] ?? m[3] ?? m[4] ?? "";
  return out;
}

/** @typedef {import("../vendor/marked.esm.js").Tokens.Generic} Token */

const directive = {
  name: "wlDirective",
  level: /** @type {const} */ ("inline"),
  /** @param {string} src */
  start(src) { return src.match(/:[a-zA-Z][\w-]*\[/)?.index; },
  /** @this {any} @param {string} src */
  tokenizer(src) {
    const m = /^:([a-zA-Z][\w-]*)\[/.exec(src);
    if (!m) return undefined;
    let depth = 1;
    let i = m[0].length;
    for (; i < src.length && depth; i += 1) {
      const c = src[i];
      if (c === "\\") i += 1;
      else if (c === "[") depth += 1;
      else if (c === "]") depth -= 1;
    }
    if (depth) return undefined;
    const inner = src.slice(m[0].length, i - 1);
    let raw = src.slice(0, i);
    /** @type {Record<string, string>} */
    let attrs = {};
    const am = /^\{([^}\n]*)\}/.exec(src.slice(i));
    if (am) { raw += am[0]; attrs = parseAttrs(am[1]); }
    /** @type {Token} */
    // inlineTokens, not inline(): a label is parsed with parseInline, which
    // never drains the lexer's queue of deferred inline work.
    return { type: "wlDirective", raw, name: m[1], attrs, text: inner, tokens: this.lexer.inlineTokens(inner) };
  },
  /** @this {any} @param {Token} token */
  renderer(token) {
    if (token.name === "help") {
      return `<span class="stTooltipIcon wl-help-inline" data-testid="stTooltipHoverTarget" title="${escapeHtml(token.text)}">?</span>`;
    }
    const span = directiveSpan(token.name, token.attrs);
    if (!span) return escapeHtml(`:${token.name}`);
    const [cls, style] = span;
    return `<span${cls ? ` class="${cls}"` : ""}${style ? ` style="${escapeHtml(style)}"` : ""}>${this.parser.parseInline(token.tokens)}</span>`;
  },
};

/**
 * Load the Material Symbols font for icons written as HTML outside `setMarkdown` (grid cells).
 * @param {Element} el where they are drawn (its shadow root gets the stylesheet too)
 */
export function loadIconFont(el) {
  void stylesheet(ICON_CSS, el);
}

/** `:material/home:`: an icon of the Material Symbols (rounded) font. */
const materialIcon = {
  name: "wlIcon",
  level: /** @type {const} */ ("inline"),
  /** @param {string} src */
  start(src) { return src.match(/:material\/\w+:/)?.index; },
  /** @param {string} src */
  tokenizer(src) {
    const m = /^:material\/(\w+):/.exec(src);
    return m ? { type: "wlIcon", raw: m[0], text: m[1] } : undefined;
  },
  /** @param {Token} token */
  renderer(token) { return materialIconHtml(token.text); },
};

/** @param {string} name */
export function materialIconHtml(name) {
  return `<span role="img" aria-label="${escapeHtml(name)} icon" translate="no" class="wl-material-icon">${escapeHtml(name)}</span>`;
}

/** `:streamlit:`: the Streamlit mark, inline, a little below the baseline as in Streamlit. */
const STREAMLIT_MARK = "data:image/svg+xml;charset=utf-8," + encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 301 165"><path fill="#FF4B4B" d="M150.5 0 0 150.3l150.5-57.3L301 150.3z"/>'
  + '<path fill="#7D353B" d="M150.5 93 0 150.3h301z"/><path fill="#BD4043" d="M150.5 93 57 165h187z"/></svg>');
const streamlitLogo = {
  name: "wlStreamlitLogo",
  level: /** @type {const} */ ("inline"),
  /** @param {string} src */
  start(src) { return src.indexOf(":streamlit:") >= 0 ? src.indexOf(":streamlit:") : undefined; },
  /** @param {string} src */
  tokenizer(src) { return src.startsWith(":streamlit:") ? { type: "wlStreamlitLogo", raw: ":streamlit:" } : undefined; },
  renderer() {
    return `<img src="${STREAMLIT_MARK}" alt="Streamlit logo" style="display: inline-block; user-select: none; height: 0.75em; vertical-align: baseline; margin-bottom: -0.05ex;">`;
  },
};

/** Streamlit's shortcode pattern (remark-emoji). */
const SHORTCODE = /:(\+1|-1|[\w-]+):/;

const emoji = {
  name: "wlEmoji",
  level: /** @type {const} */ ("inline"),
  /** @param {string} src */
  start(src) { return emojiTable ? src.match(SHORTCODE)?.index : undefined; },
  /** @param {string} src */
  tokenizer(src) {
    const m = /^:(\+1|-1|[\w-]+):/.exec(src);
    const char = m && emojiTable && Object.hasOwn(emojiTable, m[1]) ? emojiTable[m[1]] : undefined;
    return char ? { type: "wlEmoji", raw: m?.[0] ?? "", text: char } : undefined;
  },
  /** @param {Token} token */
  renderer(token) { return escapeHtml(token.text); },
};

/** `$$…$$` on lines of its own: display math. */
const mathBlock = {
  name: "wlMathBlock",
  level: /** @type {const} */ ("block"),
  /** @param {string} src */
  start(src) { return src.match(/^ {0,3}\$\$/m)?.index; },
  /** @param {string} src */
  tokenizer(src) {
    const m = /^ {0,3}\$\$([^$]?[\s\S]*?)\$\$[ \t]*(?:\n+|$)/.exec(src);
    return m ? { type: "wlMathBlock", raw: m[0], text: m[1].trim() } : undefined;
  },
  /** @param {Token} token */
  renderer(token) { return `<div class="wl-math" data-display="1" data-tex="">${escapeHtml(token.text)}</div>`; },
};

/** `$…$` (and `$$…$$` within a line): inline math, as remark-math reads it. */
const mathInline = {
  name: "wlMath",
  level: /** @type {const} */ ("inline"),
  /** @param {string} src */
  start(src) { return src.match(/\$/)?.index; },
  /** @param {string} src */
  tokenizer(src) {
    const m = /^(\$\$?)(?!\$)((?:\\[\s\S]|[^\\$])+?)\1(?!\$)/.exec(src);
    return m ? { type: "wlMath", raw: m[0], text: m[2].trim(), display: m[1].length === 2 } : undefined;
  },
  /** @param {Token} token */
  renderer(token) { return `<span class="wl-math" data-display="0" data-tex="">${escapeHtml(token.text)}</span>`; },
};

const TYPOGRAPHY = /** @type {[RegExp, string][]} */ ([
  [/(^|\s)<->(?=\s|$)/g, "$1↔"], [/(^|\s)->(?=\s|$)/g, "$1→"], [/(^|\s)<-(?=\s|$)/g, "$1←"],
  [/(^|\s)--(?=\s|$)/g, "$1—"], [/(^|\s)>=(?=\s|$)/g, "$1≥"], [/(^|\s)<=(?=\s|$)/g, "$1≤"], [/(^|\s)~=(?=\s|$)/g, "$1≈"],
]);

/** @param {string} text */
function typography(text) {
  let out = text;
  for (const [re, to] of TYPOGRAPHY) out = out.replace(re, to);
  return out;
}


let headingSeq = 0;

/** Renderer overrides shared by both parsers (headings, code, links, text). */
const renderer = {
  /** @this {any} @param {Token} token */
  heading(token) {
    const inner = this.parser.parseInline(token.tokens);
    const plain = inner.replace(/<[^>]*>/g, "").replace(/&[^;]+;/g, " ");
    const anchor = slugify(plain);
    headingSeq += 1;
    const textId = `wl-md-heading-${headingSeq}`;
    // A heading without a slug gets its hashed id in enhance() (anchors.js).
    const link = `<a${anchor ? ` href="#${anchor}"` : ""} aria-label="Link to heading" class="wl-anchor">${LINK_ICON}</a>`;
    return `<div data-testid="stHeadingWithActionElements"><h${token.depth}${anchor ? ` id="${anchor}"` : ""} aria-labelledby="${textId}">`
      + `<span id="${textId}" data-heading-text="">${inner}</span><span data-testid="stHeaderActionElements">${link}</span></h${token.depth}></div>\n`;
  },
  /** @param {Token} token */
  code(token) {
    const lang = /^\S*/.exec(token.lang || "")?.[0] || "";
    const body = String(token.text ?? "").replace(/^\n/, "").replace(/\n$/, "");
    if (lang === "mermaid") return mermaidPlaceholder(body, escapeHtml);
    return `<div data-testid="stMarkdownPre" class="wl-md-pre"><div class="stCode" data-testid="stCode" tabindex="0"><pre><code${lang ? ` class="language-${escapeHtml(lang)}"` : ""}>`
      + `${escapeHtml(body)}</code></pre><div class="wl-copy-slot" data-testid="stElementToolbarButton">`
      + `<button type="button" class="wl-copy" data-testid="stBaseButton-elementToolbar" aria-label="Copy to clipboard" title="Copy to clipboard"></button></div></div></div>\n`;
  },
  /** @this {any} @param {Token} token */
  link(token) {
    const text = this.parser.parseInline(token.tokens);
    const href = String(token.href ?? "");
    const title = token.title ? ` title="${escapeHtml(token.title)}"` : "";
    const target = href.startsWith("#") ? "" : ' target="_blank" rel="noopener noreferrer"';
    return `<a href="${escapeHtml(href)}"${title}${target}>${text}</a>`;
  },
  /** @this {any} @param {Token} token */
  text(token) {
    if (token.tokens) return this.parser.parseInline(token.tokens);
    if (token.escaped) return token.text;
    return escapeText(token.inLink ? token.text : typography(token.text));
  },
};

/** Mark text inside links, where typographical symbols are not replaced. @param {Token} token */
function walkTokens(token) {
  if (token.type !== "link") return;
  /** @param {Token[] | undefined} tokens */
  const mark = (tokens) => { for (const t of tokens || []) { t.inLink = true; mark(t.tokens); } };
  mark(token.tokens);
}

const extensions = [mathBlock, directive, materialIcon, streamlitLogo, emoji, mathInline];

// Two parser instances: raw HTML tokens either escaped (default) or kept.
const escaping = new Marked({ gfm: true, breaks: false }, {
  extensions,
  walkTokens,
  renderer: { ...renderer, html: (/** @type {Token} */ token) => escapeHtml(typeof token === "string" ? token : token.text) },
});
const permissive = new Marked({ gfm: true, breaks: false }, { extensions, walkTokens, renderer });

const PURIFY = { USE_PROFILES: { html: true }, FORBID_TAGS: ["style", "form"], ADD_ATTR: ["target", "translate"] };
// The app's own HTML (unsafe_allow_html): its <style> is kept (FORCE_BODY keeps a
// leading one, which the parser would otherwise move out of the fragment).
const PURIFY_HTML = { USE_PROFILES: { html: true }, FORBID_TAGS: ["form"], ADD_TAGS: ["style"], ADD_ATTR: ["target", "translate"], FORCE_BODY: true };
const PURIFY_MATH = { USE_PROFILES: { html: true, mathMl: true, svg: true } };

/**
 * @typedef {{allowHtml?: boolean, inline?: boolean}} MarkdownOptions
 *   `allowHtml`: keep raw HTML (unsafe_allow_html); `inline`: no block elements (labels)
 */

/**
 * Render markdown to sanitized HTML (math and icons are drawn by `enhance`).
 * @param {unknown} body @param {MarkdownOptions} [opts]
 * @returns {string}
 */
export function markdownToHtml(body, { allowHtml = false, inline = false } = {}) {
  const parser = allowHtml ? permissive : escaping;
  const text = body === null || body === undefined ? "" : String(body);
  if (inline && LABEL_BLOCK_SYNTAX.test(text)) return labelHtml(parser, text, allowHtml);
  // Without async extensions marked returns a string, never a promise.
  const html = tightenWhitespace(/** @type {string} */ (inline ? parser.parseInline(text) : parser.parse(text)));
  return /** @type {string} */ (/** @type {unknown} */ (DOMPurify.sanitize(html, allowHtml ? PURIFY_HTML : PURIFY)));
}

/** A label that uses block syntax (a heading, a list, a table, a quote, a rule, several lines). */
const LABEL_BLOCK_SYNTAX = /\n|^\s*(#{1,6}\s|>|[-*+]\s|\d+[.)]\s|\|)/;
/** What a label may not hold; Streamlit unwraps them, keeping their text. */
const LABEL_DISALLOWED = "table, thead, tbody, tr, th, td, h1, h2, h3, h4, h5, h6, ul, ol, li, input, hr, blockquote";

/**
 * A label with block syntax, as Streamlit draws it: parsed as a block, then
 * headings, lists, tables, quotes and rules unwrapped to their text; a single
 * paragraph is unwrapped too, so the label stays inline.
 * @param {Marked} parser @param {string} text @param {boolean} allowHtml
 */
function labelHtml(parser, text, allowHtml) {
  const html = tightenWhitespace(/** @type {string} */ (parser.parse(text)));
  const box = document.createElement("template");
  box.innerHTML = /** @type {string} */ (/** @type {unknown} */ (DOMPurify.sanitize(html, allowHtml ? PURIFY_HTML : PURIFY)));
  let found;
  // Each unwrapped block keeps a space after it, as the line breaks between them read.
  while ((found = box.content.querySelector(LABEL_DISALLOWED))) found.replaceWith(...found.childNodes, ...(/^(HR|INPUT)$/.test(found.nodeName) ? [] : [" "]));
  const kids = [...box.content.childNodes];
  if (kids.length === 1 && kids[0].nodeName === "P") /** @type {Element} */ (kids[0]).replaceWith(...kids[0].childNodes);
  return box.innerHTML;
}

/**
 * Keep the line breaks between blocks (react-markdown puts them between paragraphs, list items and
 * quotes, so "Code:" and a code block under it read "Code:\nThis…"), but drop them inside tables,
 * where React's markdown has none (a table's text is "Col1Col2SomeData"), and at the ends.
 * @param {string} html
 */
function tightenWhitespace(html) {
  return html.replace(/<table[\s\S]*?<\/table>/g, (table) => table.replace(/>\n+</g, "><")).trim();
}

/** The source each element's markdown was last rendered from. */
const renderedFrom = new WeakMap();
/** Elements whose copy buttons are wired. */
const wired = new WeakSet();

/**
 * Set `el`'s content to rendered markdown, touching the DOM only when the
 * source changed (so selection and text nodes survive unchanged reruns).
 * @param {HTMLElement} el @param {unknown} body @param {MarkdownOptions} [opts]
 */
export function setMarkdown(el, body, opts = {}) {
  const sig = `${opts.allowHtml ? 1 : 0}${opts.inline ? 1 : 0}:${body ?? ""}`;
  if (renderedFrom.get(el) === sig) return;
  renderedFrom.set(el, sig);
  try {
    el.innerHTML = markdownToHtml(body, opts);
  } catch (err) {
    // The parser gave up (a huge text can exhaust its stack): show the text
    // itself rather than nothing.
    console.warn("wasmlit: markdown could not be rendered; showing it as text", err);
    el.replaceChildren(h(opts.inline ? "span" : "p", { class: "wl-markdown-fallback" }, [body === null || body === undefined ? "" : String(body)]));
    return;
  }
  enhance(el);
  const text = String(body ?? "");
  if (!emojiTable && SHORTCODE.test(text)) {
    // The first shortcode of the page: load the table, then draw again.
    loadEmoji().then(() => {
      if (renderedFrom.get(el) !== sig) return;
      el.innerHTML = markdownToHtml(body, opts);
      enhance(el);
    }, (err) => console.warn("wasmlit: could not load the emoji shortcodes", err));
  }
}

/** The placeholder of a ```mermaid fence, which mermaid.js draws. @param {string} source @param {(s: unknown) => string} escape */
function mermaidPlaceholder(source, escape) {
  // The source is text, not an attribute: DOMPurify drops an attribute holding `-->`.
  return `<div class="stMermaidChart" data-testid="stMermaidChart" aria-busy="true" aria-label="Loading mermaid diagram" data-wl-mermaid=""><pre class="wl-mermaid-source" hidden>${escape(source)}</pre></div>\n`;
}

/**
 * What plain HTML cannot do by itself: typeset math, load the icon font,
 * wire copy buttons, and hide a container that holds only the app's <style>.
 * @param {HTMLElement} el
 */
export function enhance(el) {
  if (el.querySelector(".wl-material-icon")) void stylesheet(ICON_CSS, el);
  for (const text of el.querySelectorAll("[data-heading-text]")) {
    const heading = /** @type {HTMLElement} */ (text.parentElement);
    if (!heading.id) setAnchor(heading, heading.querySelector(".wl-anchor"), text.textContent ?? "");
  }
  if (el.querySelector("[data-wl-mermaid]")) void import("./mermaid.js").then((m) => m.drawMermaid(el));
  const maths = /** @type {HTMLElement[]} */ ([...el.querySelectorAll(".wl-math[data-tex]")]);
  if (maths.length) typeset(el, maths);
  if (el.querySelector('[data-testid="stCode"] code[class*="language-"]')) void import("./syntax.js").then((m) => m.highlightBlocks(el));
  if (el.querySelector(".wl-copy") && !wired.has(el)) {
    wired.add(el);
    el.addEventListener("click", (ev) => {
      const btn = /** @type {Element | null} */ (ev.target instanceof Element ? ev.target.closest(".wl-copy") : null);
      const code = btn?.closest("[data-testid=stCode]")?.querySelector("code");
      if (code) navigator.clipboard?.writeText(code.textContent || "").catch(() => {});
    });
  }
  if (el.querySelector("h1[id], h2[id], h3[id], h4[id], h5[id], h6[id]")) queueMicrotask(() => dropAnchorsInSidebar(el));
  const styleOnly = el.querySelector("style") !== null && [...el.childNodes].every((n) =>
    (n.nodeType === 1 && /** @type {Element} */ (n).tagName === "STYLE") || (n.nodeType === 3 && !n.textContent?.trim()));
  el.toggleAttribute("data-wl-style-only", styleOnly);
}

/**
 * As in Streamlit, headings in the sidebar or a dialog have no id and no
 * anchor link (they are checked once the element is in the page).
 * @param {HTMLElement} el
 */
function dropAnchorsInSidebar(el) {
  if (!el.closest("[data-testid=stSidebar], [role=dialog]")) return;
  for (const heading of el.querySelectorAll("h1[id], h2[id], h3[id], h4[id], h5[id], h6[id]")) heading.removeAttribute("id");
  for (const link of el.querySelectorAll("[data-testid=stHeaderActionElements] a")) link.remove();
}

/** @param {HTMLElement} el @param {HTMLElement[]} maths */
function typeset(el, maths) {
  void stylesheet(KATEX_CSS, el);
  loadKatex().then(({ default: katex }) => {
    for (const span of maths) {
      // The TeX is the placeholder's text (an attribute would lose `-->` or `]>` to DOMPurify).
      const tex = span.getAttribute("data-tex") === null ? null : span.textContent || "";
      if (tex === null || !span.isConnected && !el.contains(span)) continue;
      span.removeAttribute("data-tex");
      const html = katex.renderToString(tex, { displayMode: span.getAttribute("data-display") === "1", throwOnError: false });
      span.innerHTML = /** @type {string} */ (/** @type {unknown} */ (DOMPurify.sanitize(html, PURIFY_MATH)));
    }
  }, (err) => console.warn("wasmlit: could not load KaTeX", err));
}

/**
 * A `stMarkdownContainer` div with rendered markdown.
 * @param {unknown} body @param {MarkdownOptions} [opts]
 */
export function markdownBox(body, opts = {}) {
  const el = h("div", { "data-testid": "stMarkdownContainer" });
  setMarkdown(el, body, opts);
  return el;
}

/**
 * Show an element's icon: an emoji as text, `:material/name:` in the icon
 * font (loaded on first use). Touches the DOM only when the icon changed.
 * @param {HTMLElement} el @param {unknown} icon
 */
export function setIcon(el, icon) {
  const value = icon === null || icon === undefined ? "" : String(icon);
  if (el.getAttribute("data-wl-icon") === value) return;
  el.setAttribute("data-wl-icon", value);
  const m = /^:material\/(\w+):$/.exec(value.trim());
  if (value.trim() === "spinner") {
    // Streamlit's "spinner" icon: a turning ring (containers.css).
    el.innerHTML = '<i class="wl-spinner-icon wl-inline-spinner" aria-hidden="true"></i>';
  } else if (m && m[1] === "star_filled") {
    // Not a glyph of the font: Streamlit draws it as a yellow star image (st.feedback's chosen stars).
    el.innerHTML = `<img data-testid="stImageIcon" alt="" class="wl-image-icon" src="${FILLED_STAR}">`;
  } else if (m) {
    // An element's icon, as Streamlit's DynamicIcon draws it.
    el.innerHTML = `<span data-testid="stIconMaterial" aria-hidden="true" translate="no" class="wl-material-icon">${escapeHtml(m[1])}</span>`;
    void stylesheet(ICON_CSS, el);
  } else {
    el.textContent = value;
  }
}

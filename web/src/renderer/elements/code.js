// st.code: a code block with a copy button, coloured by its language (syntax.js, loaded on first use),
// with 1.67's options: line numbers in a gutter, wrapped long lines, a fixed height (it scrolls) and a width.
import { h, setAttr, setText } from "../dom.js";
import { setHeight, setWidth } from "../widget_view.js";

/**
 * Wrap each line of `code` (its text, or Prism's tokens) in a block of its own, so a
 * wrapped long line keeps its number beside its first row (CSS numbers the blocks).
 * The newlines stay in the text, hidden, so the copy button and textContent keep them.
 * @param {HTMLElement} code
 */
function splitLines(code) {
  const lines = [h("span", { class: "wl-code-line" })];
  /** The elements open at this point of the current line, outermost first. @type {Element[]} */
  let path = [];
  const current = () => path.at(-1) ?? /** @type {Element} */ (lines.at(-1));
  const newLine = () => {
    const next = h("span", { class: "wl-code-line" });
    lines.push(next);
    // A token that spans lines (a docstring) goes on in the next line's block.
    path = path.map((el) => /** @type {Element} */ (el.cloneNode(false)));
    path.reduce((parent, el) => parent.appendChild(el), /** @type {Element} */ (next));
  };
  /** @param {Node} node */
  const copy = (node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        (child.textContent ?? "").split("\n").forEach((part, i) => {
          if (i > 0) newLine();
          if (part) current().append(part);
        });
      } else if (child instanceof Element) {
        const clone = /** @type {Element} */ (child.cloneNode(false));
        current().append(clone);
        path.push(clone);
        copy(child);
        path.pop();
      }
    }
  };
  copy(code);
  code.replaceChildren(...lines.flatMap((el, i) => (i ? [h("span", { hidden: true }, ["\n"]), el] : [el])));
}

/** @type {import("../index.js").ViewFactory} */
function code() {
  const codeEl = h("code");
  // Numbers of the lines, one per line of text (the code itself stays one element for the highlighter;
  // wrapped lines are numbered by CSS instead, see splitLines).
  const gutter = h("span", { class: "wl-code-gutter", "aria-hidden": "true", hidden: true });
  // 1.67's toolbar button: an icon (CSS) named "Copy to clipboard", no text, so that the element's
  // text is the code alone (a test's `to_have_text` on stCode).
  const copy = h("button", { type: "button", class: "wl-copy", "data-testid": "stBaseButton-elementToolbar",
    "aria-label": "Copy to clipboard", title: "Copy to clipboard" });
  const el = h("div", { class: "stCode", "data-testid": "stCode", tabindex: "0" }, [h("pre", {}, [gutter, codeEl]),
    h("div", { class: "wl-copy-slot", "data-testid": "stElementToolbarButton" }, [copy])]);
  copy.addEventListener("click", () => navigator.clipboard?.writeText(codeEl.textContent).catch(() => {}));
  return {
    el,
    update({ props }) {
      const language = props.language ? `language-${props.language}` : null;
      // New text or another language: plain text first, coloured once its language is loaded.
      const body = String(props.body ?? "");
      // Wrapped and numbered lines are blocks of their own (splitLines); back to one text otherwise.
      const lined = !!(props.line_numbers && props.wrap_lines);
      const split = !!codeEl.querySelector(":scope > .wl-code-line");
      if (codeEl.textContent !== body || codeEl.getAttribute("class") !== language || split !== lined) codeEl.textContent = body;
      setAttr(codeEl, "class", language);
      const fitLines = () => {
        if (lined && !codeEl.querySelector(":scope > .wl-code-line") && codeEl.textContent === body) splitLines(codeEl);
      };
      el.classList.toggle("wl-line-numbers", !!props.line_numbers);
      setAttr(gutter, "hidden", !props.line_numbers);
      if (props.line_numbers) {
        const lines = String(props.body ?? "").split("\n").length;
        setText(gutter, Array.from({ length: lines }, (_, i) => String(i + 1)).join("\n"));
      }
      el.classList.toggle("wl-wrap-lines", !!props.wrap_lines);
      setHeight(el, props.height);
      setWidth(el, props.width);
      if (props.language && !codeEl.querySelector(".token")) {
        void import("../syntax.js").then((m) => m.highlight(codeEl, props.language)).then(fitLines);
      }
      fitLines();
    },
  };
}

export const views = { code };

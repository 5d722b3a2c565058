// st.code: a code block with a copy button, coloured by its language (syntax.js, loaded on first use),
// with 1.67's options: line numbers in a gutter, wrapped long lines, a fixed height (it scrolls) and a width.
import { h, setAttr, setText } from "../dom.js";
import { setWidth } from "../widget_view.js";

/** @type {import("../index.js").ViewFactory} */
function code() {
  const codeEl = h("code");
  // Numbers of the lines, one per line of text (the code itself stays one element for the highlighter).
  const gutter = h("span", { class: "wl-code-gutter", "aria-hidden": "true", hidden: true });
  const copy = h("button", { type: "button", class: "wl-copy", "data-testid": "stCodeCopyButton", title: "Copy to clipboard" }, ["Copy"]);
  const el = h("div", { class: "stCode", "data-testid": "stCode" }, [h("pre", {}, [gutter, codeEl]), copy]);
  copy.addEventListener("click", () => navigator.clipboard?.writeText(codeEl.textContent).catch(() => {}));
  return {
    el,
    update({ props }) {
      const language = props.language ? `language-${props.language}` : null;
      // New text or another language: plain text first, coloured once its language is loaded.
      if (codeEl.textContent !== String(props.body ?? "") || codeEl.getAttribute("class") !== language) codeEl.textContent = String(props.body ?? "");
      setAttr(codeEl, "class", language);
      el.classList.toggle("wl-line-numbers", !!props.line_numbers);
      setAttr(gutter, "hidden", !props.line_numbers);
      if (props.line_numbers) {
        const lines = String(props.body ?? "").split("\n").length;
        setText(gutter, Array.from({ length: lines }, (_, i) => String(i + 1)).join("\n"));
      }
      el.classList.toggle("wl-wrap-lines", !!props.wrap_lines);
      const fixed = typeof props.height === "number" && props.height > 0 ? `${props.height}px` : "";
      if (el.style.height !== fixed) el.style.height = fixed;
      el.classList.toggle("wl-fixed-height", !!fixed);
      setWidth(el, props.width);
      if (props.language && !codeEl.querySelector(".token")) void import("../syntax.js").then((m) => m.highlight(codeEl, props.language));
    },
  };
}

export const views = { code };

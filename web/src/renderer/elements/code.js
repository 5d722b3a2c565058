// st.code: a code block with a copy button, coloured by its language (syntax.js, loaded on first use).
import { h, setAttr } from "../dom.js";

/** @type {import("../index.js").ViewFactory} */
function code() {
  const codeEl = h("code");
  const copy = h("button", { type: "button", class: "wl-copy", "data-testid": "stCodeCopyButton", title: "Copy to clipboard" }, ["Copy"]);
  const el = h("div", { class: "stCode", "data-testid": "stCode" }, [h("pre", {}, [codeEl]), copy]);
  copy.addEventListener("click", () => navigator.clipboard?.writeText(codeEl.textContent).catch(() => {}));
  return {
    el,
    update({ props }) {
      const language = props.language ? `language-${props.language}` : null;
      // New text or another language: plain text first, coloured once its language is loaded.
      if (codeEl.textContent !== String(props.body ?? "") || codeEl.getAttribute("class") !== language) codeEl.textContent = String(props.body ?? "");
      setAttr(codeEl, "class", language);
      el.classList.toggle("wl-line-numbers", !!props.line_numbers);
      if (props.language && !codeEl.querySelector(".token")) void import("../syntax.js").then((m) => m.highlight(codeEl, props.language));
    },
  };
}

export const views = { code };

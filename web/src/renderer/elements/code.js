// st.code: a code block with a copy button.
import { h, setAttr, setText } from "../dom.js";

/** @type {import("../index.js").ViewFactory} */
function code() {
  const codeEl = h("code");
  const copy = h("button", { type: "button", class: "wl-copy", "data-testid": "stCodeCopyButton", title: "Copy to clipboard" }, ["Copy"]);
  const el = h("div", { class: "stCode", "data-testid": "stCode" }, [h("pre", {}, [codeEl]), copy]);
  copy.addEventListener("click", () => navigator.clipboard?.writeText(codeEl.textContent).catch(() => {}));
  return {
    el,
    update({ props }) {
      setText(codeEl, props.body);
      setAttr(codeEl, "class", props.language ? `language-${props.language}` : null);
      el.classList.toggle("wl-line-numbers", !!props.line_numbers);
    },
  };
}

export const views = { code };

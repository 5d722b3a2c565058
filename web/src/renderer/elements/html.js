// st.html: the app's HTML, sanitized (app content never runs script).
import { h } from "../dom.js";
import DOMPurify from "../../vendor/purify.es.mjs";

/** @type {import("../index.js").ViewFactory} */
function html() {
  const el = h("div", { class: "stHtml", "data-testid": "stHtml" });
  return {
    el,
    update({ props }) {
      el.innerHTML = DOMPurify.sanitize(String(props.body ?? ""), { FORBID_TAGS: ["script"], FORBID_ATTR: ["style"] });
    },
  };
}

export const views = { html };

// st.json: the document, pretty-printed.
import { h, setText } from "../dom.js";

/** @type {import("../index.js").ViewFactory} */
function json() {
  const pre = h("pre", { class: "wl-json" });
  const el = h("div", { class: "stJson", "data-testid": "stJson" }, [pre]);
  return {
    el,
    update({ props }) {
      let pretty = props.body;
      try { pretty = JSON.stringify(JSON.parse(props.body), null, 2); } catch { /* show as is */ }
      setText(pre, pretty);
    },
  };
}

export const views = { json };

// st.text: preformatted plain text.
import { h, setText, setTextLayout } from "../dom.js";
import { helpIcon } from "../tooltip.js";

/** @type {import("../index.js").ViewFactory} */
function text() {
  const body = h("div", { class: "wl-text-body" });  // 1.67: stText > div > the text
  const help = helpIcon();
  const el = h("div", { class: "stText", "data-testid": "stText" }, [body, help.el]);
  return { el, update({ props }) { setText(body, props.body); setTextLayout(el, props); help.set(props.help); } };
}

export const views = { text };

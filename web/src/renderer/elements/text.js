// st.text: preformatted plain text.
import { h, setText } from "../dom.js";
import { helpIcon } from "../tooltip.js";

/** @type {import("../index.js").ViewFactory} */
function text() {
  const body = h("span", { class: "wl-text-body" });
  const help = helpIcon();
  const el = h("div", { class: "stText", "data-testid": "stText" }, [body, help.el]);
  return { el, update({ props }) { setText(body, props.body); help.set(props.help); } };
}

export const views = { text };

// st.form: a bordered block whose widgets stage their values on the page
// until its submit button sends them (forms.js).
import { h, setAttr } from "../dom.js";
import { verticalHost } from "./layouts.js";

/** @type {import("../index.js").ViewFactory} */
function form(node, ctx) {
  const host = verticalHost();
  const el = h("div", { class: "stForm", "data-testid": "stForm" }, [host]);
  return {
    el, host,
    update({ props }) {
      setAttr(el, "data-form-id", props.form_id || "");
      el.classList.toggle("wl-bordered", props.border !== false);
      ctx.forms.configure(props.form_id, { clearOnSubmit: !!props.clear_on_submit, enterToSubmit: props.enter_to_submit !== false });
    },
  };
}

export const views = { form };

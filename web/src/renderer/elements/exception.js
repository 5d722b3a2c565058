// st.exception (and uncaught exceptions): the type name, the message, then
// one row per line of the trace, in an error (or warning) alert box.
import { h } from "../dom.js";
import { alertBox } from "./alert.js";

/** @type {import("../index.js").ViewFactory} */
function exception() {
  const box = alertBox("stException");
  return {
    el: box.el,
    update({ props }) {
      box.setFormat(props.is_warning ? "warning" : "error");
      const message = h("div", { "data-testid": "stExceptionMessage", class: "wl-exc-message" }, [
        h("strong", { class: "wl-exc-type" }, [String(props.type_name ?? "Exception")]),
        props.message ? `: ${props.message}` : "",
      ]);
      const rows = (props.stack_trace || []).map((line) => h("div", { "data-testid": "stExceptionTraceRow", class: "wl-trace-row" }, [String(line)]));
      box.content.replaceChildren(message, h("div", { class: "wl-trace", "data-testid": "stExceptionTrace" }, rows));
    },
  };
}

export const views = { exception };

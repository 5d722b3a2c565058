// st.exception (and uncaught exceptions): the type name, the message, then
// one row per line of the trace.
import { h, setAttr } from "../dom.js";

/** @type {import("../index.js").ViewFactory} */
function exception() {
  const body = h("div");
  const container = h("div", { role: "alert", "data-testid": "stAlertContainer", class: "wl-alert" }, [body]);
  const el = h("div", { class: "stException", "data-testid": "stException" }, [container]);
  return {
    el,
    update({ props }) {
      const warn = !!props.is_warning;
      setAttr(body, "data-testid", warn ? "stAlertContentWarning" : "stAlertContentError");
      setAttr(container, "data-format", warn ? "warning" : "error");
      const message = h("div", { "data-testid": "stExceptionMessage", class: "wl-exc-message" }, [
        h("strong", { class: "wl-exc-type" }, [String(props.type_name ?? "Exception")]),
        props.message ? `: ${props.message}` : "",
      ]);
      const rows = (props.stack_trace || []).map((line) => h("div", { "data-testid": "stExceptionTraceRow", class: "wl-trace-row" }, [String(line)]));
      body.replaceChildren(message, h("div", { class: "wl-trace", "data-testid": "stExceptionTrace" }, rows));
    },
  };
}

export const views = { exception };

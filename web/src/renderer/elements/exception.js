// st.exception (and uncaught exceptions): the type name, the message (as
// markdown for Streamlit's own errors), then
// one row per line of the trace, in an error (or warning) alert box.
import { h } from "../dom.js";
import { markdownBox } from "../markdown_html.js";
import { alertBox } from "./alert.js";

/** @type {import("../index.js").ViewFactory} */
function exception() {
  const box = alertBox("stException");
  return {
    el: box.el,
    update({ props }) {
      box.setFormat(props.is_warning ? "warning" : "error");
      const type = String(props.type_name ?? "Exception");
      // Streamlit's own errors carry markdown: "**type**: message", drawn as markdown.
      const message = h("div", { "data-testid": "stExceptionMessage", class: "wl-exc-message" },
        props.message_is_markdown
          ? [markdownBox(`**${type}**: ${props.message ?? ""}`)]
          : [h("strong", { class: "wl-exc-type" }, [type]), props.message ? `: ${props.message}` : ""]);
      const rows = (props.stack_trace || []).map((line) => h("div", { "data-testid": "stExceptionTraceRow", class: "wl-trace-row" }, [String(line)]));
      box.content.replaceChildren(message, h("div", { class: "wl-trace", "data-testid": "stExceptionTrace" }, rows));
    },
  };
}

export const views = { exception };

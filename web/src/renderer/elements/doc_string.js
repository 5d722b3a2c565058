// st.help: an object's name, signature and docstring.
import { h } from "../dom.js";

/** @type {import("../index.js").ViewFactory} */
function helpInfo() {
  const el = h("div", { class: "stHelp", "data-testid": "stHelp" });
  return {
    el,
    update({ props }) {
      el.replaceChildren(
        h("div", { "data-testid": "stHelpName", class: "wl-help-name" }, [String(props.name ?? ""), h("code", {}, [String(props.signature ?? "")])]),
        h("pre", { "data-testid": "stHelpDoc", class: "wl-help-doc" }, [String(props.doc_string ?? "")]),
      );
    },
  };
}

export const views = { help_info: helpInfo };

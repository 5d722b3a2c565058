// st.success, st.info, st.warning, st.error.
import { h, setAttr } from "../dom.js";
import { markdownBox } from "../markdown_html.js";

const ALERT_TESTID = { success: "stAlertContentSuccess", info: "stAlertContentInfo", warning: "stAlertContentWarning", error: "stAlertContentError" };

/** @type {import("../index.js").ViewFactory} */
function alert() {
  const content = h("div");
  const container = h("div", { role: "alert", "data-testid": "stAlertContainer", class: "wl-alert" }, [content]);
  const el = h("div", { class: "stAlert", "data-testid": "stAlert" }, [container]);
  return {
    el,
    update({ props }) {
      const format = ALERT_TESTID[props.format] ? props.format : "info";
      setAttr(content, "data-testid", ALERT_TESTID[format]);
      setAttr(container, "data-format", format);
      content.replaceChildren(...(props.icon ? [h("span", { "data-testid": "stAlertDynamicIcon", class: "wl-icon" }, [String(props.icon)])] : []),
        markdownBox(props.body));
    },
  };
}

export const views = { alert };

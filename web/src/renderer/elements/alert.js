// st.success, st.info, st.warning, st.error.
import { h, setAttr } from "../dom.js";
import { markdownBox, setIcon } from "../markdown_html.js";

const ALERT_TESTID = { success: "stAlertContentSuccess", info: "stAlertContentInfo", warning: "stAlertContentWarning", error: "stAlertContentError" };

/**
 * The box Streamlit draws alerts (and exceptions) in:
 * `<testid>` > stAlertContainer[role=alert] > stAlertContent<Format>.
 * @param {string} testid the element's data-testid and class
 */
export function alertBox(testid) {
  const content = h("div");
  const container = h("div", { role: "alert", "data-testid": "stAlertContainer", class: "wl-alert" }, [content]);
  const el = h("div", { class: testid, "data-testid": testid }, [container]);
  return {
    el, content,
    /** @param {"success" | "info" | "warning" | "error"} format */
    setFormat(format) {
      setAttr(content, "data-testid", ALERT_TESTID[format]);
      setAttr(container, "data-format", format);
    },
  };
}

/** @type {import("../index.js").ViewFactory} */
function alert() {
  const box = alertBox("stAlert");
  return {
    el: box.el,
    update({ props }) {
      box.setFormat(ALERT_TESTID[props.format] ? props.format : "info");
      const icon = h("span", { "data-testid": "stAlertDynamicIcon", class: "wl-icon" });
      if (props.icon) setIcon(icon, props.icon);
      const body = markdownBox(props.body);
      if (props.title) body.prepend(h("div", { class: "wl-alert-title", "data-testid": "stAlertTitle" }, [markdownBox(`**${props.title}**`, { inline: true })]));
      box.content.replaceChildren(...(props.icon ? [icon] : []), body);
    },
  };
}

export const views = { alert };

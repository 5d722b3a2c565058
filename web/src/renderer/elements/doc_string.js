// st.help, as Streamlit 1.67 draws it: a box with the object's name, type and
// value (or signature) on top, its docstring, and a table of its members, each
// with its type and its value or the first line of its docstring.
import { h } from "../dom.js";

const NO_DOCS = "No docs available";

/** @param {Record<string, any>} member */
function memberRow(member) {
  const name = member.name ? h("span", { "data-testid": "stHelpMemberDocName", class: "wl-helpbox-name" }, [String(member.name)]) : null;
  const type = member.type ? h("span", { "data-testid": "stHelpMemberDocType", class: "wl-helpbox-type" }, [String(member.type)]) : null;
  const detail = member.value
    ? h("span", { "data-testid": "stHelpMemberDocValue" }, [String(member.value)])
    : h("span", { "data-testid": "stHelpMemberDocString" }, [String(member.doc_string || NO_DOCS)]);
  return h("tr", { "data-testid": "stHelpMember" }, [h("td", {}, [name, type]), h("td", {}, [detail])]);
}

/** @type {import("../index.js").ViewFactory} */
function helpInfo() {
  const el = h("span", { class: "stHelp wl-helpbox", "data-testid": "stHelp" });
  return {
    el,
    update({ props }) {
      const name = props.var_name || props.name;
      const value = props.value || (props.signature ? `${props.name}${props.signature}` : "");
      const members = Array.isArray(props.members) ? props.members : [];
      const parts = [
        h("div", { class: "wl-helpbox-head" }, [h("span", {}, [
          name ? h("span", { "data-testid": "stHelpName", class: "wl-helpbox-name" }, [String(name)]) : null,
          props.type ? h("span", { "data-testid": "stHelpType", class: "wl-helpbox-type" }, [String(props.type)]) : null,
          value ? h("span", { "data-testid": "stHelpValue" }, [String(value)]) : null,
        ])]),
        h("div", { "data-testid": "stHelpDoc", class: "wl-helpbox-doc" }, [String(props.doc_string || NO_DOCS)]),
        members.length ? h("table", { "data-testid": "stHelpMembersTable", class: "wl-helpbox-members" },
          [h("tbody", {}, members.map(memberRow))]) : null,
      ];
      el.replaceChildren(...parts.filter((part) => part !== null));
    },
  };
}

export const views = { help_info: helpInfo };

// st.json: the document as a tree whose objects and arrays open and close
// (a click on the triangle or the bracket), drawn as Streamlit's
// react-json-view draws it. `expanded`: true (all open), false (closed), or
// the depth to which it opens. Children are built when first opened.
import { h } from "../dom.js";

/** @param {any} v */
const isBranch = (v) => v !== null && typeof v === "object";

/**
 * An object or array; its triangle comes first, before its key (`label`), as react-json-view draws it.
 * @param {any} value @param {number} depth @param {number} openDepth levels below this start closed
 * @param {HTMLElement[]} label the key and colon of the row that holds it (none at the root)
 * @returns {HTMLElement}
 */
function branch(value, depth, openDepth, label = []) {
  const array = Array.isArray(value);
  const entries = array ? value.map((/** @type {any} */ v, /** @type {number} */ i) => [i, v]) : Object.entries(value);
  const [open, close] = array ? ["[", "]"] : ["{", "}"];
  const toggle = h("button", { type: "button", class: "wl-json-toggle", "aria-label": "Toggle", "aria-expanded": "false" });
  const ellipsis = h("span", { class: "wl-json-ellipsis" }, ["..."]);
  const body = h("div", { class: "wl-json-body", hidden: true });
  const closing = h("span", { class: "wl-json-bracket" }, [close]);
  const tail = h("div", { class: "wl-json-close", hidden: true }, [closing.cloneNode(true)]);
  const head = h("span", { class: "wl-json-head" }, [toggle, ...label, h("span", { class: "wl-json-bracket" }, [open]), ellipsis, closing]);
  let built = false;
  const setOpen = (/** @type {boolean} */ on) => {
    if (on && !built) {
      built = true;
      body.append(...entries.map(([k, v]) => row(k, v, array, depth + 1, openDepth)));
    }
    toggle.setAttribute("aria-expanded", String(on));
    body.hidden = !on;
    tail.hidden = !on;
    ellipsis.hidden = on;
    closing.hidden = on;
  };
  if (!entries.length) {
    toggle.hidden = true;
    ellipsis.hidden = true;
  } else {
    head.addEventListener("click", (ev) => {
      ev.stopPropagation();
      setOpen(!!body.hidden);
    });
    setOpen(depth < openDepth);
  }
  return h("span", { class: "wl-json-branch" }, [head, body, tail]);
}

/** @param {string | number} key @param {any} value @param {boolean} inArray @param {number} depth @param {number} openDepth */
function row(key, value, inArray, depth, openDepth) {
  const label = inArray
    ? h("span", { class: "wl-json-index" }, [String(key)])
    : h("span", { class: "wl-json-key" }, [`"${key}"`]);
  const colon = h("span", { class: "wl-json-colon" }, [" : "]);
  if (isBranch(value)) return h("div", { class: "wl-json-row" }, [branch(value, depth, openDepth, [label, colon])]);
  return h("div", { class: "wl-json-row" }, [label, colon, node(value, depth, openDepth)]);
}

/** @param {any} value @param {number} depth @param {number} openDepth */
function node(value, depth, openDepth) {
  if (isBranch(value)) return branch(value, depth, openDepth);
  if (value === null) return h("span", { class: "wl-json-null" }, ["NULL"]);
  if (typeof value === "string") return h("span", { class: "wl-json-string" }, [`"${value}"`]);
  if (typeof value === "boolean") return h("span", { class: "wl-json-boolean" }, [String(value)]);
  if (typeof value === "number") {
    return h("span", { class: Number.isInteger(value) ? "wl-json-integer" : "wl-json-float" }, [String(value)]);
  }
  return h("span", {}, [String(value)]);
}

/** @type {import("../index.js").ViewFactory} */
function json() {
  const el = h("div", { class: "stJson", "data-testid": "stJson" });
  let drawn = "";
  return {
    el,
    update({ props }) {
      const sig = `${props.expanded}|${props.body}`;
      if (sig === drawn) return;
      drawn = sig;
      const expanded = props.expanded;
      const openDepth = expanded === false ? 0 : expanded === true || typeof expanded !== "number" ? Infinity : expanded;
      let value;
      try {
        value = JSON.parse(props.body);
      } catch (err) {
        el.replaceChildren(h("div", { class: "wl-json-error" }, [`The JSON could not be parsed: ${err}`]),
          h("pre", { class: "wl-json" }, [String(props.body)]));
        return;
      }
      el.replaceChildren(h("div", { class: "wl-json-tree" }, [node(value, 0, openDepth)]));
    },
  };
}

export const views = { json };

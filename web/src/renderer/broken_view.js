// What a node whose view failed shows instead of it.
import { BLOCK_TYPES } from "../protocol.js";
import { h } from "./dom.js";

/**
 * A notice saying why the node could not be drawn, and (for a block) a host,
 * so its children are still on the page. `broken`: the renderer tries the
 * real view again on the node's next change.
 * @param {import("./index.js").NodeDict} node @param {unknown} err
 * @returns {import("./index.js").View}
 */
export function brokenView(node, err) {
  const notice = h("div", { class: "stAlert wl-unsupported wl-render-error", "data-testid": "stAlert", role: "alert" }, [
    `This ${node.type} could not be drawn: ${err instanceof Error ? err.message : String(err)}`,
  ]);
  if (!BLOCK_TYPES.includes(node.type)) return { el: notice, update() {}, broken: true };
  const host = h("div", { class: "stVerticalBlock", "data-testid": "stVerticalBlock" });
  return { el: h("div", { class: "stLayoutWrapper", "data-testid": "stLayoutWrapper" }, [notice, host]), host, update() {}, broken: true };
}

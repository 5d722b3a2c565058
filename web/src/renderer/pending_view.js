// The view of a node whose family's module is still loading (views.js
// ON_FIRST_USE): an empty placeholder that becomes the real view once the
// module is there, drawn from the newest node it was given meanwhile. Its
// `ready` settles once it is drawn (or says why it cannot be).
import { h } from "./dom.js";
import { brokenView } from "./broken_view.js";

/**
 * @param {import("./index.js").NodeDict} node
 * @param {import("../widget_services.js").WidgetServices} ctx
 * @param {() => Promise<Record<string, import("./index.js").ViewFactory>>} load the family's views
 * @returns {import("./index.js").View}
 */
export function pendingView(node, ctx, load) {
  let latest = node;
  let gone = false;
  /** @type {import("./index.js").View | null} */
  let real = null;
  /** @type {import("./index.js").View} */
  const view = {
    el: h("div", { class: "wl-view-loading", "data-wl-loading": node.type }),
    update(next, prev) {
      latest = next;
      real?.update(next, prev);
    },
    destroy() {
      gone = true;
      real?.destroy?.();
    },
  };
  /** @param {import("./index.js").View} drawn */
  const become = (drawn) => {
    view.el.replaceWith(drawn.el);
    view.el = drawn.el;
  };
  view.ready = load().then((views) => {
    if (gone) return;
    const made = views[node.type](latest, ctx);
    made.update(latest, null);
    real = made;
    become(made);
  }).catch((err) => {
    if (gone) return;
    // A module that cannot load (offline, before the service worker kept it)
    // says so where the element belongs; the node's next change tries again.
    console.error("wasmlit: could not draw", node.type, node.id, err);
    become(brokenView(latest, err));
    view.broken = true;
  });
  return view;
}

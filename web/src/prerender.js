// The prerendered first screen: the build ran the app's first run and put
// its ops in index.html (#wasmlit-prerender), and usually its HTML too
// (stApp[data-wl-static], drawn by the same renderer in Node). Before Python
// is up, the page draws those ops (or adopts that HTML), marks its widgets
// pending (data-wl-pending: they wait for Python) and floats the loading note
// over it (style.css, `[data-wl-prerendered]`). The first finished run ends
// all that.
//
// Clicks on the static screen's buttons and typing in its text fields, which
// index.html noted before any module loaded (__wasmlitEarly.actions), are
// replayed in order once the renderer's own DOM has replaced the static one.
import { ACTIONABLE_TYPES, EARLY_TYPED_TYPES } from "./protocol.js";
import { loadViews } from "./renderer/index.js";

/** @typedef {{click?: string, typed?: string}} EarlyAction a node id clicked, or typed into */

/**
 * Draw the build-time first run before Python starts. When index.html holds
 * it as static HTML, that is swapped for the renderer's own DOM in this one
 * task (no paint in between), once the views it needs have loaded (a
 * dataframe's or a chart's family loads on first use), and the early actions
 * are replayed.
 * @param {{app: HTMLElement, container: ParentNode, roots: HTMLElement[], page: boolean,
 *          renderer: import("./renderer/index.js").Renderer,
 *          ctx: import("./widget_services.js").WidgetServices,
 *          onNavigation?: (navigation: any) => void}} where
 *   `roots`: the main, sidebar and bottom blocks; `page`: the site's own page (only it has early
 *   actions); `onNavigation`: a multipage app's menu, as the first run left it
 */
export async function hydrate({ app, container, roots, page, renderer, ctx, onNavigation }) {
  const data = container.querySelector("#wasmlit-prerender") || document.getElementById("wasmlit-prerender");
  if (!data) return;
  let ops;
  try {
    ops = JSON.parse(data.textContent);
  } catch (err) {
    console.warn("wasmlit: unreadable prerender", err);
    return;
  }
  const list = Array.isArray(ops) ? ops : ops.ops || [];
  // A module that cannot load is no reason to keep the static screen: its nodes say so.
  await loadViews(list).catch(() => {});
  const isStatic = app.hasAttribute("data-wl-static");
  const early = isStatic && page ? globalThis.__wasmlitEarly : null;
  const typed = early ? typedOnStaticScreen(app, early.actions) : new Map();
  if (isStatic) for (const root of roots) root.replaceChildren();
  renderer.runStarted(0);
  renderer.applyDeltas({ run_id: 0, ops: list, drawn: {} });
  renderer.runFinished();
  if (!Array.isArray(ops) && ops.navigation) onNavigation?.(ops.navigation);
  for (const { node, el } of renderer.nodes()) {
    if (ACTIONABLE_TYPES.includes(node.type)) el.setAttribute("data-wl-pending", "true");
  }
  app.setAttribute("data-wl-prerendered", "true");
  if (isStatic) {
    app.removeAttribute("data-wl-static");
    replayEarlyActions(renderer, ctx, early?.actions.splice(0) || [], typed);
  }
}

/**
 * A run finished: the page now shows what Python drew, and its widgets work.
 * @param {HTMLElement} app @param {ParentNode} container
 */
export function endPrerender(app, container) {
  app.removeAttribute("data-wl-prerendered");
  for (const el of container.querySelectorAll("[data-wl-pending]")) el.removeAttribute("data-wl-pending");
}

/**
 * What was typed into the static first screen's text fields, by node id
 * (read before that screen is replaced).
 * @param {HTMLElement} app @param {EarlyAction[]} actions
 * @returns {Map<string, string>}
 */
function typedOnStaticScreen(app, actions) {
  const typed = new Map();
  for (const { typed: id } of actions) {
    const field = id && /** @type {HTMLInputElement | null} */ (app.querySelector(`[data-wl-id="${CSS.escape(id)}"] :is(input, textarea)`));
    if (field) typed.set(id, field.value);
  }
  return typed;
}

/**
 * Clicks and typing on the static first screen, in order.
 * @param {import("./renderer/index.js").Renderer} renderer
 * @param {import("./widget_services.js").WidgetServices} ctx
 * @param {EarlyAction[]} actions @param {Map<string, string>} typed
 */
function replayEarlyActions(renderer, ctx, actions, typed) {
  for (const action of actions) {
    const found = renderer.find(action.click || action.typed || "");
    if (!found || found.node.props.disabled) continue;
    const { node, el } = found;
    if (action.click && node.type === "button") ctx.click(node);
    const value = action.typed === undefined ? undefined : typed.get(action.typed);
    if (value !== undefined && EARLY_TYPED_TYPES.includes(node.type)) {
      const field = /** @type {HTMLInputElement | null} */ (el.querySelector("input, textarea"));
      if (field) field.value = value;
      ctx.commit(node, value);
    }
  }
}

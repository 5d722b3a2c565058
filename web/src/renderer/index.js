// The renderer: applies element deltas to the DOM with keyed reconciliation.
//
// Node ids come from Python (a delta path, or a widget id), so a widget keeps
// its DOM node — and the user's focus and caret — when its position shifts.
// A node is touched only when its description changed; children are moved
// only when they are out of order (longest increasing subsequence), and a
// focused input is never re-created.
//
// Nothing is ever silently missing: the renderer keeps every node it was sent
// (`sent`, updated before an op touches the DOM). If an op or a reorder fails,
// the page is redrawn from those nodes and the failure is logged; a node whose
// view fails again is drawn as a notice saying so (its children still show).
import { OPS, MAIN_ROOT, SIDEBAR_ROOT, BLOCK_TYPES } from "../protocol.js";
import { h, applyKeyClass, setAttr, hasFocus, focusedIn } from "./dom.js";
import { VIEWS, LAZY_VIEWS } from "./views.js";
import { brokenView } from "./broken_view.js";
import { pendingView } from "./pending_view.js";

export { loadViews } from "./views.js";

/** Types whose nodes have children (and no stElementContainer wrapper). */
const BLOCKS = new Set(BLOCK_TYPES);

/** Elements not redrawn this long after a run starts fade (Streamlit: 0.5 s). */
export const STALE_DELAY_MS = 500;

/**
 * @typedef {{id: string, parent: string, index: number, type: string, key: string|null, props: Record<string, any>}} NodeDict
 * @typedef {{el: HTMLElement, host?: HTMLElement, update(node: NodeDict, prev: NodeDict|null): void,
 *            childrenChanged?(children: Rec[]): void, destroy?(): void, broken?: boolean, ready?: Promise<void>}} View
 *   `host` (blocks only) is where the renderer places the block's children; `broken`: a notice
 *   drawn instead of a view that failed (the next change of the node tries the real view again);
 *   `ready`: a view whose module is still loading (pending_view.js) settles it once drawn.
 * @typedef {(node: NodeDict, ctx: import("../widget_services.js").WidgetServices) => View} ViewFactory
 * @typedef {{node: NodeDict, outer: HTMLElement, view: View, seen: number, children: Set<string>}} Rec
 *   `seen`: the run that last drew the node (Infinity for a root); `children`: ids (blocks only)
 */

export class Renderer {
  /**
   * @param {Record<string, HTMLElement>} roots root id -> host element
   * @param {import("../widget_services.js").WidgetServices} ctx services the widget views use
   * @param {(rootId: string, empty: boolean) => void} [onRootChange]
   */
  constructor(roots, ctx, onRootChange = () => {}) {
    /** @type {Map<string, Rec>} */
    this.recs = new Map();
    this.ctx = ctx;
    this.onRootChange = onRootChange;
    /** @type {Map<string, NodeDict>} every node the page was sent and still has, by id */
    this.sent = new Map();
    /** @type {Map<string, Set<string>>} parent id -> ids of its nodes in `sent` */
    this.sentKids = new Map();
    /** How many times a failed delta made the renderer redraw the page (tests read it). */
    this.redraws = 0;
    this.runId = -1;
    this.running = false;
    /** @type {Set<string> | null} the containers a fragment run redraws (null: the whole page) */
    this.scope = null;
    this.staleTimer = 0;
    /** @type {Set<Promise<void>>} the views still loading their module (createView) */
    this.loading = new Set();
    for (const [id, host] of Object.entries(roots)) {
      this.recs.set(id, {
        node: { id, parent: "", index: 0, type: "vertical_block", key: null, props: {} },
        outer: host, view: { el: host, host, update() {} }, seen: Infinity, children: new Set(),
      });
    }
  }

  /**
   * A run began: nodes it has not redrawn go stale after STALE_DELAY_MS. A
   * fragment run (`scope`: the containers it redraws) leaves the rest of the page as it is.
   * @param {number} runId @param {string[]} [scope]
   */
  runStarted(runId, scope = []) {
    this.runId = runId;
    this.running = true;
    this.scope = Array.isArray(scope) && scope.length ? new Set(scope) : null;
    clearTimeout(this.staleTimer);
    this.staleTimer = setTimeout(() => this.markStale(), STALE_DELAY_MS);
  }

  /** A run ended: nothing is stale any more (removals were already applied). */
  runFinished() {
    this.running = false;
    clearTimeout(this.staleTimer);
    for (const rec of this.recs.values()) setAttr(rec.outer, "data-stale", rec.seen === Infinity ? null : "false");
  }

  markStale() {
    if (!this.running) return;
    for (const rec of this.recs.values()) {
      if (rec.seen !== Infinity && rec.seen !== this.runId && this.inScope(rec)) setAttr(rec.outer, "data-stale", "true");
    }
  }

  /** Is this node redrawn by the current run (always, but in a fragment run: inside its containers)? @param {Rec} rec */
  inScope(rec) {
    if (!this.scope) return true;
    for (let id = rec.node.parent, hops = 0; id && hops < 1000; hops += 1) {
      if (this.scope.has(id)) return true;
      id = this.recs.get(id)?.node.parent || "";
    }
    return false;
  }

  /**
   * Apply one `deltas` message. Malformed ops are skipped with a console
   * warning; one bad node never stops the others from rendering.
   * @param {{run_id: number, ops: any[], drawn?: Record<string, number>}} msg
   */
  applyDeltas(msg) {
    if (typeof msg.run_id === "number" && msg.run_id !== this.runId && !this.running) this.runStarted(msg.run_id);
    const dirty = new Set();
    const focus = captureFocus(this.recs.get(MAIN_ROOT)?.outer);
    /** @type {unknown} */
    let failed = null;
    for (const op of msg.ops || []) {
      try {
        if (op.op === OPS.REMOVE) this.remove(op.id, dirty);
        else if (op.op === OPS.ADD || op.op === OPS.UPDATE) this.upsert(withKept(op, this.recs.get(op.node?.id)), dirty);
        else console.warn("wasmlit: unknown delta op", op);
      } catch (err) {
        console.error("wasmlit: could not apply delta", op, err);
        failed ??= err;
      }
    }
    this.touchDrawn(msg.drawn);
    failed ??= this.reorderAll(dirty);
    if (failed) this.redraw(failed);
    restoreFocus(focus);
  }

  /**
   * Draw the whole page again from `sent`, after a failed op left it in doubt.
   * Views are re-created parent first; one that fails again is drawn as a
   * notice (with a host for its children if it is a block).
   * @param {unknown} cause
   */
  redraw(cause) {
    this.redraws += 1;
    console.error("wasmlit: a delta could not be applied; the page was redrawn from the nodes it was sent", cause);
    for (const [id, rec] of [...this.recs]) {
      rec.children = new Set();
      if (rec.seen === Infinity) continue;
      try { rec.view.destroy?.(); } catch { /* going anyway */ }
      rec.outer.remove();
      this.recs.delete(id);
    }
    const blocks = new Set([...this.recs.keys()]);
    const queue = [...blocks];
    while (queue.length) {
      const parent = /** @type {string} */ (queue.shift());
      for (const id of this.sentKids.get(parent) || []) {
        const node = /** @type {NodeDict} */ (this.sent.get(id));
        this.drawAnew(node);
        blocks.add(node.id);
        queue.push(node.id);
      }
    }
    for (const id of blocks) {
      const err = this.reorderAll([id]);
      if (err) console.error("wasmlit: could not put a block in order after a redraw", id, err);
    }
  }

  /**
   * (Re)create one node's view during a redraw; a view that throws becomes a notice.
   * @param {NodeDict} node
   */
  drawAnew(node) {
    /** @type {View} */
    let view;
    try {
      view = this.createView(node);
      view.update(node, null);
    } catch (err) {
      console.error("wasmlit: could not draw", node.type, node.id, err);
      view = brokenView(node, err);
    }
    const isBlock = BLOCKS.has(node.type);
    const outer = isBlock ? view.el : h("div", {
      class: "stElementContainer element-container", "data-testid": "stElementContainer", "data-stale": "false",
    }, [view.el]);
    /** @type {Rec} */
    const rec = { node, outer, view, seen: this.runId, children: new Set() };
    this.recs.set(node.id, rec);
    applyKeyClass(outer, node.key);
    // Kept even under an element: the children of an id that holds an element
    // now come back with it when it is a block again (see upsert).
    this.recs.get(node.parent)?.children.add(node.id);
  }

  /**
   * After a fresh worker's first complete run: drop every node that worker
   * never drew (a prerender's leftovers, or the previous worker's page). Its
   * runs before that one (an st.rerun() chain) drew some nodes that the
   * complete run did not send again, unchanged: they stay.
   * @param {number} [since] the fresh worker's first run id (default: the current run)
   */
  sweep(since = this.runId) {
    const dirty = new Set();
    for (const [id, rec] of [...this.recs]) {
      if (rec.seen !== Infinity && rec.seen < since && this.recs.has(id)) this.remove(id, dirty);
    }
    this.reorderAll(dirty);
  }

  /**
   * The node with this id and its element (the element container, or the
   * block itself), or null.
   * @param {string} id
   * @returns {{node: NodeDict, el: HTMLElement} | null}
   */
  find(id) {
    const rec = this.recs.get(id);
    return rec && rec.seen !== Infinity ? { node: rec.node, el: rec.outer } : null;
  }

  /**
   * The first node on the page that passes `test`.
   * @param {(node: NodeDict) => boolean} test
   */
  findNode(test) {
    for (const rec of this.recs.values()) if (rec.seen !== Infinity && test(rec.node)) return rec.node;
    return undefined;
  }

  /** Every node on the page (not the roots), with its element. */
  nodes() {
    return [...this.recs.values()].filter((rec) => rec.seen !== Infinity).map((rec) => ({ node: rec.node, el: rec.outer }));
  }

  /**
   * Draw `value` in a widget without Python's word (a cleared form shows its
   * defaults at once); the node itself keeps Python's props.
   * @param {string} id @param {any} value
   */
  showValue(id, value) {
    const rec = this.recs.get(id);
    if (!rec || rec.seen === Infinity) return;
    rec.view.update({ ...rec.node, props: { ...rec.node.props, value } }, rec.node);
  }

  /** A slow run's progress: each block's children below index `drawn[block]` are fresh. */
  touchDrawn(drawn) {
    if (!drawn || typeof drawn !== "object") return;
    for (const rec of this.recs.values()) {
      const through = drawn[rec.node.parent];
      if (through !== undefined && rec.node.index < through) this.touch(rec.node.id);
    }
  }

  /** Mark a node as drawn by the current run. */
  touch(id) {
    const rec = this.recs.get(id);
    if (!rec || rec.seen === Infinity) return;
    rec.seen = this.runId;
    setAttr(rec.outer, "data-stale", "false");
  }

  /** @param {NodeDict} node @param {Set<string>} dirty */
  upsert(node, dirty) {
    if (!node || typeof node.id !== "string" || typeof node.type !== "string") {
      throw new Error(`Expected a node with string id and type, but got ${JSON.stringify(node)}`);
    }
    node = { ...node, props: node.props || {}, key: node.key ?? null, parent: String(node.parent ?? MAIN_ROOT) };
    this.remember(node);
    const rec = this.recs.get(node.id);
    if (rec && rec.node.type === node.type && !rec.view.broken) {
      const prev = rec.node;
      rec.node = node;
      if (prev.parent !== node.parent || prev.index !== node.index) {
        this.recs.get(prev.parent)?.children.delete(node.id);
        dirty.add(prev.parent).add(node.parent);
        this.adopt(node);
      }
      if (prev.key !== node.key) applyKeyClass(this.keyTarget(rec), node.key);
      if (propsDiffer(prev.props, node.props)) rec.view.update(node, prev);
      this.touch(node.id);
      return;
    }
    // New node, or its type changed: (re)create. Ids are delta paths, so one
    // id can hold an element in one run and a block in the next. Its
    // children stay with the id whatever its type, as they do in Python's
    // copy of the page: Python removes them when a complete run no longer
    // draws them, and does not resend the unchanged ones when the block
    // comes back (after a run that ended early, such as st.rerun()). They
    // live in the body of a block, and out of the page while the id holds
    // an element (which has nothing to reorder).
    const view = this.createView(node);
    const isBlock = BLOCKS.has(node.type);
    const outer = isBlock ? view.el : h("div", {
      class: "stElementContainer element-container", "data-testid": "stElementContainer", "data-stale": "false",
    }, [view.el]);
    /** @type {Rec} */
    const fresh = { node, outer, view, seen: this.runId, children: rec ? rec.children : new Set() };
    if (rec) {
      const host = view.host;
      for (const kid of this.childRecs(rec)) {
        if (host) host.append(kid.outer);
        else kid.outer.remove();
      }
      if (host) dirty.add(node.id);
      rec.view.destroy?.();
      rec.outer.replaceWith(outer);
      this.recs.get(rec.node.parent)?.children.delete(node.id);
    }
    this.recs.set(node.id, fresh);
    applyKeyClass(this.keyTarget(fresh), node.key);
    view.update(node, null);
    this.adopt(node);
    dirty.add(node.parent);
    if (rec && rec.node.parent !== node.parent) dirty.add(rec.node.parent);
  }

  /**
   * The records of a block's children.
   * @param {Rec} rec @returns {Rec[]}
   */
  childRecs(rec) {
    return [...rec.children].map((id) => this.recs.get(id)).filter((kid) => kid !== undefined);
  }

  /** Where the st-key class goes: the element container, or the block itself. */
  keyTarget(rec) {
    return rec.outer;
  }

  /** A node's view; a placeholder while its family's module loads (views.js ON_FIRST_USE). @param {NodeDict} node */
  createView(node) {
    const make = VIEWS[node.type];
    if (make) return make(node, this.ctx);
    const load = LAZY_VIEWS.get(node.type);
    if (!load) return VIEWS.unsupported(node, this.ctx);
    const view = pendingView(node, this.ctx, load);
    const ready = /** @type {Promise<void>} */ (view.ready);
    this.loading.add(ready);
    void ready.finally(() => this.loading.delete(ready));
    return view;
  }

  /**
   * Settles once every view still loading its module is drawn (null: none is): the page
   * says a run is over only then, so a test that waits for it finds every element drawn.
   * @returns {Promise<void> | null}
   */
  settled() {
    if (!this.loading.size) return null;
    return Promise.allSettled([...this.loading]).then(() => this.settled() ?? undefined);
  }

  /** Make `node` a child of its parent, which must be a block on the page. @param {NodeDict} node */
  adopt(node) {
    const parent = this.recs.get(node.parent);
    if (!parent) throw new Error(`Expected parent "${node.parent}" of "${node.id}" to exist, but it does not`);
    if (!parent.view.host) throw new Error(`Expected parent "${node.parent}" of "${node.id}" to be a block, but it is a ${parent.node.type}`);
    parent.children.add(node.id);
  }

  /** Remove a node and its whole subtree. */
  remove(id, dirty) {
    this.forget(id);
    const rec = this.recs.get(id);
    if (!rec || rec.seen === Infinity) return;
    for (const child of [...rec.children]) this.remove(child, dirty);
    rec.view.destroy?.();
    rec.outer.remove();
    this.recs.delete(id);
    const parent = this.recs.get(rec.node.parent);
    if (parent) {
      parent.children.delete(id);
      dirty.add(rec.node.parent);
    }
  }

  /** Keep `node` in `sent` (before any DOM work, which may fail). @param {NodeDict} node */
  remember(node) {
    const old = this.sent.get(node.id);
    if (old && old.parent !== node.parent) this.sentKids.get(old.parent)?.delete(node.id);
    this.sent.set(node.id, node);
    let kids = this.sentKids.get(node.parent);
    if (!kids) this.sentKids.set(node.parent, (kids = new Set()));
    kids.add(node.id);
  }

  /** Drop a node and its subtree from `sent`. @param {string} id */
  forget(id) {
    const node = this.sent.get(id);
    if (!node) return;
    this.sent.delete(id);
    this.sentKids.get(node.parent)?.delete(id);
    for (const kid of [...(this.sentKids.get(id) || [])]) this.forget(kid);
    this.sentKids.delete(id);
  }

  /**
   * Reorder every block in `dirty`, each on its own: one that fails is
   * logged and never keeps the others from being put in order.
   * @param {Iterable<string>} dirty
   * @returns {unknown} the first failure, or null
   */
  reorderAll(dirty) {
    /** @type {unknown} */
    let failed = null;
    for (const parentId of dirty) {
      try {
        this.reorder(parentId);
      } catch (err) {
        console.error("wasmlit: could not put the children of", parentId, "in order", err);
        failed ??= err;
      }
    }
    return failed;
  }

  /**
   * Put a block's children in index order, moving as few DOM nodes as
   * possible. Ties (an old node and a new one at the same index while a run
   * is in progress) put the node of the current run first.
   */
  reorder(parentId) {
    const parent = this.recs.get(parentId);
    const host = parent?.view.host;
    // Gone in the meantime, or an element now: the children it kept from its
    // block days are out of the page, with nothing to put in order.
    if (!parent || !host) return;
    const kids = this.childRecs(parent);
    kids.sort((a, b) => a.node.index - b.node.index || Number(b.seen === this.runId) - Number(a.seen === this.runId));
    placeInOrder(host, kids.map((k) => k.outer));
    parent.view.childrenChanged?.(kids);
    if (parent.seen === Infinity) this.onRootChange(parentId, kids.length === 0);
  }
}

/**
 * Make `host`'s children equal `wanted` (in order), keeping the longest run of
 * nodes that are already in relative order in place and moving only the rest.
 * Nodes in `host` that are not in `wanted` are left where they are.
 * @param {HTMLElement} host @param {HTMLElement[]} wanted
 */
export function placeInOrder(host, wanted) {
  const current = [...host.children];
  const pos = new Map(current.map((el, i) => [el, i]));
  const seq = wanted.map((el) => (pos.has(el) ? pos.get(el) : -1));
  const keep = lisMask(seq);
  // Walk backwards so each node can be inserted before its successor.
  /** @type {HTMLElement | null} */
  let next = null;
  for (let i = wanted.length - 1; i >= 0; i -= 1) {
    const el = wanted[i];
    if (!keep[i] || el.parentNode !== host) host.insertBefore(el, next);
    next = el;
  }
}

/** Mask of a longest strictly increasing subsequence of `seq` (-1 = absent). */
function lisMask(seq) {
  const tails = []; // index into seq of the smallest tail of each length
  const prev = new Array(seq.length).fill(-1);
  for (let i = 0; i < seq.length; i += 1) {
    if (seq[i] < 0) continue;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (seq[tails[mid]] < seq[i]) lo = mid + 1;
      else hi = mid;
    }
    prev[i] = lo > 0 ? tails[lo - 1] : -1;
    tails[lo] = i;
  }
  const mask = new Array(seq.length).fill(false);
  for (let i = tails.length ? tails[tails.length - 1] : -1; i >= 0; i = prev[i]) mask[i] = true;
  return mask;
}

// A moved ancestor blurs the focused input in some browsers; put focus and
// caret back if that happened.
/** @param {Node | undefined} anyNode @returns {{el: HTMLInputElement, start: number | null, end: number | null} | null} */
function captureFocus(anyNode) {
  const el = /** @type {HTMLInputElement | null} */ (anyNode ? focusedIn(anyNode) : document.activeElement);
  if (!el || el === document.body) return null;
  /** @type {number | null} */
  let start = null;
  /** @type {number | null} */
  let end = null;
  try { start = el.selectionStart; end = el.selectionEnd; } catch { /* no selection API */ }
  return { el, start, end };
}

/** @param {ReturnType<typeof captureFocus>} saved */
function restoreFocus(saved) {
  if (!saved || hasFocus(saved.el) || !saved.el.isConnected) return;
  saved.el.focus({ preventScroll: true });
  if (typeof saved.start === "number") {
    try { saved.el.setSelectionRange(saved.start, saved.end); } catch { /* ignore */ }
  }
}

/**
 * The node of an add or update op; an update's `kept` props (large and
 * unchanged, protocol.py UpdateOp) come from the page's copy of the node.
 * @param {{node: NodeDict, kept?: string[]}} op @param {Rec | undefined} rec
 * @returns {NodeDict}
 */
function withKept(op, rec) {
  if (!op.kept?.length || !rec) return op.node;
  const props = { ...op.node.props };
  for (const name of op.kept) if (name in rec.node.props) props[name] = rec.node.props[name];
  return { ...op.node, props };
}

/**
 * Do two props objects draw differently? Kept props are the very same
 * objects, so only props that came anew are compared; a prop holding binary
 * data (a table's columns) that came anew always counts as changed.
 * @param {Record<string, any>} a @param {Record<string, any>} b
 */
function propsDiffer(a, b) {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    if (a[key] === b[key]) continue;
    const x = textOf(a[key]);
    if (x === null || x !== textOf(b[key])) return true;
  }
  return false;
}

const BINARY = new Error("binary");

/** JSON text of a prop; null when it holds binary data. @param {unknown} value */
function textOf(value) {
  try {
    return JSON.stringify(value, (_k, v) => {
      if (v instanceof ArrayBuffer || ArrayBuffer.isView(v)) throw BINARY;
      return v;
    }) ?? "undefined";
  } catch (err) {
    if (err === BINARY) return null;
    throw err;
  }
}

// One running app: a Python worker, the renderer, the event queue and the
// chrome, inside one element. The site's own page is one mount (app.js);
// other pages embed apps with the public `mount()`:
//
//   import { mount } from "./site/assets/mount.js";
//   const app = mount({ entrypoint: "app.py", files: { "app.py": "import streamlit as st\nst.title('Hi')" } },
//                     document.getElementById("app"));
//   await app.ready;  app.writeFile("app.py", "..."); app.rerun(); app.unmount();
//
// Each mount has its own worker (so its own session state, caches and
// modules) and, when embedded, its own open shadow root holding the
// stylesheet and the app's DOM: the host page's CSS and the app's CSS (and a
// second app's) never meet. Test ids, roles and labels are unchanged, and
// Playwright locators pierce open shadow roots.
//
// Lifecycle (mirrored on stApp):
//   connection: INITIAL -> CONNECTING -> CONNECTED (Python ready) | DISCONNECTED_FOREVER (boot failed)
//   script:     initial -> running <-> notRunning
// "running" is set synchronously when an event is dispatched, and
// "notRunning" only once the queue is empty and the worker is idle.
//
// Interrupts (cross-origin isolated pages): the page and the worker share an
// Int32Array (slots as in py_runtime/wasmlit/pyodide_host.py). Stop writes
// SIGINT into Pyodide's interrupt buffer; a newer event sets the pending flag,
// which the running script sees at its next st.* call (fast rerun), and if it
// does not get there within FAST_RERUN_GRACE_MS (a pure-Python loop) the page
// sends SIGINT too. Without isolation there is no shared memory: events
// queue, and Stop restarts the worker and says that the session was reset.
import { PAGE_TO_WORKER, WORKER_TO_PAGE, SHELL_TO_PAGE, EVENTS, ACTIONABLE_TYPES, EARLY_TYPED_TYPES, MAIN_ROOT, SIDEBAR_ROOT, parseMessage } from "./protocol.js";
import { Renderer } from "./renderer/index.js";
import { EventQueue } from "./events.js";
import { Forms } from "./forms.js";
import { mountChrome } from "./chrome.js";
import { downloadBytes, toBase64, h, setAttr } from "./renderer/dom.js";

const INTERRUPT = 0;
const PENDING = 1;
const WAKE = 2;
const SIGINT = 2;
/** How long a superseded run may take to reach an st.* call before SIGINT. */
export const FAST_RERUN_GRACE_MS = 300;
/** Statuses after which the page holds exactly what the run drew. */
const CLEARS_PAGE = new Set(["success", "stopped", "error"]);
/** Node types a user can act on (marked data-wl-pending in a prerender). */
const WIDGETS = new Set(ACTIONABLE_TYPES);

const LOADING_TEXT = {
  download: "Downloading Python…",
  start: "Starting Python…",
  install: "Installing the app runtime…",
  run: "Running your app…",
};

export const RESET_MESSAGE = "The app was stopped by restarting Python, so its session was reset: "
  + "session state and caches are empty. (This page is not cross-origin isolated, so a running script "
  + "cannot be interrupted; serve it with COOP/COEP headers, as `wasmlit run` does, to keep the session.)";

/** The shell's DOM (the same as index.html's #root), for embedded mounts. */
const SKELETON = `
<div class="stApp" data-testid="stApp" data-test-script-state="initial" data-test-connection-state="INITIAL">
  <header class="stHeader" data-testid="stHeader">
    <div class="stDecoration" data-testid="stDecoration"></div>
    <div class="stToolbar" data-testid="stToolbar"></div>
  </header>
  <div class="stAppViewContainer" data-testid="stAppViewContainer" data-layout="centered">
    <section class="stSidebar" data-testid="stSidebar" hidden>
      <div data-testid="stSidebarContent"><div data-testid="stSidebarUserContent">
        <div class="stVerticalBlock" data-testid="stVerticalBlock"></div>
      </div></div>
    </section>
    <section class="stMain" data-testid="stMain">
      <div class="stMainBlockContainer block-container" data-testid="stMainBlockContainer">
        <div class="wl-loading" data-testid="wlLoading" data-stage="download" role="status" aria-live="polite">
          <i class="wl-spinner-icon" aria-hidden="true"></i><span class="wl-loading-text">Downloading Python…</span>
        </div>
        <div class="wl-worker-error" data-testid="wlWorkerError" role="alert" hidden></div>
        <div class="stVerticalBlock" data-testid="stVerticalBlock"></div>
      </div>
    </section>
  </div>
</div>`;

/** Rules that make the page stylesheet work inside a shadow root. */
const SHADOW_EXTRA = `
:host { display: block; position: relative; }
.stHeader { position: relative; }
.stAppViewContainer { min-height: 0; }
`;

/**
 * Embed an app in `element`.
 * @param {{entrypoint?: string, files: Record<string, string|Uint8Array|{base64: string}>,
 *          requirements?: string[], site?: string, persistState?: boolean}} options
 *   `files`: path -> content of every file of the app; `requirements`:
 *   packages to install (from the site's lock, else micropip); `site`: URL of
 *   a built wasmlit site folder (default: the one this module was loaded from).
 * @param {HTMLElement} element
 * @returns {MountHandle}
 */
export function mount(options, element) {
  const siteBase = new URL(options.site || new URL("../", import.meta.url).href, document.baseURI);
  const config = siteConfig(siteBase).then((site) => ({
    ...site,
    entrypoint: options.entrypoint || "app.py",
    files: encodeFiles(options.files || {}),
    micropip: [...(site.micropip || []), ...(options.requirements || [])],
    persist_state: !!options.persistState,
    prerender: false,
    dev_events: null,
  }));
  const app = new App(config, shadowScope(element), { page: false });
  return app.handle;
}

/**
 * The site's own page: one mount of the config in index.html, in the shell
 * the page already holds (light DOM, the page's stylesheet).
 * @param {object} config `#wasmlit-config` with URLs resolved
 * @param {HTMLElement} element holds `[data-testid=stApp]`
 */
export function mountPage(config, element) {
  const scope = { container: element, keys: document, layer: document.body, host: element };
  const app = new App(Promise.resolve(config), scope, { page: true });
  return app.handle;
}

/**
 * @typedef {{ready: Promise<void>, unmount(): void, writeFile(path: string, content: string|Uint8Array): void,
 *            rerun(): void, element: HTMLElement, root: ParentNode}} MountHandle
 */

class App {
  /**
   * @param {Promise<object>} configReady
   * @param {{container: ParentNode, keys: EventTarget, layer: ParentNode, host: HTMLElement, teardown?: () => void}} scope
   * @param {{page: boolean}} opts
   */
  constructor(configReady, scope, { page }) {
    this.scope = scope;
    this.page = page;
    const q = (sel) => scope.container.querySelector(sel);
    this.q = q;
    this.app = q('[data-testid="stApp"]');
    this.loading = q('[data-testid="wlLoading"]');
    this.errorBox = q('[data-testid="wlWorkerError"]');
    this.notice = h("div", { class: "wl-alert", "data-format": "warning", "data-testid": "wlSessionReset", role: "alert", hidden: true });
    this.errorBox.before(this.notice);
    this.firstRunSeen = false;
    this.runActive = false;
    this.lastRunId = 0;
    this.sweepNext = true;
    this.worker = null;
    this.files = null;
    this.config = null;
    /** Milliseconds from the latest Stop click to its run ending (for reports). */
    this.lastStopMs = null;
    this.stopClickedAt = null;
    this.escalation = 0;
    this.isolated = globalThis.crossOriginIsolated === true && typeof SharedArrayBuffer === "function";
    this.cell = this.isolated ? new Int32Array(new SharedArrayBuffer(16)) : null;
    this.app.dataset.wlIsolated = String(this.isolated);

    let resolveReady;
    let rejectReady;
    const ready = new Promise((res, rej) => { resolveReady = res; rejectReady = rej; });
    ready.catch(() => {});
    this.resolveReady = resolveReady;
    this.rejectReady = rejectReady;

    this.chrome = mountChrome(q('[data-testid="stToolbar"]'), {
      rerun: () => this.queue.push({ type: PAGE_TO_WORKER.RERUN }),
      clearCache: () => {
        this.forms.clear();
        this.saveState({});
        this.queue.push({ type: PAGE_TO_WORKER.CLEAR_CACHE });
      },
      stop: () => this.stop(),
    }, { keys: scope.keys, layer: scope.layer });
    this.queue = new EventQueue((msg) => this.post(msg), (busy) => {
      if (busy) this.setScript("running");
      else if (this.firstRunSeen) this.setScript("notRunning");
      this.chrome.setRunning(busy && this.firstRunSeen);
    }, () => this.syncPending());
    this.forms = new Forms();
    this.recentDownloads = new Set();
    this.renderer = new Renderer({
      [MAIN_ROOT]: q('[data-testid="stMain"] [data-testid="stVerticalBlock"]'),
      [SIDEBAR_ROOT]: q('[data-testid="stSidebar"] [data-testid="stVerticalBlock"]'),
    }, this.widgetServices(), (rootId, empty) => {
      if (rootId === SIDEBAR_ROOT) setAttr(q('[data-testid="stSidebar"]'), "hidden", empty);
    });

    this.handle = {
      ready,
      element: scope.host,
      root: scope.container,
      unmount: () => this.unmount(),
      writeFile: (path, content) => this.writeFile(path, content),
      rerun: () => this.queue.push({ type: PAGE_TO_WORKER.RERUN }),
      /** The running pieces (read-only use: tests and devtools). */
      internals: this,
    };

    this.setConnection("CONNECTING");
    configReady.then((config) => this.start(config)).catch((err) => {
      this.onMessage({ type: WORKER_TO_PAGE.ERROR, message: "Could not start the app.", detail: String(err && err.stack ? err.stack : err) });
    });
  }

  // Written only when they change: every attribute write is a DOM mutation.
  setConnection(s) { setAttr(this.app, "data-test-connection-state", s); }

  setScript(s) { setAttr(this.app, "data-test-script-state", s); }

  /** Services the widget views use. */
  widgetServices() {
    const self = this;
    const ctx = {
      forms: this.forms,
      commit(node, value) {
        setAttr(self.notice, "hidden", true);
        if (node.props.form_id) self.forms.stage(node.props.form_id, node.id, value);
        else self.queue.pushEvent({ type: EVENTS.SET_VALUE, id: node.id, value });
      },
      click(node, value) {
        setAttr(self.notice, "hidden", true);
        self.queue.pushEvent(value === undefined ? { type: EVENTS.CLICK, id: node.id } : { type: EVENTS.CLICK, id: node.id, value });
      },
      submit(node) {
        setAttr(self.notice, "hidden", true);
        const formId = node.props.form_id || "";
        self.queue.pushEvent({ type: EVENTS.SUBMIT, id: node.id, form_id: formId, values: self.forms.take(formId) });
      },
      submitForm(formId) {
        const submitter = [...self.renderer.recs.values()].find((r) => r.node.type === "form_submit_button" && r.node.props.form_id === formId);
        if (submitter && !submitter.node.props.disabled) ctx.submit(submitter.node);
      },
      holds(node) {
        return self.queue.hasQueuedValue(node.id) || self.forms.isStaged(node.id);
      },
      downloadLocal(node) {
        const p = node.props;
        self.recentDownloads.add(node.id);
        downloadBytes(p.file_name, p.mime, p.data);
      },
    };
    return ctx;
  }

  async start(config) {
    this.config = config;
    if (config.prerender) this.applyPrerender();
    if (config.dev_events && this.page) this.listenForChanges(config.dev_events);
    this.files = Array.isArray(config.files) ? await fetchFiles(config) : config.files;
    this.spawn(0, this.loadState());
  }

  /** Start a worker and boot it with the app's files. */
  spawn(runIdBase, restored) {
    const c = this.config;
    // The site's page started its first worker while it was parsed (index.html).
    const early = this.page && runIdBase === 0 ? takeEarlyWorker() : null;
    let worker = early?.worker;
    if (!worker) {
      const workerUrl = new URL("./worker.js", import.meta.url);
      workerUrl.searchParams.set("pyodide", c.pyodide_base);
      if (c.runtime) workerUrl.searchParams.set("runtime", c.runtime);
      if (c.lock_url) workerUrl.searchParams.set("lock", c.lock_url);
      worker = new Worker(workerUrl, { type: "module", name: "wasmlit" });
    }
    this.worker = worker;
    worker.onmessage = (ev) => {
      if (worker !== this.worker) return; // a terminated worker's last words
      const msg = parseMessage(ev.data);
      if (!msg) return console.warn("wasmlit: malformed worker message", ev.data);
      try {
        this.onMessage(msg);
      } catch (err) {
        console.error("wasmlit: failed to handle", msg.type, err);
      }
    };
    worker.onerror = (ev) => {
      if (worker !== this.worker) return;
      this.setConnection("DISCONNECTED_FOREVER");
      this.showError("The Python worker failed to start.", ev.message || "");
    };
    // What the early worker said before anyone listened, in order.
    for (const ev of early?.messages || []) (ev.type === "error" ? worker.onerror : worker.onmessage)(ev);
    if (this.cell) worker.postMessage({ wasmlitShared: this.cell });
    this.post({
      type: PAGE_TO_WORKER.BOOT, entrypoint: c.entrypoint, files: this.files, run_id_base: runIdBase,
      packages: c.packages, micropip: c.micropip || [], persist_state: !!c.persist_state, state: restored || null,
    });
  }

  post(msg) {
    this.worker?.postMessage(JSON.stringify(msg));
  }

  showError(message, detail) {
    console.error("wasmlit:", message, detail || "");
    setAttr(this.errorBox, "hidden", false);
    this.errorBox.replaceChildren(document.createTextNode(message), ...(detail ? [h("pre", {}, [detail])] : []));
  }

  /** Route one worker message; an unknown or malformed one is reported, never fatal. */
  onMessage(msg) {
    switch (msg.type) {
      case WORKER_TO_PAGE.LOADING:
        this.loading.querySelector(".wl-loading-text").textContent = msg.message || LOADING_TEXT[msg.stage] || "Loading…";
        this.loading.dataset.stage = msg.stage || "";
        break;
      case WORKER_TO_PAGE.READY:
        this.setConnection("CONNECTED");
        break;
      case WORKER_TO_PAGE.RUN_STARTED:
        setAttr(this.errorBox, "hidden", true);
        this.firstRunSeen = true;
        this.runActive = true;
        this.lastRunId = msg.run_id;
        this.setScript("running");
        this.chrome.setRunning(true);
        this.renderer.runStarted(msg.run_id);
        this.syncPending();
        break;
      case WORKER_TO_PAGE.DELTAS:
        setAttr(this.loading, "hidden", true);
        this.renderer.applyDeltas(msg);
        break;
      case WORKER_TO_PAGE.RUN_FINISHED:
        setAttr(this.loading, "hidden", true);
        this.runActive = false;
        clearTimeout(this.escalation);
        this.renderer.runFinished(msg);
        if (this.sweepNext && CLEARS_PAGE.has(msg.status)) this.sweep();
        this.app.removeAttribute("data-wl-prerendered");
        for (const el of this.scope.container.querySelectorAll("[data-wl-pending]")) el.removeAttribute("data-wl-pending");
        if (this.stopClickedAt !== null) {
          this.lastStopMs = performance.now() - this.stopClickedAt;
          this.stopClickedAt = null;
        }
        this.recentDownloads.clear();
        this.resolveReady();
        break;
      case WORKER_TO_PAGE.PAGE_CONFIG:
        this.applyPageConfig(msg);
        break;
      case WORKER_TO_PAGE.DOWNLOAD:
        if (!this.recentDownloads.has(msg.id)) downloadBytes(msg.file_name, msg.mime, msg.data);
        break;
      case WORKER_TO_PAGE.STATE_SNAPSHOT:
        this.saveState(msg.state);
        if (msg.skipped?.length) console.warn(`wasmlit: session state not kept across reloads (not JSON-serialisable): ${msg.skipped.join(", ")}`);
        break;
      case WORKER_TO_PAGE.ERROR:
        this.showError(msg.message, msg.detail);
        if (this.app.getAttribute("data-test-connection-state") !== "CONNECTED") {
          this.setConnection("DISCONNECTED_FOREVER");
          setAttr(this.loading, "hidden", false);
          this.loading.querySelector(".wl-loading-text").textContent = msg.message;
          this.loading.dataset.stage = "error";
          this.rejectReady(new Error(msg.message));
        }
        break;
      case SHELL_TO_PAGE.IDLE:
        this.queue.idle();
        break;
      default:
        console.warn("wasmlit: unknown worker message", msg);
    }
  }

  // -- interrupts ----------------------------------------------------------------

  /** Mirror "newer messages are waiting" into the shared pending flag. */
  syncPending() {
    if (!this.cell) return;
    const waiting = this.queue.pending.length > 0;
    Atomics.store(this.cell, PENDING, waiting ? 1 : 0);
    clearTimeout(this.escalation);
    if (!waiting || !this.runActive || !supersedable(this.queue.current)) return;
    this.wake();
    const current = this.queue.current;
    const runId = this.lastRunId;
    this.escalation = setTimeout(() => {
      // Still the same run, still superseded: it is stuck in pure Python.
      if (this.runActive && this.queue.current === current && this.lastRunId === runId && this.queue.pending.length) this.interrupt();
    }, FAST_RERUN_GRACE_MS);
  }

  interrupt() {
    Atomics.store(this.cell, INTERRUPT, SIGINT);
    this.wake();
  }

  wake() {
    Atomics.add(this.cell, WAKE, 1);
    Atomics.notify(this.cell, WAKE);
  }

  /** The Stop button. */
  stop() {
    this.stopClickedAt = performance.now();
    if (this.cell) {
      this.queue.stop();
      if (this.runActive) this.interrupt();
      return;
    }
    if (this.queue.inFlight && this.firstRunSeen) this.restart();
    else this.queue.stop();
  }

  /** Not isolated: a running script can only be stopped with its worker. */
  restart() {
    this.worker.terminate();
    this.worker = null;
    this.runActive = false;
    this.renderer.runFinished({});
    this.forms.clear();
    this.saveState(null);
    this.queue.reset();
    this.sweepNext = true;
    this.notice.textContent = RESET_MESSAGE;
    setAttr(this.notice, "hidden", false);
    this.setConnection("CONNECTING");
    this.spawn(this.lastRunId + 1, null);
  }

  // -- prerender -------------------------------------------------------------------

  /** Draw the build-time first run before Python starts; widgets wait for it.
   * When index.html holds it as static HTML (data-wl-static), that is swapped
   * for the renderer's own DOM in this one task (no paint in between), and
   * clicks on its buttons are replayed. */
  applyPrerender() {
    const data = this.q("#wasmlit-prerender") || document.getElementById("wasmlit-prerender");
    if (!data) return;
    let ops;
    try {
      ops = JSON.parse(data.textContent);
    } catch (err) {
      console.warn("wasmlit: unreadable prerender", err);
      return;
    }
    const isStatic = this.app.hasAttribute("data-wl-static");
    const early = isStatic && this.page ? globalThis.__wasmlitEarly : null;
    const typed = early ? this.typedOnStaticScreen(early.actions) : new Map();
    if (isStatic) for (const root of [MAIN_ROOT, SIDEBAR_ROOT]) this.renderer.recs.get(root).outer.replaceChildren();
    this.renderer.runStarted(0);
    this.renderer.applyDeltas({ run_id: 0, ops: Array.isArray(ops) ? ops : ops.ops || [], drawn: {} });
    this.renderer.runFinished({});
    for (const rec of this.renderer.recs.values()) {
      if (WIDGETS.has(rec.node.type)) rec.outer.setAttribute("data-wl-pending", "true");
    }
    this.app.setAttribute("data-wl-prerendered", "true");
    if (isStatic) this.replayEarlyActions(early?.actions.splice(0) || [], typed);
    // The loading note floats over the prerendered app instead of pushing it down.
    Object.assign(this.loading.style, {
      position: "fixed", right: "1rem", bottom: "1rem", zIndex: "20", padding: "0.5rem 1rem",
      background: "var(--bg2)", borderRadius: "var(--radius)",
    });
  }

  /** What was typed into the static first screen's text fields, by node id (read before it is replaced). */
  typedOnStaticScreen(actions) {
    const typed = new Map();
    for (const { typed: id } of actions) {
      const field = id && this.app.querySelector(`[data-wl-id="${CSS.escape(id)}"] :is(input, textarea)`);
      if (field) typed.set(id, field.value);
    }
    return typed;
  }

  /** Clicks and typing on the static first screen, noted by index.html before the modules loaded, in order. */
  replayEarlyActions(actions, typed) {
    this.app.removeAttribute("data-wl-static");
    const ctx = this.renderer.ctx;
    for (const action of actions) {
      const rec = this.renderer.recs.get(action.click || action.typed);
      if (!rec || rec.node.props.disabled) continue;
      if (action.click && rec.node.type === "button") ctx.click(rec.node);
      if (action.typed && typed.has(action.typed) && EARLY_TYPED_TYPES.includes(rec.node.type)) {
        const value = typed.get(action.typed);
        const field = rec.outer.querySelector("input, textarea");
        if (field) field.value = value;
        ctx.commit(rec.node, value);
      }
    }
  }

  /** After a fresh worker's first complete run, drop what it did not draw
   * (a prerender's leftovers, or the previous worker's page). */
  sweep() {
    this.sweepNext = false;
    const r = this.renderer;
    const dirty = new Set();
    for (const [id, rec] of [...r.recs]) {
      if (rec.seen !== Infinity && rec.seen !== r.runId && r.recs.has(id)) r.remove(id, dirty);
    }
    for (const parent of dirty) r.reorder(parent);
  }

  // -- persisted state -------------------------------------------------------------

  storageKey() {
    return `wasmlit:state:${location.pathname}:${this.config?.entrypoint || ""}`;
  }

  loadState() {
    if (!this.config.persist_state) return null;
    try {
      const text = sessionStorage.getItem(this.storageKey());
      return text ? JSON.parse(text) : null;
    } catch {
      return null;
    }
  }

  saveState(state) {
    if (!this.config?.persist_state) return;
    try {
      if (state === null) sessionStorage.removeItem(this.storageKey());
      else sessionStorage.setItem(this.storageKey(), JSON.stringify(state));
    } catch (err) {
      console.warn("wasmlit: could not save session state", err);
    }
  }

  // -- files, page config, teardown ----------------------------------------------

  writeFile(path, content) {
    const encoded = encodeFiles({ [path]: content });
    if (this.files) Object.assign(this.files, encoded);
    this.queue.push({ type: PAGE_TO_WORKER.UPDATE_FILES, files: encoded });
  }

  /** Dev server hot reload: the server pushes changed files as SSE `files` events. */
  listenForChanges(endpoint) {
    this.events = new EventSource(endpoint);
    this.events.addEventListener("files", (ev) => {
      try {
        const files = JSON.parse(ev.data);
        if (this.files) Object.assign(this.files, files);
        this.queue.push({ type: PAGE_TO_WORKER.UPDATE_FILES, files });
      } catch (err) {
        console.error("wasmlit: bad file update", err);
      }
    });
  }

  applyPageConfig(msg) {
    if (this.page && msg.title) document.title = msg.title;
    if (this.page && msg.icon) {
      const link = document.querySelector('link[rel="icon"]') || document.head.appendChild(Object.assign(document.createElement("link"), { rel: "icon" }));
      const icon = String(msg.icon);
      link.href = icon.length <= 4
        ? `data:image/svg+xml,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><text y=".9em" font-size="90">${icon.replace(/[<&]/g, "")}</text></svg>`)}`
        : icon;
    }
    const view = this.q('[data-testid="stAppViewContainer"]');
    view.dataset.layout = msg.layout === "wide" ? "wide" : "centered";
    if (msg.sidebar_state === "collapsed") this.q('[data-testid="stSidebar"]').dataset.collapsed = "true";
  }

  unmount() {
    clearTimeout(this.escalation);
    this.worker?.terminate();
    this.worker = null;
    this.events?.close();
    this.chrome.destroy();
    this.scope.teardown?.();
  }
}

/** The worker index.html started, with the events it posted so far; null when there is none (or it was taken). */
function takeEarlyWorker() {
  const early = globalThis.__wasmlitEarly;
  if (!early?.worker) return null;
  const { worker } = early;
  early.worker = null;
  worker.onmessage = worker.onerror = null;
  return { worker, messages: early.messages.splice(0) };
}

/** A message whose run newer messages may cut short (never a click's). */
function supersedable(msg) {
  if (!msg) return false; // the first run registers the widgets early events refer to
  if (![PAGE_TO_WORKER.RERUN, PAGE_TO_WORKER.UPDATE_FILES, PAGE_TO_WORKER.EVENTS].includes(msg.type)) return false;
  return !(msg.events || []).some((e) => e.type === EVENTS.CLICK || e.type === EVENTS.SUBMIT);
}

/** An open shadow root on `element` with the stylesheet and the shell. */
function shadowScope(element) {
  const root = element.shadowRoot || element.attachShadow({ mode: "open" });
  const style = h("style");
  const css = fetch(new URL("./style.css", import.meta.url)).then((r) => r.text());
  css.then((text) => {
    style.textContent = text.replace(/:root\b/g, ":host").replace(/\bhtml,\s*body\b/g, ":host") + SHADOW_EXTRA;
  }, (err) => console.warn("wasmlit: could not load the stylesheet", err));
  const shell = h("div", { class: "wl-mount" });
  shell.innerHTML = SKELETON; // a constant: no data from the app
  root.replaceChildren(style, shell);
  return { container: root, keys: element, layer: shell, host: element, teardown: () => root.replaceChildren() };
}

/** The config of the built site at `base` (its index.html's #wasmlit-config), URLs resolved. */
async function siteConfig(base) {
  const res = await fetch(new URL("index.html", base));
  if (!res.ok) throw new Error(`Could not read the wasmlit site at ${base}: HTTP ${res.status}`);
  const doc = new DOMParser().parseFromString(await res.text(), "text/html");
  const raw = JSON.parse(doc.getElementById("wasmlit-config").textContent);
  return resolveConfig(raw, base);
}

/** Make a config's relative URLs absolute against `base`. */
export function resolveConfig(raw, base) {
  const abs = (rel) => (rel ? new URL(rel, base).href : rel);
  return {
    ...raw,
    app_base: abs(raw.app_base || "app/"),
    pyodide_base: abs(raw.pyodide_base),
    runtime: abs(raw.runtime),
    lock_url: abs(raw.lock_url),
  };
}

/** Files as the protocol carries them: text, or {base64}. */
function encodeFiles(files) {
  const out = {};
  for (const [path, content] of Object.entries(files)) {
    if (typeof content === "string" || (content && typeof content.base64 === "string")) out[path] = content;
    else if (content instanceof Uint8Array || content instanceof ArrayBuffer) out[path] = { base64: toBase64(content) };
    else throw new TypeError(`Expected the content of ${path} to be a string or bytes, but got ${typeof content}`);
  }
  return out;
}

/**
 * Fetch every app file listed in a site config: text when it decodes as
 * UTF-8, else {base64}.
 * @returns {Promise<Record<string, string|{base64: string}>>}
 */
async function fetchFiles(config) {
  const entries = await Promise.all(config.files.map(async (path) => {
    const res = await fetch(new URL(encodePath(path), config.app_base));
    if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
    const buf = await res.arrayBuffer();
    try {
      return [path, new TextDecoder("utf-8", { fatal: true }).decode(buf)];
    } catch {
      return [path, { base64: toBase64(buf) }];
    }
  }));
  return Object.fromEntries(entries);
}

function encodePath(path) {
  return path.split("/").map(encodeURIComponent).join("/");
}

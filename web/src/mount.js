// One running app: a Python worker, the renderer, the event queue and the
// chrome, inside one element. The site's own page is one mount (app.js);
// other pages embed apps with the public `mount()`:
//
//   import { mount } from "./site/assets/mount.js";
//   const app = mount({ entrypoint: "app.py", files: { "app.py": "import streamlit as st\nst.title('Hi')" } },
//                     document.getElementById("app"));
//   await app.ready;  app.writeFile("app.py", "..."); app.rerun(); app.unmount();
//
// Each mount has its own worker (its own session state, caches and modules)
// and, when embedded, its own shadow root (shell.js). This module assembles
// the pieces and says what each worker message does to them.
import { PAGE_TO_WORKER, WORKER_TO_PAGE as W, MAIN_ROOT, SIDEBAR_ROOT, EVENT_ROOT, BOTTOM_ROOT, CLEARING_STATUSES } from "./protocol.js";
import { Renderer } from "./renderer/index.js";
import { setAttr, h } from "./renderer/dom.js";
import { EventQueue } from "./events.js";
import { Forms } from "./forms.js";
import { mountChrome } from "./chrome.js";
import { Lifecycle } from "./lifecycle.js";
import { WorkerLink } from "./worker_link.js";
import { Interrupts, sharedCell } from "./interrupts.js";
import { hydrate, endPrerender } from "./prerender.js";
import { persistence } from "./persist.js";
import { pageScope, shadowScope, shellParts } from "./shell.js";
import { PageNotes } from "./page_notes.js";
import { applyPageConfig } from "./page_config.js";
import { widgetServices } from "./widget_services.js";
import { embeddedConfig, appFiles, watchFiles } from "./site.js";
import { deferredHandle, ownHandle } from "./handle.js";
import { hasSwitcher, themeCss } from "./theme.js";
import { PageNavigation } from "./navigation.js";
import { SidebarToggle } from "./sidebar.js";
import { FragmentTimers } from "./fragment_timers.js";

/**
 * Embed an app in `element`.
 * @param {import("./site.js").MountOptions} options @param {HTMLElement} element
 * @returns {import("./handle.js").MountHandle}
 */
export function mount(options, element) {
  const config = embeddedConfig(options, new URL("../", import.meta.url));
  const { scope, ready } = shadowScope(element);
  return deferredHandle(ready.then((s) => new App(config, s, false)), scope);
}

/**
 * The site's own page: one mount of the config in index.html, in the shell
 * the page already holds (light DOM, the page's stylesheet).
 * @param {import("./site.js").SiteConfig} config `#wasmlit-config` with URLs resolved
 * @param {HTMLElement} element holds `[data-testid=stApp]`
 */
export function mountPage(config, element) {
  return new App(Promise.resolve(config), pageScope(element), true).handle;
}

class App {
  /**
   * @param {Promise<import("./site.js").SiteConfig>} configReady
   * @param {import("./shell.js").Scope} scope
   * @param {boolean} page the site's own page (owns document.title, may adopt index.html's worker)
   */
  constructor(configReady, scope, page) {
    this.scope = scope;
    this.page = page;
    this.parts = shellParts(scope.container);
    this.notes = new PageNotes(this.parts);
    this.lifecycle = new Lifecycle(this.parts.app, () => this.renderer?.settled() ?? null);
    const cell = sharedCell();
    setAttr(this.parts.app, "data-wl-isolated", String(cell !== null));
    this.interrupts = new Interrupts(cell, () => this.lifecycle);
    this.persist = persistence({}); // off until the config says otherwise
    /** @type {import("./site.js").AppFiles | null} the app's files, as the worker has them */
    this.files = null;
    /** Drop what the fresh worker does not draw, once a run of it completes (its page replaces the old one). */
    this.sweepNext = true;
    /** @type {number | null} the fresh worker's first run */
    this.sweepFrom = null;
    /** Did the current worker's Python start from a memory snapshot (the main menu's About says)? */
    this.bootedFromSnapshot = false;
    const { handle, resolve, reject } = ownHandle(this);
    this.handle = handle;
    this.ready = { resolve, reject };

    this.forms = new Forms();
    this.chrome = mountChrome(this.parts.toolbar,
      { rerun: () => this.rerun(), clearCache: () => this.clearCache(), stop: () => this.stop(),
        fromSnapshot: () => this.bootedFromSnapshot },
      { keys: scope.keys, layer: scope.layer, themeRoot: page ? document.documentElement : scope.host });
    this.queue = new EventQueue((msg) => this.link.post(msg), (busy) => {
      this.lifecycle.queueBusy(busy);
      this.chrome.setRunning(busy && this.lifecycle.firstRunSeen);
    }, (queue) => this.interrupts.syncPending(queue));
    /** The title st.set_page_config gave (it wins over the current page's title). */
    this.configTitle = null;
    this.nav = new PageNavigation(this.parts, {
      ownsUrl: page,
      go: (pagePath, query) => this.queue.push({ type: PAGE_TO_WORKER.RERUN, page: pagePath, query }),
      onTitle: (title) => { if (page && !this.configTitle && title) document.title = title; },
    });
    // The site's page keeps the user's sidebar choice per site (its pages share it); an embedded app does not.
    this.sidebar = new SidebarToggle(this.parts, page ? new URL("./", document.baseURI).pathname : null);
    whenShown(this.parts.sidebar, () => import("./sidebar_resize.js").then((m) => m.attachSidebarResize(this.parts.sidebar)));
    // "Skip to main content" (1.67): the keyboard's first stop focuses the page's content, with no
    // jump and no "#stMain" in the address.
    this.parts.app.querySelector('[data-testid="stSkipToContent"]')?.addEventListener("click", (ev) => {
      ev.preventDefault();
      /** @type {HTMLElement | null} */ (this.parts.app.querySelector('[data-testid="stMain"]'))?.focus({ preventScroll: true });
    });
    this.timers = new FragmentTimers((fragmentId) => this.queue.push({ type: PAGE_TO_WORKER.RERUN, fragment_id: fragmentId }));
    this.ctx = widgetServices({
      queue: this.queue, forms: this.forms, nodes: () => this.renderer.nodes(),
      showValue: (id, value) => this.renderer.showValue(id, value),
      onInput: () => this.notes.hideSessionReset(),
      navigate: (pagePath, query) => this.nav.open(pagePath, query),
    });
    this.renderer = new Renderer({
      [MAIN_ROOT]: this.parts.main, [SIDEBAR_ROOT]: this.parts.sidebarBlock,
      [EVENT_ROOT]: this.parts.toasts, [BOTTOM_ROOT]: this.parts.bottomBlock,
    }, this.ctx, (rootId, empty) => {
      if (rootId === SIDEBAR_ROOT) this.nav.syncSidebar();
      if (rootId === BOTTOM_ROOT) setAttr(this.parts.bottom, "hidden", empty);
    });
    this.link = new WorkerLink({
      page, cell, handlers: this.handlers(),
      onCrash: (detail) => {
        this.lifecycle.connection.to("DISCONNECTED_FOREVER");
        this.notes.showError("The Python worker failed to start.", detail);
      },
    });

    this.lifecycle.connection.to("CONNECTING");
    configReady.then((config) => this.start(config)).catch((err) => {
      this.link.route({ type: W.ERROR, message: "Could not start the app.", detail: String(err && err.stack ? err.stack : err) });
    });
  }

  /** What each worker message does to the page. */
  handlers() {
    const { lifecycle, notes, renderer } = this;
    return {
      [W.LOADING]: (msg) => {
        // "snapshot": this worker's Python started from the browser's memory snapshot (worker_boot.js).
        if (msg.stage === "download" || msg.stage === "snapshot") this.bootedFromSnapshot = msg.stage === "snapshot";
        notes.stage(msg.stage, msg.message);
      },
      [W.READY]: () => lifecycle.connection.to("CONNECTED"),
      [W.RUN_STARTED]: (msg) => {
        if (this.sweepNext && this.sweepFrom === null) this.sweepFrom = msg.run_id;
        notes.hideError();
        lifecycle.runStarted(msg.run_id);
        this.chrome.setRunning(true);
        this.chrome.hideCompileError();
        renderer.runStarted(msg.run_id, msg.scope);
        this.interrupts.syncPending(this.queue);
      },
      [W.DELTAS]: (msg) => { notes.hideLoading(); renderer.applyDeltas(msg); },
      [W.RUN_FINISHED]: (msg) => this.runFinished(msg),
      [W.SCRIPT_COMPILE_ERROR]: (msg) => this.chrome.showCompileError(msg.message),
      [W.PAGE_CONFIG]: (msg) => {
        this.configTitle = msg.title || null;
        applyPageConfig(msg, this.parts, this.page);
        this.sidebar.setInitialState(msg.sidebar_state, msg.sidebar_width);
      },
      [W.NAVIGATION]: (msg) => this.nav.update(/** @type {any} */ (msg)),
      [W.URL]: (msg) => this.nav.setUrl(msg.url_path, msg.query, msg.history),
      [W.AUTO_RERUN]: (msg) => this.timers.set(msg.timers || {}),
      [W.DOWNLOAD]: (msg) => this.ctx.downloadArrived(msg),
      [W.STATE_SNAPSHOT]: (msg) => {
        this.persist.save(msg.state);
        if (msg.skipped?.length) console.warn(`wasmlit: session state not kept across reloads (not JSON-serialisable): ${msg.skipped.join(", ")}`);
      },
      [W.ERROR]: (msg) => {
        notes.showError(msg.message, msg.detail);
        if (lifecycle.connection.is("CONNECTED")) return;
        lifecycle.connection.to("DISCONNECTED_FOREVER");
        notes.bootFailed(msg.message);
        this.ready.reject(new Error(msg.message));
      },
      [W.IDLE]: (msg) => this.queue.idle(msg.rerun === true),
      [W.DEV_ANSWER]: (msg) => this.devTools?.answer(msg),
    };
  }

  /** @param {import("./site.js").SiteConfig} config */
  async start(config) {
    this.persist = persistence(config);
    this.chrome.showThemeSwitcher(hasSwitcher(config.theme));
    // The site's page has its custom theme in index.html already (before the first paint).
    if (!this.page && config.theme) this.scope.container.append(h("style", { "data-wl-theme": "" }, [themeCss(config.theme, ":host")]));
    this.chrome.setToolbarMode(String(config.client_options?.["client.toolbarMode"] || "auto"));
    const { app, main, sidebarBlock, bottomBlock } = this.parts;
    if (config.prerender) {
      await hydrate({
        app, container: this.scope.container, roots: [main, sidebarBlock, bottomBlock], page: this.page, renderer: this.renderer,
        ctx: this.ctx, onNavigation: (navigation) => this.nav.update(navigation),
      });
    }
    if (config.dev_events && this.page) this.stopWatching = watchFiles(config.dev_events, (files) => this.updateFiles(files));
    if (config.dev_tools && this.page) this.loadDevTools(config.dev_tools);
    this.files = await appFiles(config);
    this.link.start({ ...config, files: this.files, ...this.nav.initial(), client: clientInfo(this.nav, this.page),
      options: config.client_options || {} }, 0, this.persist.load());
  }

  /**
   * Dev tools (only in sites built with them): the module the config names, loaded beside the boot.
   * @param {import("./dev_tools.js").DevToolsConfig} devConfig
   */
  loadDevTools(devConfig) {
    /** @type {{answer(msg: any): void} | null} */
    this.devTools = null;
    import(devConfig.module).then(({ devTools }) => { this.devTools = devTools(this, devConfig); },
      (err) => console.error("wasmlit: could not load the dev tools", err));
  }

  /** @param {{run_id: number, status: string}} msg */
  runFinished(msg) {
    this.notes.hideLoading();
    this.lifecycle.runEnded(msg.status === "compile_error");
    this.interrupts.runEnded();
    this.renderer.runFinished();
    if (this.sweepNext && CLEARING_STATUSES.includes(msg.status)) {
      this.sweepNext = false;
      this.renderer.sweep(this.sweepFrom ?? msg.run_id);
      this.sweepFrom = null;
    }
    endPrerender(this.parts.app, this.scope.container);
    this.ready.resolve();
  }

  /** The Stop button: interrupt the run, or (not isolated) restart Python. */
  stop() {
    if (this.interrupts.stop(this.queue)) return;
    if (this.queue.inFlight && this.lifecycle.firstRunSeen) this.restart();
    else this.queue.stop();
  }

  /** A new worker: the session (state, caches, staged form values) starts over, and the page says so. */
  restart() {
    this.link.terminate(); // first: whatever else goes wrong, the stuck script stops
    this.timers.set({});
    this.lifecycle.runEnded();
    this.renderer.runFinished();
    this.forms.clear();
    this.persist.save(null);
    this.queue.reset();
    this.sweepNext = true;
    this.sweepFrom = null;
    this.notes.showSessionReset();
    this.lifecycle.connection.to("CONNECTING");
    // The new Python starts on the page (and query) the URL shows now.
    if (this.link.config) this.link.config = { ...this.link.config, page: this.nav.path, query: this.nav.query };
    this.link.restart(this.lifecycle.lastRunId + 1);
  }

  rerun() {
    this.queue.push({ type: PAGE_TO_WORKER.RERUN });
  }

  clearCache() {
    this.forms.clear();
    this.persist.save({});
    this.queue.push({ type: PAGE_TO_WORKER.CLEAR_CACHE });
  }

  /**
   * Write files into the app, then rerun: the handle's writeFile, and the dev server's hot reload.
   * @param {import("./site.js").AppFiles} files
   */
  updateFiles(files) {
    if (this.files) Object.assign(this.files, files);
    this.queue.push({ type: PAGE_TO_WORKER.UPDATE_FILES, files });
  }

  /** The Python worker (tests tell two mounts' workers apart). */
  get worker() {
    return this.link.worker;
  }

  /** Milliseconds from the latest Stop click to the end of its run (tests report it). */
  get lastStopMs() {
    return this.interrupts.lastStopMs;
  }

  unmount() {
    this.interrupts.cancel();
    this.timers.set({});
    this.nav.destroy();
    this.link.terminate();
    this.stopWatching?.();
    this.chrome.destroy();
    this.scope.teardown?.();
  }
}

/**
 * What st.context reports: the browser's URL, timezone offset, locale and
 * colour scheme. The timezone's name is asked of the worker's Intl when a
 * script first reads it (pyodide_host.py BrowserClient): the first
 * `Intl.DateTimeFormat` costs ~40 ms, which the boot should not pay.
 * @param {PageNavigation} nav @param {boolean} page the site's own page
 */
function clientInfo(nav, page) {
  const dark = typeof matchMedia === "function" && matchMedia("(prefers-color-scheme: dark)").matches;
  return {
    url: nav.root.href, timezone_offset: new Date().getTimezoneOffset(), locale: navigator.language,
    theme: dark ? "dark" : "light", is_embedded: !page || new URLSearchParams(location.search).get("embed") === "true",
  };
}

/**
 * Run `then` once `el` is not hidden (now, or when it first shows): what only a shown part needs
 * loads then (an app without a sidebar never loads its resizing).
 * @param {HTMLElement} el @param {() => void} then
 */
function whenShown(el, then) {
  if (!el.hidden) return then();
  const watch = new MutationObserver(() => {
    if (el.hidden) return;
    watch.disconnect();
    then();
  });
  watch.observe(el, { attributes: true, attributeFilter: ["hidden"] });
  return undefined;
}

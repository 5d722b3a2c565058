// The page's end of the Python worker: spawns it (or takes over the one
// index.html started while the page was parsed), boots it with the app,
// restarts it, and routes what it says to one handler per message type.
//
// Messages are JSON text both ways. A message from a worker that was
// replaced is ignored (a terminated worker's last words), an unknown or
// malformed one is reported, and a handler that throws is logged: nothing a
// worker says can stop the page from handling the next message.
import { PAGE_TO_WORKER, parseMessage } from "./protocol.js";

/**
 * @typedef {{type: string, [field: string]: any}} Message
 * @typedef {Partial<Record<string, (msg: Message) => void>>} Handlers worker -> page message type -> handler
 * @typedef {{entrypoint: string, files: import("./site.js").AppFiles, packages?: string[], micropip?: string[],
 *            persist_state?: boolean, pyodide_base: string, runtime?: string, runtime_lazy?: string | null, lock_url?: string | null,
 *            dev_tools?: object | null, snapshot?: string | null,
 *            page?: string, query?: string, client?: Record<string, any>, options?: Record<string, any>}} BootConfig
 */

export class WorkerLink {
  /**
   * @param {{page: boolean, cell: Int32Array | null, handlers: Handlers, onCrash: (detail: string) => void}} opts
   *   `page`: the site's own page (it may take over index.html's early worker);
   *   `cell`: the shared interrupt cell, handed to every worker before its boot;
   *   `onCrash`: the worker itself failed (its script did not load or threw)
   */
  constructor({ page, cell, handlers, onCrash }) {
    this.page = page;
    this.cell = cell;
    this.handlers = handlers;
    this.onCrash = onCrash;
    /** @type {Worker | null} */
    this.worker = null;
    /** @type {BootConfig | null} what the latest worker was booted with (its `files` object is the page's, kept current) */
    this.config = null;
  }

  /**
   * Start a worker and boot it with the app.
   * @param {BootConfig} config
   * @param {number} runIdBase run ids of this worker start above it, so the page never sees one twice
   * @param {Record<string, any> | null} state persisted session state to restore, if any
   */
  start(config, runIdBase, state) {
    const early = this.page && !this.config ? takeEarlyWorker() : null;
    this.config = config;
    const worker = early?.worker || spawn(config);
    this.worker = worker;
    worker.onmessage = (ev) => {
      if (worker === this.worker) this.route(ev.data);
    };
    worker.onerror = (ev) => {
      if (worker === this.worker) this.onCrash(ev.message || "");
    };
    // What the early worker said before anyone listened, in order.
    for (const ev of early?.messages || []) {
      if (ev.type === "error") worker.onerror(/** @type {ErrorEvent} */ (ev));
      else worker.onmessage(/** @type {MessageEvent} */ (ev));
    }
    if (this.cell) worker.postMessage({ wasmlitShared: this.cell });
    this.post({
      type: PAGE_TO_WORKER.BOOT, entrypoint: config.entrypoint, files: config.files, run_id_base: runIdBase,
      packages: config.packages, micropip: config.micropip || [], persist_state: !!config.persist_state, state: state || null,
      dev_tools: !!config.dev_tools,
      page: config.page || "", query: config.query || "", client: config.client || {}, options: config.options || {},
    });
  }

  /**
   * Hand one worker message to its handler.
   * @param {unknown} data
   */
  route(data) {
    const msg = parseMessage(data);
    if (!msg) return console.warn("wasmlit: malformed worker message", data);
    const handler = this.handlers[msg.type];
    if (!handler) return console.warn("wasmlit: unknown worker message", msg);
    try {
      handler(msg);
    } catch (err) {
      console.error("wasmlit: failed to handle", msg.type, err);
    }
  }

  /**
   * Not isolated, a running script can only be stopped with its worker:
   * start a new one with the app as it is now (no persisted state: the session starts over).
   * @param {number} runIdBase
   */
  restart(runIdBase) {
    this.terminate();
    if (this.config) this.start(this.config, runIdBase, null);
  }

  /** @param {{type: string, [field: string]: any}} msg */
  post(msg) {
    this.worker?.postMessage(JSON.stringify(msg));
  }

  /** Stop Python (and everything it was doing) for good. */
  terminate() {
    this.worker?.terminate();
    this.worker = null;
  }
}

/** @param {BootConfig} config */
function spawn(config) {
  return new Worker(workerUrl(config), { type: "module", name: "wasmlit" });
}

/** @param {BootConfig} config */
function workerUrl(config) {
  const url = new URL("./worker.js", import.meta.url);
  url.searchParams.set("pyodide", config.pyodide_base);
  if (config.runtime) url.searchParams.set("runtime", config.runtime);
  if (config.runtime_lazy) url.searchParams.set("runtime_lazy", config.runtime_lazy);
  if (config.lock_url) url.searchParams.set("lock", config.lock_url);
  if (config.snapshot) url.searchParams.set("snapshot", config.snapshot);
  if (config.snapshot && hasStoredNote(config.snapshot)) url.searchParams.set("restore", "1");
  return url;
}

/** localStorage names of the page's notes, one per build key (index.html spells it out too; snapshot.js says why). */
const NOTE_PREFIX = "wasmlit:snapshot-stored:";

/** Did this browser store a snapshot for the build `buildKey` (by the page's note)? @param {string} buildKey */
function hasStoredNote(buildKey) {
  try {
    return localStorage.getItem(NOTE_PREFIX + buildKey) !== null;
  } catch {
    return false;
  }
}

/**
 * Note that a snapshot is stored for `buildKey`, dropping the notes of this
 * site's earlier builds (snapshot.js replaced their entry).
 * @param {string} buildKey @param {string} site the site's Pyodide folder (its absolute URL names the site)
 */
export function noteStored(buildKey, site) {
  try {
    for (let i = localStorage.length - 1; i >= 0; i--) {
      const name = localStorage.key(i);
      if (name?.startsWith(NOTE_PREFIX) && localStorage.getItem(name) === site) localStorage.removeItem(name);
    }
    localStorage.setItem(NOTE_PREFIX + buildKey, site);
  } catch {
    // storage refused: later visits start Python normally
  }
}

/**
 * After a first visit, a fresh worker makes the site's memory snapshot
 * (worker_boot.js `make_snapshot=1`, snapshot.js) and ends.
 * @param {BootConfig} config @returns {Promise<{snapshot: string, bytes?: number, error?: string}>}
 */
export function makeSnapshot(config) {
  const url = workerUrl(config);
  url.searchParams.set("make_snapshot", "1");
  const worker = new Worker(url, { type: "module", name: "wasmlit-snapshot" });
  return new Promise((resolve) => {
    worker.onmessage = (ev) => {
      if (!ev.data || typeof ev.data !== "object" || !("snapshot" in ev.data)) return;
      worker.terminate();
      resolve(ev.data);
    };
    worker.onerror = (ev) => {
      worker.terminate();
      resolve({ snapshot: "failed", error: ev.message || "the worker failed" });
    };
  });
}

/**
 * The worker index.html started, with the events it posted so far; null
 * when there is none (or it was taken).
 * @returns {{worker: Worker, messages: Event[]} | null}
 */
function takeEarlyWorker() {
  const early = globalThis.__wasmlitEarly;
  if (!early?.worker) return null;
  const { worker } = early;
  early.worker = null;
  worker.onmessage = worker.onerror = null;
  return { worker, messages: early.messages.splice(0) };
}

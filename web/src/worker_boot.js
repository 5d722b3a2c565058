// The module worker, after its entry (worker.js) has started the downloads:
// Python lives here, off the page's main thread.
//
// Boot: Pyodide comes from the site's own copy (never a CDN); worker.js
// started it, and the runtime wheel's download (`runtime` parameter) beside
// it, the moment the worker existed. Python imports the runtime from the
// wheel as a zip. With the site's lock (`lock` parameter) the vendored and
// distribution wheels install with `loadPackage`
// (hashes checked, no micropip). Then write the app files sent in `boot`, start
// `wasmlit.host.pyodide_host` and do the first run. After that, every page message
// goes to `host.handle` as JSON text, and the shell answers `idle` once it
// has been handled so the page can send the next queued message.
//
// Interrupts: before `boot` the page may send `{wasmlitShared: Int32Array}`
// (over a SharedArrayBuffer, only when the page is cross-origin isolated);
// its `interrupt` slot (protocol.js INTERRUPT_SLOTS) becomes Pyodide's
// interrupt buffer (see pyodide_host.py).
//
// Memory snapshots (snapshot.js): with a `snapshot` parameter (the build's
// snapshot key) and `restore=1` (the page noted that it stored one), Python
// starts from the snapshot this browser stored for the site when its key
// matches (the worker then says stage "snapshot"), with `random` reseeded
// from the browser's crypto; any failure drops the stored snapshot and starts
// Python normally. With `make_snapshot=1` the worker only
// makes and stores that snapshot, then posts `{snapshot: "stored" | "failed"}`.
//
// Query parameters: `pyodide` (base URL of the Pyodide files), `runtime`
// (URL of the wasmlit wheel) and optionally `runtime_lazy` (the runtime's
// modules a plain app never imports), `lock` (the site's pyodide-lock.json)
// and `snapshot` / `make_snapshot`.
import { PAGE_TO_WORKER, WORKER_TO_PAGE, INTERRUPT_SLOTS, APP_DIR, RUNTIME_DIR, parseMessage } from "./protocol.js";

const INTERRUPT = INTERRUPT_SLOTS.interrupt;
const { params, startPyodide, pyodide: startingNormally, pythonStarting, runtimeReady, early } = /** @type {import("./worker.js").WorkerEntry} */ (/** @type {any} */ (self).wasmlitEntry);
const pyodideBase = params.get("pyodide");
/** The runtime's second part, fetched by Python when a script first imports from it (host/lazy_runtime.py). */
const runtimeLazyUrl = params.get("runtime_lazy");
const buildKey = params.get("snapshot");
const making = params.get("make_snapshot") === "1";
/** The page noted a stored snapshot: worth a Cache Storage lookup before Pyodide starts. */
const restoring = params.get("restore") === "1" && !making;

const send = (msg) => self.postMessage(JSON.stringify(msg));
const loading = (stage, message) => send({ type: WORKER_TO_PAGE.LOADING, stage, message });

loading("download");
pythonStarting.then(() => loading("start"));
/** snapshot.js, loaded only by a worker that restores or makes a snapshot (a first visit has no use for it). */
const snapshots = () => import("./snapshot.js");
/** The full snapshot key (the build's and this browser's), when this worker restores or makes a snapshot. */
const keyReady = buildKey && (restoring || making) ? snapshots().then(({ snapshotKey }) => snapshotKey(buildKey)).catch(() => null) : Promise.resolve(null);
/** This site's snapshot from an earlier visit, or null; read while Pyodide's module loads. */
const storedSnapshot = buildKey && restoring ? keyReady.then(async (key) => (key ? (await snapshots()).readSnapshot(String(pyodideBase), key) : null)).catch((err) => {
  console.warn("wasmlit: could not read the stored memory snapshot; starting Python normally.", err);
  return null;
}) : Promise.resolve(null);

/** @type {any} the Python wasmlit.host.pyodide_host.Host */
let host = null;
/** @type {Int32Array | null} The page's shared Int32Array (cross-origin isolated pages only). */
let cell = null;
/** @type {[string, {type: string} | null][]} Messages that arrived before boot finished, handled in order after it. */
const backlog = [];
/** @type {Promise<void> | null} */
let booting = null;

/** Write `files` ({path: text | {base64}}) under `root` in Pyodide's FS. */
function writeFiles(pyodide, root, files) {
  for (const [path, content] of Object.entries(files || {})) {
    if (path.split("/").includes("..") || path.startsWith("/")) throw new Error(`Refusing to write outside the app folder: ${path}`);
    const full = `${root}/${path}`;
    pyodide.FS.mkdirTree(full.slice(0, full.lastIndexOf("/")));
    const data = typeof content === "string" ? content : Uint8Array.from(atob(content.base64), (c) => c.charCodeAt(0));
    pyodide.FS.writeFile(full, data);
  }
}

/** A shared Int32Array for the patched time.sleep when the page gave none. */
function localSleepCell() {
  try {
    const c = new Int32Array(new WebAssembly.Memory({ initial: 1, maximum: 1, shared: true }).buffer, 0, 4);
    // Some browsers give shared memory to non-isolated pages but let
    // Atomics.wait return at once; a spinning wait is no better than Pyodide's.
    const t0 = performance.now();
    Atomics.wait(c, 3, 0, 20);
    return performance.now() - t0 >= 15 ? c : null;
  } catch {
    return null;
  }
}

/** A package that cannot be had is named, with the reason, instead of hanging. */
class PackageError extends Error {}

/**
 * Load the site's distribution and vendored packages. One that cannot be had (the Pyodide
 * distribution unreachable, the browser offline) does not stop the app: the script runs, and its
 * import of that package fails with an error naming the package and why (pyodide_host.py
 * `package_hint`), so an optional `try: import x` works as it does under `streamlit run`.
 * @returns {Promise<{name: string, imports: string[], reason: string}[]>} the packages left out
 */
async function installPackages(pyodide, packages) {
  if (!packages.length) return [];
  /** @type {string[]} */
  const problems = [];
  try {
    await pyodide.loadPackage(packages, { checkIntegrity: true, messageCallback: () => {}, errorCallback: (m) => problems.push(m) });
  } catch (err) {
    problems.push(String(err));
  }
  const missing = packages.filter((name) => !(name in pyodide.loadedPackages));
  if (missing.length) console.warn(`wasmlit: could not load ${missing.join(", ")}.`, problems.join("\n"));
  const reason = navigator.onLine === false ? "the browser is offline"
    : `it could not be downloaded (${String(problems.filter(Boolean).pop() || "no reason given").split("\n")[0].slice(0, 300)})`;
  const lock = pyodide.lockfile?.packages || {};
  return missing.map((name) => ({ name, imports: lock[name]?.imports || [name], reason }));
}

async function installWithMicropip(pyodide, requirements) {
  if (!requirements.length) return;
  const offline = navigator.onLine === false ? " (the browser is offline)" : "";
  const problems = [];
  try {
    await pyodide.loadPackage("micropip", { messageCallback: () => {}, errorCallback: (m) => problems.push(m) });
  } catch (err) {
    problems.push(String(err));
  }
  if (!("micropip" in pyodide.loadedPackages)) {
    throw new PackageError(`Could not install ${requirements.map((r) => `"${r}"`).join(", ")}: micropip itself could not be loaded${offline}.\n${problems.join("\n")}`);
  }
  const micropip = pyodide.pyimport("micropip");
  for (const req of requirements) {
    try {
      await micropip.install(req);
    } catch (err) {
      const text = String(err);
      const why = navigator.onLine === false ? "the browser is offline"
        : /pure Python 3 wheel/i.test(text) ? "it has no pure-Python wheel and is not in the Pyodide distribution"
          : text.split("\n").filter(Boolean).pop();
      throw new PackageError(`Could not install the package "${req}": ${why}.`);
    }
  }
}

/**
 * Put the runtime wheel on Python's path as it is and import what the first
 * run needs. Python imports its modules from the zip (zipimport), as it does
 * the standard library: unpacking its files first cost the boot ~0.1 s. It
 * comes from the site itself, like this script, so it has no hash to check.
 */
async function importRuntime(pyodide) {
  const wheel = new Uint8Array(await runtimeReady);
  const path = `${RUNTIME_DIR}/wasmlit-runtime.zip`;
  pyodide.FS.mkdirTree(RUNTIME_DIR);
  pyodide.FS.writeFile(path, wheel);
  pyodide.runPython(`import sys\nif ${JSON.stringify(path)} not in sys.path:\n    sys.path.append(${JSON.stringify(path)})`);
  pyodide.runPython("import wasmlit.host.pyodide_host, wasmlit.api.st, wasmlit.errors");
  return pyodide;
}

/**
 * Python from the stored snapshot: its memory holds the runtime imported,
 * but the files are Pyodide's fresh ones, so the runtime wheel is installed
 * again (from the HTTP cache) for modules imported later. `random` was seeded
 * when the snapshot was made: it is reseeded from the browser's crypto.
 * @param {Uint8Array} snapshot
 */
async function restore(snapshot) {
  const pyodide = await importRuntime(await startPyodide({ _loadSnapshot: snapshot }));
  const seed = [...crypto.getRandomValues(new Uint8Array(32))].map((b) => b.toString(16).padStart(2, "0")).join("");
  pyodide.runPython(`import random as _r\n_r.seed(0x${seed})\ndel _r`);
  return pyodide;
}

// Once Python is up, install and import the runtime without waiting for the
// page's `boot`, while the page loads its own modules. From the stored
// snapshot when there is one; a snapshot that fails to restore is dropped
// (the next visit makes a new one) and Python starts normally. A failure
// here is reported by boot().
const runtimeImported = storedSnapshot.then(async (snapshot) => {
  if (snapshot) {
    try {
      const pyodide = await restore(snapshot);
      loading("snapshot");
      return pyodide;
    } catch (err) {
      console.warn("wasmlit: the stored memory snapshot could not be restored; it is dropped and Python starts normally.", err);
      await snapshots().then(({ dropSnapshot }) => dropSnapshot(String(pyodideBase))).catch(() => {});
    }
  }
  // worker.js started Python normally unless this worker restores (and so makes no snapshot).
  return importRuntime(await (startingNormally ?? startPyodide({})));
}).catch((err) => {
  loading("start");  // the download is over either way: the page must load to show the error
  throw err;
});
runtimeImported.catch(() => {}); // reported by boot()

/** `make_snapshot=1`: snapshot Python with the runtime imported (nothing else ran), store it, say so. */
async function makeSnapshot() {
  try {
    const pyodide = await runtimeImported;
    const key = await keyReady;
    if (!key) throw new Error("No snapshot key (the site has no snapshot, or this browser has no crypto.subtle).");
    // Pyodide checks that its loadedPackages object is still empty (it is
    // restored empty); a restore installs the runtime wheel's files again.
    const loaded = pyodide.loadedPackages;
    const names = { ...loaded };
    for (const name of Object.keys(names)) delete loaded[name];
    const bytes = pyodide.makeMemorySnapshot();
    Object.assign(loaded, names);
    await (await snapshots()).storeSnapshot(String(pyodideBase), key, bytes);
    self.postMessage({ snapshot: "stored", bytes: bytes.byteLength });
  } catch (err) {
    console.warn("wasmlit: no memory snapshot was made; later visits start Python normally.", err);
    self.postMessage({ snapshot: "failed", error: String(err) });
  }
}
if (making) makeSnapshot();

async function boot(msg) {
  const pyodide = await runtimeImported;
  loading("install");
  const unavailable = await installPackages(pyodide, (msg.packages || []).filter((n) => n !== "wasmlit"));
  await installWithMicropip(pyodide, msg.micropip || []);
  if (cell) pyodide.setInterruptBuffer(cell.subarray(INTERRUPT, INTERRUPT + 1));
  writeFiles(pyodide, APP_DIR, msg.files);
  const { boot: bootPython } = pyodide.pyimport("wasmlit.host.pyodide_host");
  clearInterrupt();
  // One entry point: Python makes the session, restores persisted state,
  // says "ready" and does the first run.
  // The files are written already: Python gets the rest of the boot message,
  // and where the files are (its working directory).
  const { files, ...config } = msg;
  host = bootPython(JSON.stringify({ ...config, app_dir: APP_DIR, runtime_lazy: runtimeLazyUrl, unavailable_packages: unavailable }), postFromPython,
    // undefined, not null: JS null reaches Python as jsnull, not None.
    cell ?? undefined, cell ?? localSleepCell() ?? undefined);
  clearInterrupt();
}

/**
 * What Python posts: JSON text, and for a message with binary parts (a
 * table's columns, protocol.py `encode_with_buffers`) a list of bytes, which
 * leave as transferred ArrayBuffers beside the text.
 * @param {string} text @param {any} [buffers] a Python list of bytes
 */
function postFromPython(text, buffers) {
  if (buffers === undefined) return self.postMessage(text);
  /** @type {Uint8Array[]} */
  const arrays = buffers.toJs();
  buffers.destroy?.();
  const owned = arrays.map((a) => (a.byteOffset === 0 && a.byteLength === a.buffer.byteLength ? a : a.slice()).buffer);
  self.postMessage({ text, buffers: owned }, owned);
}

/** `idle`: the message was handled; `rerun` says the last run ended with st.rerun() and its rerun is owed. */
function idle() {
  let rerun = false;
  try {
    rerun = host ? host.rerun_owed === true : false;
  } catch { /* a broken host owes nothing */ }
  send({ type: WORKER_TO_PAGE.IDLE, rerun });
}

/** A Stop aimed at a run that has ended must not hit the next one. */
function clearInterrupt() {
  if (cell) Atomics.store(cell, INTERRUPT, 0);
}

/** Hand one message to Python; never let an exception escape. */
function handle(text, msg) {
  clearInterrupt();
  try {
    host.handle(text);
  } catch (err) {
    send({ type: WORKER_TO_PAGE.ERROR, message: `The worker could not handle a "${msg?.type}" message.`, detail: String(err) });
  }
  clearInterrupt();
}

/** @param {MessageEvent} ev */
async function onMessage(ev) {
  if (ev.data && typeof ev.data === "object" && ev.data.wasmlitShared instanceof Int32Array) {
    cell = ev.data.wasmlitShared;
    return;
  }
  const text = typeof ev.data === "string" ? ev.data : JSON.stringify(ev.data);
  const msg = parseMessage(text);
  if (msg?.type === PAGE_TO_WORKER.BOOT) {
    if (booting) return send({ type: WORKER_TO_PAGE.ERROR, message: "Already booted; ignoring a second boot message.", detail: "" });
    booting = boot(msg).catch((err) => {
      const message = err instanceof PackageError ? err.message.split("\n")[0] : "Python failed to start.";
      send({ type: WORKER_TO_PAGE.ERROR, message, detail: String(err && err.stack ? err.stack : err) });
    });
    await booting;
    for (const [t, m] of backlog.splice(0)) {
      if (host) handle(t, m);
      if (m?.type !== PAGE_TO_WORKER.STOP) idle();
    }
    idle();
    return;
  }
  if (!host) {
    backlog.push([text, msg]);
    return;
  }
  // Malformed messages go to the bridge too: it answers them with an error.
  handle(text, msg);
  // `stop` bypasses the page's queue, so it must not count as a handled message.
  if (msg?.type !== PAGE_TO_WORKER.STOP) idle();
}

self.onmessage = onMessage;
// What the page sent before this module was loaded, in order.
for (const ev of early.splice(0)) onMessage(ev);

// The module worker's entry (the page starts the worker from this file).
//
// It imports nothing statically: a module's static imports are all fetched
// before its first line runs, which put round trips in front of Pyodide's
// downloads. So this file asks for Pyodide's module and the runtime wheel the
// moment the worker's script arrives, calls loadPyodide as soon as its module
// is there (which asks for the wasm and the standard library), and loads the
// rest of the worker (worker_boot.js and the modules it imports) beside them.
// What the page posts meanwhile is kept and handed over in order.
//
// When the page noted a stored memory snapshot (`restore=1`), Python starts
// from it or normally, which worker_boot.js decides once it has read it.
//
// Query parameters: see worker_boot.js.

/**
 * What this entry hands to worker_boot.js, as `self.wasmlitEntry`.
 * @typedef {object} WorkerEntry
 * @property {URLSearchParams} params the worker URL's query parameters
 * @property {(extra: Record<string, any>) => Promise<any>} startPyodide loadPyodide with the site's options and `extra`
 * @property {Promise<any> | null} pyodide Python starting normally (the snapshot's `_makeSnapshot` when making one); null when restoring
 * @property {Promise<void>} pythonStarting settles when the wasm is compiled and Python starts
 * @property {Promise<ArrayBuffer>} runtimeReady the runtime wheel's bytes
 * @property {MessageEvent[]} early messages that arrived before worker_boot.js took over
 */

const params = new URL(import.meta.url).searchParams;
const pyodideBase = params.get("pyodide");
const runtimeUrl = params.get("runtime");
const lockUrl = params.get("lock");
const making = params.get("make_snapshot") === "1";
const pyodideModule = import(`${pyodideBase}pyodide.mjs`);
/** @type {() => void} */
let started = () => {};
/** @type {WorkerEntry} */
const entry = {
  params,
  startPyodide: (extra) => pyodideModule.then(({ loadPyodide }) => loadPyodide({
    indexURL: pyodideBase,
    // Called once the wasm is compiled, before Python starts: index.html then
    // loads the page's modules, in parallel with Python's start-up.
    fsInit: async () => started(),
    ...(lockUrl ? { lockFileURL: lockUrl } : {}),
    // App output goes to the browser console, as it would to a terminal.
    stdout: (line) => console.log(line),
    stderr: (line) => console.warn(line),
    ...extra,
  })),
  pyodide: null,
  pythonStarting: new Promise((resolve) => { started = () => resolve(undefined); }),
  // The runtime wheel downloads beside Pyodide's own files.
  runtimeReady: fetch(String(runtimeUrl)).then((res) => {
    if (!res.ok) throw new Error(`Could not fetch the wasmlit runtime (${runtimeUrl}): HTTP ${res.status}`);
    return res.arrayBuffer();
  }),
  early: [],
};
if (!(params.get("restore") === "1" && !making)) entry.pyodide = entry.startPyodide(making ? { _makeSnapshot: true } : {});
// Failures are reported by worker_boot.js's boot().
entry.pyodide?.catch(() => {});
entry.runtimeReady.catch(() => {});
self.onmessage = (ev) => { entry.early.push(ev); };
/** @type {any} */ (self).wasmlitEntry = entry;
// A worker_boot.js that cannot load is the page's worker error (its onerror).
import("./worker_boot.js").catch((err) => reportError(err));

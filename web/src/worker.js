// The module worker: Python lives here, off the page's main thread.
//
// Boot: load Pyodide from the site's own copy (never a CDN) and fetch the
// wasmlit runtime wheel from the site, both starting the moment the worker
// exists; then write the app files sent in `boot`, create the Bridge and do
// the first run. After that, every page message goes to `bridge.handle` as
// JSON text, and the shell answers `idle` once it has been handled so the
// page can send the next queued message.
//
// Query parameters: `pyodide` (base URL of the Pyodide files) and `runtime`
// (URL of the wasmlit wheel).
import { PAGE_TO_WORKER, WORKER_TO_PAGE, SHELL_TO_PAGE, parseMessage } from "./protocol.js";

const APP_DIR = "/home/pyodide/app";
const params = new URL(import.meta.url).searchParams;
const pyodideBase = params.get("pyodide");
const runtimeUrl = params.get("runtime");

const send = (msg) => self.postMessage(JSON.stringify(msg));
const loading = (stage, message) => send({ type: WORKER_TO_PAGE.LOADING, stage, message });

loading("download");
// Start both downloads right away; boot() awaits them.
const pyodideReady = import(`${pyodideBase}pyodide.mjs`).then(({ loadPyodide }) => loadPyodide({
  indexURL: pyodideBase,
  // App output goes to the browser console, as it would to a terminal.
  stdout: (line) => console.log(line),
  stderr: (line) => console.warn(line),
}));
const runtimeReady = fetch(runtimeUrl).then((res) => {
  if (!res.ok) throw new Error(`Could not fetch the wasmlit runtime (${runtimeUrl}): HTTP ${res.status}`);
  return res.arrayBuffer();
});

/** @type {any} the Python wasmlit.bridge.Bridge */
let bridge = null;
/** Messages that arrived before boot finished, handled in order after it. */
const backlog = [];
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

async function boot(msg) {
  const pyodide = await pyodideReady;
  loading("install");
  const wheel = await runtimeReady;
  const sitePackages = pyodide.runPython("import sysconfig; sysconfig.get_path('purelib')");
  pyodide.unpackArchive(wheel, "wheel", { extractDir: sitePackages });
  writeFiles(pyodide, APP_DIR, msg.files);
  // The app's folder is its working directory and import root, as with
  // `streamlit run`; modules beside the script import normally.
  pyodide.runPython(`
import importlib, os, sys
os.chdir(${JSON.stringify(APP_DIR)})
if ${JSON.stringify(APP_DIR)} not in sys.path:
    sys.path.insert(0, ${JSON.stringify(APP_DIR)})
importlib.invalidate_caches()
`);
  const { Bridge } = pyodide.pyimport("wasmlit.bridge");
  bridge = Bridge((text) => self.postMessage(text), APP_DIR, msg.entrypoint || "app.py");
  send({ type: WORKER_TO_PAGE.READY });
  loading("run");
  bridge.first_run();
}

/** Hand one message to Python; never let an exception escape. */
function handle(text, msg) {
  try {
    bridge.handle(text);
  } catch (err) {
    send({ type: WORKER_TO_PAGE.ERROR, message: `The worker could not handle a "${msg?.type}" message.`, detail: String(err) });
  }
}

self.onmessage = async (ev) => {
  const text = typeof ev.data === "string" ? ev.data : JSON.stringify(ev.data);
  const msg = parseMessage(text);
  if (msg?.type === PAGE_TO_WORKER.BOOT) {
    if (booting) return send({ type: WORKER_TO_PAGE.ERROR, message: "Already booted; ignoring a second boot message.", detail: "" });
    booting = boot(msg).catch((err) => {
      send({ type: WORKER_TO_PAGE.ERROR, message: "Python failed to start.", detail: String(err && err.stack ? err.stack : err) });
    });
    await booting;
    while (backlog.length) {
      const [t, m] = backlog.shift();
      if (bridge) handle(t, m);
      if (m?.type !== PAGE_TO_WORKER.STOP) send({ type: SHELL_TO_PAGE.IDLE });
    }
    send({ type: SHELL_TO_PAGE.IDLE });
    return;
  }
  if (!bridge) {
    backlog.push([text, msg]);
    return;
  }
  // Malformed messages go to the bridge too: it answers them with an error.
  handle(text, msg);
  // `stop` bypasses the page's queue, so it must not count as a handled message.
  if (msg?.type !== PAGE_TO_WORKER.STOP) send({ type: SHELL_TO_PAGE.IDLE });
};

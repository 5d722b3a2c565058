// The page: boots the worker, shows loading stages, routes worker messages to
// the renderer, and turns user actions into queued page -> worker messages.
//
// Lifecycle (mirrored on stApp):
//   connection: INITIAL -> CONNECTING -> CONNECTED (Python ready) | DISCONNECTED_FOREVER (boot failed)
//   script:     initial -> running <-> notRunning
// "running" is set synchronously when an event is dispatched, and
// "notRunning" only once the queue is empty and the worker is idle.
import { PAGE_TO_WORKER, WORKER_TO_PAGE, SHELL_TO_PAGE, EVENTS, MAIN_ROOT, SIDEBAR_ROOT, parseMessage } from "./protocol.js";
import { Renderer } from "./renderer/index.js";
import { EventQueue } from "./events.js";
import { Forms } from "./forms.js";
import { mountChrome } from "./chrome.js";
import { downloadBytes, toBase64 } from "./renderer/dom.js";

const LOADING_TEXT = {
  download: "Downloading Python…",
  start: "Starting Python…",
  install: "Installing the app runtime…",
  run: "Running your app…",
};

/** @returns {{entrypoint: string, files: string[], app_base: string, pyodide_base: string, runtime: string, dev_events?: string|null}} */
function readConfig() {
  return JSON.parse(document.getElementById("wasmlit-config").textContent);
}

function boot() {
  const config = readConfig();
  const app = document.querySelector('[data-testid="stApp"]');
  const loading = document.querySelector('[data-testid="wlLoading"]');
  const setConnection = (s) => app.setAttribute("data-test-connection-state", s);
  const setScript = (s) => app.setAttribute("data-test-script-state", s);
  let firstRunSeen = false;

  const url = (rel) => new URL(rel, document.baseURI).href;
  const workerUrl = new URL("./worker.js", import.meta.url);
  workerUrl.searchParams.set("pyodide", url(config.pyodide_base));
  workerUrl.searchParams.set("runtime", url(config.runtime));
  const worker = new Worker(workerUrl, { type: "module", name: "wasmlit" });
  setConnection("CONNECTING");

  const post = (msg) => worker.postMessage(JSON.stringify(msg));
  const chrome = mountChrome(document.querySelector('[data-testid="stToolbar"]'), {
    rerun: () => queue.push({ type: PAGE_TO_WORKER.RERUN }),
    clearCache: () => { forms.clear(); queue.push({ type: PAGE_TO_WORKER.CLEAR_CACHE }); },
    stop: () => queue.stop(),
  });
  const queue = new EventQueue(post, (busy) => {
    if (busy) setScript("running");
    else if (firstRunSeen) setScript("notRunning");
    chrome.setRunning(busy && firstRunSeen);
  });
  const forms = new Forms();
  const recentDownloads = new Set();

  /** Services the widget views use. */
  const ctx = {
    forms,
    commit(node, value) {
      if (node.props.form_id) forms.stage(node.props.form_id, node.id, value);
      else queue.pushEvent({ type: EVENTS.SET_VALUE, id: node.id, value });
    },
    click(node, value) {
      queue.pushEvent(value === undefined ? { type: EVENTS.CLICK, id: node.id } : { type: EVENTS.CLICK, id: node.id, value });
    },
    submit(node) {
      const formId = node.props.form_id || "";
      queue.pushEvent({ type: EVENTS.SUBMIT, id: node.id, form_id: formId, values: forms.take(formId) });
    },
    submitForm(formId) {
      const submitter = [...renderer.recs.values()].find((r) => r.node.type === "form_submit_button" && r.node.props.form_id === formId);
      if (submitter && !submitter.node.props.disabled) ctx.submit(submitter.node);
    },
    holds(node) {
      return queue.hasQueuedValue(node.id) || forms.isStaged(node.id);
    },
    downloadLocal(node) {
      const p = node.props;
      recentDownloads.add(node.id);
      downloadBytes(p.file_name, p.mime, p.data);
    },
  };

  const renderer = new Renderer({
    [MAIN_ROOT]: document.querySelector('[data-testid="stMain"] [data-testid="stVerticalBlock"]'),
    [SIDEBAR_ROOT]: document.querySelector('[data-testid="stSidebar"] [data-testid="stVerticalBlock"]'),
  }, ctx, (rootId, empty) => {
    if (rootId === SIDEBAR_ROOT) document.querySelector('[data-testid="stSidebar"]').hidden = empty;
  });

  const showError = (message, detail) => {
    console.error("wasmlit:", message, detail || "");
    const box = document.querySelector('[data-testid="wlWorkerError"]');
    box.hidden = false;
    box.replaceChildren(document.createTextNode(message), ...(detail ? [Object.assign(document.createElement("pre"), { textContent: detail })] : []));
  };

  /** Route one worker message; an unknown or malformed one is reported, never fatal. */
  const onMessage = (msg) => {
    switch (msg.type) {
      case WORKER_TO_PAGE.LOADING:
        loading.querySelector(".wl-loading-text").textContent = msg.message || LOADING_TEXT[msg.stage] || "Loading…";
        loading.dataset.stage = msg.stage || "";
        break;
      case WORKER_TO_PAGE.READY:
        setConnection("CONNECTED");
        break;
      case WORKER_TO_PAGE.RUN_STARTED:
        document.querySelector('[data-testid="wlWorkerError"]').hidden = true;
        firstRunSeen = true;
        setScript("running");
        chrome.setRunning(true);
        renderer.runStarted(msg.run_id);
        break;
      case WORKER_TO_PAGE.DELTAS:
        loading.hidden = true;
        renderer.applyDeltas(msg);
        break;
      case WORKER_TO_PAGE.RUN_FINISHED:
        loading.hidden = true;
        renderer.runFinished(msg);
        recentDownloads.clear();
        break;
      case WORKER_TO_PAGE.PAGE_CONFIG:
        applyPageConfig(msg);
        break;
      case WORKER_TO_PAGE.DOWNLOAD:
        if (!recentDownloads.has(msg.id)) downloadBytes(msg.file_name, msg.mime, msg.data);
        break;
      case WORKER_TO_PAGE.ERROR:
        showError(msg.message, msg.detail);
        if (app.getAttribute("data-test-connection-state") !== "CONNECTED") {
          setConnection("DISCONNECTED_FOREVER");
          loading.querySelector(".wl-loading-text").textContent = msg.message;
          loading.dataset.stage = "error";
        }
        break;
      case SHELL_TO_PAGE.IDLE:
        queue.idle();
        break;
      default:
        console.warn("wasmlit: unknown worker message", msg);
    }
  };

  worker.onmessage = (ev) => {
    const msg = parseMessage(ev.data);
    if (!msg) return console.warn("wasmlit: malformed worker message", ev.data);
    try {
      onMessage(msg);
    } catch (err) {
      console.error("wasmlit: failed to handle", msg.type, err);
    }
  };
  worker.onerror = (ev) => {
    setConnection("DISCONNECTED_FOREVER");
    showError("The Python worker failed to start.", ev.message || "");
  };

  fetchFiles(config).then(
    (files) => post({ type: PAGE_TO_WORKER.BOOT, entrypoint: config.entrypoint, files, run_id_base: 0 }),
    (err) => onMessage({ type: WORKER_TO_PAGE.ERROR, message: "Could not download the app's files.", detail: String(err) }),
  );

  if (config.dev_events) listenForChanges(config.dev_events, (files) => queue.push({ type: PAGE_TO_WORKER.UPDATE_FILES, files }));

  // Tests and embedders can reach the pieces (read-only use).
  window.__wasmlit = { queue, renderer, worker, forms };
}

/**
 * Fetch every app file: text when it decodes as UTF-8, else {base64}.
 * @returns {Promise<Record<string, string|{base64: string}>>}
 */
async function fetchFiles(config) {
  const entries = await Promise.all(config.files.map(async (path) => {
    const res = await fetch(new URL(config.app_base + encodePath(path), document.baseURI));
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

/** Dev server hot reload: the server pushes changed files as SSE `files` events. */
function listenForChanges(endpoint, onFiles) {
  const source = new EventSource(endpoint);
  source.addEventListener("files", (ev) => {
    try {
      onFiles(JSON.parse(ev.data));
    } catch (err) {
      console.error("wasmlit: bad file update", err);
    }
  });
}

function applyPageConfig(msg) {
  if (msg.title) document.title = msg.title;
  if (msg.icon) {
    const link = document.querySelector('link[rel="icon"]') || document.head.appendChild(Object.assign(document.createElement("link"), { rel: "icon" }));
    const icon = String(msg.icon);
    link.href = icon.length <= 4
      ? `data:image/svg+xml,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><text y=".9em" font-size="90">${icon.replace(/[<&]/g, "")}</text></svg>`)}`
      : icon;
  }
  const view = document.querySelector('[data-testid="stAppViewContainer"]');
  view.dataset.layout = msg.layout === "wide" ? "wide" : "centered";
  if (msg.sidebar_state === "collapsed") document.querySelector('[data-testid="stSidebar"]').dataset.collapsed = "true";
}

boot();

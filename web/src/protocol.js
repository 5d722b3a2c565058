// The wire protocol between the page and the Python worker: the JS twin of
// py_runtime/wasmlit/protocol.py. Names here are identical to the Python side
// (tests/test_protocol_sync.py compares them); semantics are documented there,
// once. Everything crossing the boundary is JSON *text*.
//
// Node (one element or block of the tree):
//   {id, parent, index, type, key, props}
// Delta ops: {op: "add", node} | {op: "update", node} | {op: "remove", id}
// A node not re-sent by a run is unchanged; a slow run's `drawn` ({block_id: n})
// says every child of block_id below index n was drawn, so the page does not
// mark it stale; removals come at run end.

export const PROTOCOL_VERSION = 1;

export const MAIN_ROOT = "0";
export const SIDEBAR_ROOT = "1";
/** Toasts (drawn over the page). */
export const EVENT_ROOT = "2";
/** st.bottom and a top-level st.chat_input (pinned below the page). */
export const BOTTOM_ROOT = "3";
/** Every root block, in Streamlit's delta-path order. */
export const ROOTS = Object.freeze([MAIN_ROOT, SIDEBAR_ROOT, EVENT_ROOT, BOTTOM_ROOT]);

/** Delta op tags. */
export const OPS = Object.freeze({ ADD: "add", UPDATE: "update", REMOVE: "remove" });

/** Block types (nodes with children). */
export const BLOCK_TYPES = Object.freeze([
  "vertical_block", "horizontal_block", "column", "expander", "tabs", "tab", "form",
  "chat_message", "grid", "popover", "dialog", "transparent",
]);

/** Element types (leaves). */
export const ELEMENT_TYPES = Object.freeze([
  "heading", "markdown", "text", "code", "json", "alert", "exception", "metric",
  "progress", "spinner", "empty", "unsupported",
  "button", "download_button", "form_submit_button", "checkbox", "radio",
  "selectbox", "multiselect", "slider", "text_input", "text_area",
  "number_input", "date_input", "time_input", "color_picker", "file_uploader",
  "select_slider", "chat_input", "link_button", "dataframe", "table", "imgs",
  "audio", "video", "html", "help_info", "vega_lite_chart", "plotly_chart",
  "deck_gl_json_chart", "graphviz_chart", "button_group", "page_link", "iframe",
  "toast", "space", "echarts_chart", "data_editor",
  "skeleton", "pdf", "logo", "menu_button", "pagination", "audio_input", "camera_input",
  "date_time_input", "component_instance", "bidi_component", "bidi_trigger",
  "balloons", "snow",
]);

/** Widget types whose committed values travel as `set_value` wire values. */
export const WIRE_VALUES = Object.freeze([
  "checkbox", "radio", "selectbox", "multiselect", "slider", "text_input",
  "text_area", "number_input", "date_input", "time_input", "color_picker",
  "file_uploader", "button_group", "vega_lite_chart", "plotly_chart", "echarts_chart", "deck_gl_json_chart", "dataframe",
  "data_editor",
  "pagination", "audio_input", "camera_input", "date_time_input", "component_instance", "bidi_component",
]);

/** Node types a user can act on (page side: marked pending on a prerendered first screen). */
export const ACTIONABLE_TYPES = Object.freeze([
  ...WIRE_VALUES, "button", "download_button", "form_submit_button", "chat_input", "select_slider",
  "menu_button",
]);

/** Widgets whose text, typed into the static first screen, is carried over at hydration (page side). */
export const EARLY_TYPED_TYPES = Object.freeze(["text_input", "text_area"]);

/** Widget event tags (inside an `events` message). */
export const EVENTS = Object.freeze({ SET_VALUE: "set_value", CLICK: "click", SUBMIT: "submit" });

/** Page -> worker message tags. */
export const PAGE_TO_WORKER = Object.freeze({
  BOOT: "boot",
  EVENTS: "events",
  RERUN: "rerun",
  CLEAR_CACHE: "clear_cache",
  STOP: "stop",
  UPDATE_FILES: "update_files",
  REQUEST_DOWNLOAD: "request_download",
  DEV_QUERY: "dev_query",
});

/** Worker -> page message tags. `idle` is sent by worker_boot.js itself (never by
 * Python) after each page message it has handled, so the page may send the
 * next queued one. */
export const WORKER_TO_PAGE = Object.freeze({
  LOADING: "loading",
  READY: "ready",
  RUN_STARTED: "run_started",
  DELTAS: "deltas",
  RUN_FINISHED: "run_finished",
  PAGE_CONFIG: "page_config",
  DOWNLOAD: "download",
  ERROR: "error",
  STATE_SNAPSHOT: "state_snapshot",
  IDLE: "idle",
  DEV_ANSWER: "dev_answer",
  NAVIGATION: "navigation",
  URL: "url",
  AUTO_RERUN: "auto_rerun",
  SCRIPT_COMPILE_ERROR: "script_compile_error",
});

/** The fields of every message, by tag, without `type` (protocol.py's TypedDicts). */
export const MESSAGE_FIELDS = Object.freeze({
  // page -> worker
  boot: ["entrypoint", "files", "run_id_base", "packages", "micropip", "persist_state", "state", "dev_tools", "page", "query", "client", "options"],
  events: ["events"], rerun: ["page", "query", "fragment_id"], clear_cache: [], stop: [], update_files: ["files"], request_download: ["id"],
  dev_query: ["query_id", "what", "screen"],
  // worker -> page (idle is sent by worker_boot.js itself after each handled page message)
  loading: ["stage", "message"], ready: [], run_started: ["run_id", "scope"], deltas: ["run_id", "ops", "drawn"],
  run_finished: ["run_id", "status"], page_config: ["title", "icon", "layout", "sidebar_state", "sidebar_width"],
  download: ["id", "file_name", "mime", "data", "error"], error: ["message", "detail"],
  state_snapshot: ["state", "skipped"], idle: ["rerun"], dev_answer: ["query_id", "what", "data"],
  navigation: ["pages", "sections", "position", "expanded", "current"], url: ["url_path", "query", "history"],
  auto_rerun: ["timers"], script_compile_error: ["message"],
});

/** What a `dev_query` may ask (dev tools and the pytest plugin's test channel only). */
export const DEV_QUERIES = Object.freeze(["session_state", "session_test"]);

/** The fields of each widget event (inside an `events` message), without `type`. */
export const EVENT_FIELDS = { set_value: ["id", "value", "fragment_id"], click: ["id", "value", "fragment_id"], submit: ["id", "form_id", "values", "fragment_id"] };

/** The fields of each delta op, without `op`. */
export const OP_FIELDS = { add: ["node"], update: ["node", "kept"], remove: ["id"] };

/** The fields of a node (see the header of this file). */
export const NODE_FIELDS = ["id", "parent", "index", "type", "key", "props"];

/** run_finished statuses. */
export const RUN_STATUS = Object.freeze(["success", "stopped", "error", "rerun", "interrupted", "compile_error"]);
/** Statuses after which the page holds exactly what the run drew (the run's removals came with it). */
export const CLEARING_STATUSES = ["success", "stopped", "error"];

/**
 * Slots of the Int32Array the page shares with the worker when it is
 * cross-origin isolated: `interrupt` is Pyodide's interrupt buffer (the page
 * writes SIGINT there), `pending` is 1 while the page holds newer messages,
 * `wake` is what a sleeping script waits on.
 */
export const INTERRUPT_SLOTS = { interrupt: 0, pending: 1, wake: 2 };

/** What the page writes into the interrupt slot to stop a run. */
export const SIGINT = 2;

/** Messages whose run a newer message may cut short (a fast rerun)... */
export const SUPERSEDABLE_MESSAGES = ["rerun", "update_files", "events"];

/** ...unless they carry one of these events: a click or submit always runs to the end. */
export const TRIGGER_EVENTS = ["click", "submit"];

/**
 * May a newer message cut the run of `msg` short? The one JS copy of that
 * rule (pyodide_host.py has the Python one).
 * @param {{type: string, events?: {type: string}[]} | null | undefined} msg
 */
export function isSupersedable(msg) {
  if (!msg) return false; // the first run (boot) registers the widgets later events refer to
  if (!SUPERSEDABLE_MESSAGES.includes(msg.type)) return false;
  return !(msg.events || []).some((e) => TRIGGER_EVENTS.includes(e.type));
}

/**
 * May this waiting message cut a running script short (interrupts.js)? Not a
 * dev tools query (it is not input), and not a fragment's rerun: as in
 * Streamlit 1.67, a fragment's rerun (its timer, or events all on widgets of
 * fragments) never preempts a running script, which would then start over
 * outside the fragment too (a timer faster than the script restarted it for
 * ever); it runs next.
 * @param {{type: string, fragment_id?: string, events?: {fragment_id?: string}[]}} msg
 */
export function preempts(msg) {
  if (msg.type === PAGE_TO_WORKER.DEV_QUERY) return false;
  if (msg.type === PAGE_TO_WORKER.EVENTS) return !(msg.events || []).every((event) => event.fragment_id);
  return !(msg.type === PAGE_TO_WORKER.RERUN && msg.fragment_id);
}

/** Headers that make a page cross-origin isolated (shared memory, interrupts). */
export const ISOLATION_HEADERS = {
  "Cross-Origin-Opener-Policy": "same-origin",
  // credentialless: other sites' images and media load without CORP (see protocol.py).
  "Cross-Origin-Embedder-Policy": "credentialless",
  "Cross-Origin-Resource-Policy": "same-origin",
};

/** Content-hashed names (`name.<hash>.ext`, `runtime/<hash>/file`), whose bytes never change: a RegExp source. */
export const HASHED_NAME_PATTERN = "\\.[0-9a-f]{10}\\.[A-Za-z0-9]+$|/[0-9a-f]{10}/[^/]+$";

/** Where worker_boot.js writes the app's files (Python's working directory). */
export const APP_DIR = "/home/pyodide/app";

/** Where worker_boot.js writes the runtime wheel (imported from as a zip), and Python its second part. */
export const RUNTIME_DIR = "/home/pyodide/wasmlit";

/**
 * `{[BUFFER_REF]: i}` in a message's JSON text stands for the i-th binary
 * buffer posted beside it (a table's columns); see protocol.py `encode_with_buffers`.
 */
export const BUFFER_REF = "$buffer";

/**
 * Parse one message; never throws. A message with binary parts arrives as
 * `{text, buffers}`: each `{"$buffer": i}` in the text becomes `buffers[i]`
 * (an ArrayBuffer).
 * @param {unknown} data JSON text, `{text, buffers}`, or an already-parsed object
 * @returns {{type: string, [k: string]: any} | null}
 */
export function parseMessage(data) {
  try {
    let msg = data;
    if (typeof data === "string") msg = JSON.parse(data);
    else if (data && typeof data === "object" && typeof (/** @type {any} */ (data)).text === "string") {
      const { text, buffers } = /** @type {{text: string, buffers: ArrayBufferLike[]}} */ (data);
      msg = JSON.parse(text, (_key, value) => (value && typeof value === "object" && BUFFER_REF in value
        ? toArrayBuffer(buffers[value[BUFFER_REF]]) : value));
    }
    return msg && typeof msg === "object" && typeof (/** @type {any} */ (msg)).type === "string" ? /** @type {any} */ (msg) : null;
  } catch {
    return null;
  }
}

/** @param {ArrayBufferLike | ArrayBufferView | undefined} b */
function toArrayBuffer(b) {
  if (!b) throw new Error("a binary part of the message is missing");
  return ArrayBuffer.isView(b) ? b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) : b;
}

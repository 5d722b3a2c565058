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

/** Delta op tags. */
export const OPS = Object.freeze({ ADD: "add", UPDATE: "update", REMOVE: "remove" });

/** Block types (nodes with children). */
export const BLOCK_TYPES = Object.freeze([
  "vertical_block", "horizontal_block", "column", "expander", "tabs", "tab", "form",
  "chat_message",
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
  "toast", "space",
]);

/** Widget types whose committed values travel as `set_value` wire values. */
export const WIRE_VALUES = Object.freeze([
  "checkbox", "radio", "selectbox", "multiselect", "slider", "text_input",
  "text_area", "number_input", "date_input", "time_input", "color_picker",
  "file_uploader", "button_group",
]);

/** Node types a user can act on (page side: marked pending on a prerendered first screen). */
export const ACTIONABLE_TYPES = Object.freeze([
  ...WIRE_VALUES, "button", "download_button", "form_submit_button", "chat_input", "select_slider",
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
});

/** Worker -> page message tags. */
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
});

/**
 * Sent by the worker *shell* (worker.js, not the Python bridge) after it has
 * finished handling one page message, so the page knows the worker is free
 * and may send the next queued message. Not part of protocol.py on purpose:
 * Python never sees or produces it.
 */
export const SHELL_TO_PAGE = Object.freeze({ IDLE: "idle" });

/** run_finished statuses. */
export const RUN_STATUS = Object.freeze(["success", "stopped", "error", "rerun", "interrupted"]);
/** Statuses after which the page holds exactly what the run drew. */
export const CLEARING_STATUSES = Object.freeze(["success", "stopped", "error"]);

/** The fields of every message, by tag (protocol.py documents each). */
export const MESSAGE_FIELDS = Object.freeze({
  // page -> worker
  boot: ["entrypoint", "files", "run_id_base", "packages", "micropip", "persist_state", "state"],
  events: ["events"], rerun: [], clear_cache: [], stop: [], update_files: ["files"], request_download: ["id"],
  // worker -> page (idle is sent by worker.js itself after each handled page message)
  loading: ["stage", "message"], ready: [], run_started: ["run_id"], deltas: ["run_id", "ops", "drawn"],
  run_finished: ["run_id", "status"], page_config: ["title", "icon", "layout", "sidebar_state"],
  download: ["id", "file_name", "mime", "data"], error: ["message", "detail"],
  state_snapshot: ["state", "skipped"], idle: [],
});
export const EVENT_FIELDS = Object.freeze({ set_value: ["id", "value"], click: ["id", "value"], submit: ["id", "form_id", "values"] });
export const OP_FIELDS = Object.freeze({ add: ["node"], update: ["node"], remove: ["id"] });
export const NODE_FIELDS = Object.freeze(["id", "parent", "index", "type", "key", "props"]);

/** Slots of the Int32Array the page shares with the worker (cross-origin isolated pages). */
export const INTERRUPT_SLOTS = Object.freeze({ interrupt: 0, pending: 1, wake: 2 });
/** What the page writes into the interrupt slot to stop a run. */
export const SIGINT = 2;
/** Page messages a newer page message may cut short, unless they carry a trigger event. */
export const SUPERSEDABLE_MESSAGES = Object.freeze(["rerun", "update_files", "events"]);
/** Events that start a run of their own and are never merged or cut short. */
export const TRIGGER_EVENTS = Object.freeze(["click", "submit"]);

/** May a newer page message cut this message's run short? (protocol.py's is_supersedable.) */
export function isSupersedable(msg) {
  if (!msg || !SUPERSEDABLE_MESSAGES.includes(msg.type)) return false;
  return !(msg.events || []).some((e) => e && TRIGGER_EVENTS.includes(e.type));
}

/** Headers that make a page cross-origin isolated. */
export const ISOLATION_HEADERS = Object.freeze({
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Embedder-Policy": "require-corp",
  "Cross-Origin-Resource-Policy": "same-origin",
});
/** Content-hashed names (a RegExp source): their bytes never change. */
export const HASHED_NAME_PATTERN = "\\.[0-9a-f]{10}\\.[A-Za-z0-9]+$|/[0-9a-f]{10}/[^/]+$";
/** Where worker.js writes the app's files. */
export const APP_DIR = "/home/pyodide/app";

/**
 * Parse one message; never throws.
 * @param {unknown} data JSON text (or an already-parsed object)
 * @returns {{type: string, [k: string]: any} | null}
 */
export function parseMessage(data) {
  try {
    const msg = typeof data === "string" ? JSON.parse(data) : data;
    return msg && typeof msg === "object" && typeof msg.type === "string" ? msg : null;
  } catch {
    return null;
  }
}

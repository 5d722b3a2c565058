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

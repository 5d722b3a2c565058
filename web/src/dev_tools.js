// Dev tools, loaded only by sites built with them (`wasmlit run`, `wasmlit
// build --dev-tools`, the pytest plugin's builds; the site config's
// `dev_tools` names this module). A normal site neither loads nor contains it.
//
//   - "Download this session as a test" in the main menu (`menu`): the worker
//     has recorded what the user did; it writes two pytest files (AppTest and
//     Playwright) from it and from what the page shows, and a dialog offers both.
//   - the test channel (`test_channel`): `window.__wasmlitTest.sessionState()`,
//     which wasmlit.testing.playwright's `session_state(page)` calls.
//
// Both ask the worker with a `dev_query` through the page's queue, so the
// answer comes after every event the user already made has run.
import { PAGE_TO_WORKER } from "./protocol.js";
import { h, downloadBytes, toBase64 } from "./renderer/dom.js";

/** Node types whose visible text the session test asserts (as the page shows it). */
const TEXT_TYPES = new Set(["heading", "markdown", "text", "code", "alert", "exception"]);
export const MENU_LABEL = "Download this session as a test";

/**
 * @typedef {{module: string, menu: boolean, test_channel: boolean}} DevToolsConfig
 * @typedef {object} DevApp what the dev tools use of the running app (mount.js's App)
 * @property {import("./events.js").EventQueue} queue
 * @property {import("./renderer/index.js").Renderer} renderer
 * @property {{addMenuItem(label: string, shortcut: string, run: () => void): void}} chrome
 * @property {{layer: HTMLElement | ShadowRoot}} scope
 */

/**
 * @param {DevApp} app @param {DevToolsConfig} config
 * @returns {{answer(msg: {query_id: number, what: string, data: any}): void}}
 */
export function devTools(app, config) {
  /** @type {Map<number, {resolve: (data: any) => void, timer: number}>} */
  const waiting = new Map();
  let nextId = 1;

  /** Ask the worker; resolves with the answer's data (rejects after `timeoutMs`). */
  const query = (what, extra = {}, timeoutMs = 60_000) => new Promise((resolve, reject) => {
    const queryId = nextId++;
    const timer = setTimeout(() => {
      waiting.delete(queryId);
      reject(new Error(`wasmlit: no answer to the ${what} query within ${timeoutMs} ms`));
    }, timeoutMs);
    waiting.set(queryId, { resolve, timer });
    app.queue.push({ type: PAGE_TO_WORKER.DEV_QUERY, query_id: queryId, what, ...extra });
  });

  if (config.test_channel) {
    /** @type {any} */ (window).__wasmlitTest = {
      /** @param {number} [timeoutMs] */
      sessionState: (timeoutMs) => query("session_state", {}, timeoutMs).then((data) => data.state),
    };
  }
  if (config.menu) {
    app.chrome.addMenuItem(MENU_LABEL, "", () => {
      query("session_test", { screen: screenTexts(app.renderer) }).then(
        (data) => showDownloads(data.files, app.scope.layer),
        (err) => console.error(err),
      );
    });
  }
  return {
    answer(msg) {
      const entry = waiting.get(msg.query_id);
      if (!entry) return;
      waiting.delete(msg.query_id);
      clearTimeout(entry.timer);
      entry.resolve(msg.data);
    },
  };
}

/**
 * The visible text of each text element on the page, `{node id: text}`:
 * what the browser version of the test asserts.
 * @param {import("./renderer/index.js").Renderer} renderer
 */
export function screenTexts(renderer) {
  /** @type {Record<string, string>} */
  const out = {};
  for (const { node, el } of renderer.nodes()) {
    if (!TEXT_TYPES.has(node.type) || !el.checkVisibility()) continue;
    const body = node.type === "code" ? el.querySelector("pre") : el;
    const text = /** @type {HTMLElement | null} */ (body)?.innerText?.trim();
    if (text) out[node.id] = text;
  }
  return out;
}

/**
 * A dialog with one download button per file.
 * @param {Record<string, string>} files name -> Python source
 * @param {HTMLElement | ShadowRoot} layer
 */
function showDownloads(files, layer) {
  layer.querySelector('[data-testid="wlSessionTestDialog"]')?.closest(".wl-backdrop")?.remove();
  const titleId = "wl-session-test-title";
  const close = h("button", { type: "button", class: "wl-button", "data-testid": "stBaseButton-tertiary" }, ["Close"]);
  const kinds = ["AppTest (headless)", "Playwright (browser)"];
  const buttons = Object.entries(files).map(([name, source], i) => {
    const button = h("button", { type: "button", class: "wl-button", "data-kind": "primary", "data-testid": "stBaseButton-primary",
      "aria-label": `Download ${name}` }, ["Download"]);
    button.addEventListener("click", () => downloadBytes(name, "text/x-python", toBase64(new TextEncoder().encode(source))));
    return h("div", { class: "wl-session-test-file" }, [
      h("div", { class: "wl-session-test-kind" }, [kinds[i] || "", h("small", {}, [name])]), button,
    ]);
  });
  const dialog = h("div", { role: "dialog", "aria-modal": "true", "aria-labelledby": titleId, "data-testid": "stDialog", class: "wl-dialog" }, [
    h("div", { "data-testid": "wlSessionTestDialog", class: "wl-dialog-body" }, [
      h("h2", { id: titleId }, ["This session as a test"]),
      h("p", {}, ["Two pytest files replay what you did in this session, then check what the app shows now "
        + "and its session state. Save them beside your app's script and run ", h("code", {}, ["python -m pytest"]), "."]),
      ...buttons,
      h("div", { class: "wl-dialog-actions" }, [close]),
    ]),
  ]);
  const backdrop = h("div", { class: "wl-backdrop" }, [dialog]);
  const onKey = (ev) => { if (ev.key === "Escape") done(); };
  const done = () => { backdrop.remove(); document.removeEventListener("keydown", onKey, true); };
  close.addEventListener("click", done);
  document.addEventListener("keydown", onKey, true);
  layer.append(backdrop);
  /** @type {HTMLElement} */ (buttons[0]?.querySelector("button") || close).focus();
}

// The site's page: one mount (mount.js) of the config that index.html carries,
// in the shell index.html already holds. Everything else — the worker, the
// renderer, the queue, interrupts, prerender, persisted state — is assembled
// by mount.js, shared with pages that embed apps.
import { mountPage } from "./mount.js";
import { resolveConfig } from "./site.js";
import { makeSnapshot, noteStored } from "./worker_link.js";

/** `#wasmlit-config`, with its URLs made absolute against the page. */
function readConfig() {
  return resolveConfig(JSON.parse(document.getElementById("wasmlit-config")?.textContent || "{}"), document.baseURI);
}

/**
 * Hosts that cannot send COOP/COEP get them from the service worker (sw.js),
 * but only for pages it controls: the first visit is not isolated. Reload
 * once, when the worker has taken control, to get interrupts.
 */
function reloadForIsolation(config) {
  if (!config.service_worker || globalThis.crossOriginIsolated || !("serviceWorker" in navigator)) return;
  const flag = "wasmlit:isolation-reload";
  if (sessionStorage.getItem(flag)) return;
  navigator.serviceWorker.ready.then(() => {
    const reload = () => {
      if (globalThis.crossOriginIsolated || sessionStorage.getItem(flag)) return;
      sessionStorage.setItem(flag, "1");
      location.reload();
    };
    if (navigator.serviceWorker.controller) reload();
    else navigator.serviceWorker.addEventListener("controllerchange", reload, { once: true });
  });
}

/**
 * The service worker precaches the whole site: on an isolated page that
 * waits until the first run is done and the page is idle, so it does not
 * compete with the boot, and reads what the boot already fetched from the
 * HTTP cache (sw.js). index.html registered it at once on a page that is not
 * isolated (that page needs it for the isolation reload).
 */
function registerServiceWorkerLater(ready) {
  const register = () => globalThis.__wasmlitEarly?.registerServiceWorker?.();
  // Safari has no requestIdleCallback (the DOM types say it is always there).
  const whenIdle = () => ("requestIdleCallback" in globalThis ? requestIdleCallback(register, { timeout: 2000 }) : setTimeout(register, 500));
  ready.then(whenIdle, whenIdle);
}

/** Safari has no requestIdleCallback (the DOM types say it is always there). */
const whenIdle = (fn, timeout) => ("requestIdleCallback" in globalThis ? requestIdleCallback(fn, { timeout }) : setTimeout(fn, 500));

/**
 * Memory snapshots (on unless `wasmlit build --no-snapshot`, snapshot.js):
 * when this visit's Python did not start from one, a fresh worker makes it
 * once the first run is done, the service worker has precached the site and
 * the page has been quiet for QUIET_MS (no input, no run), so it never
 * competes with this visit, nor with a user (or a test) still clicking.
 * A browser makes at most MAX_ATTEMPTS per build without a visit restoring
 * one (one whose snapshots fail to make or to restore stops trying).
 * `window.__wasmlit.snapshot` says where it stands: "off", "restored",
 * "waiting", "making", "stored", "failed" or "given up".
 */
function snapshotLater(ready, config, app) {
  if (!config.snapshot) return;
  snapshotState = "waiting";
  const precached = config.service_worker && "serviceWorker" in navigator && globalThis.isSecureContext
    ? Promise.race([navigator.serviceWorker.ready, new Promise((resolve) => setTimeout(resolve, 60000))]) : null;
  const attempts = snapshotAttempts(config.snapshot);
  ready.then(async () => {
    if (app()?.bootedFromSnapshot) {
      attempts.reset();
      snapshotState = "restored";
      return;
    }
    if (attempts.count() >= MAX_ATTEMPTS) {
      snapshotState = "given up";
      return;
    }
    await precached;
    await quiet(QUIET_MS);
    await new Promise((resolve) => whenIdle(resolve, 10000));
    snapshotState = "making";
    attempts.add();
    const made = await makeSnapshot(config);
    if (made.snapshot === "stored") noteStored(config.snapshot, config.pyodide_base);
    snapshotState = made.snapshot === "stored" ? "stored" : "failed";
    if (made.error) console.warn(`wasmlit: no memory snapshot: ${made.error}`);
  }, () => { snapshotState = "off"; });
}

const QUIET_MS = 5000;
const MAX_ATTEMPTS = 2;

/** Resolves once the page has had no input and no script run for `ms`. @param {number} ms */
function quiet(ms) {
  let last = performance.now();
  const touch = () => { last = performance.now(); };
  const kinds = ["pointerdown", "keydown", "wheel", "input"];
  for (const kind of kinds) addEventListener(kind, touch, { capture: true, passive: true });
  const app = () => document.querySelector("[data-testid=stApp]");
  return new Promise((resolve) => {
    const check = () => {
      if (app()?.getAttribute("data-test-script-state") === "running") touch();
      const left = ms - (performance.now() - last);
      if (left > 0) return setTimeout(check, Math.min(left, 1000));
      for (const kind of kinds) removeEventListener(kind, touch, { capture: true });
      resolve(undefined);
    };
    check();
  });
}

/**
 * How many snapshots this browser made for this build without a visit
 * restoring one (localStorage; none when it is unavailable).
 * @param {string} buildKey
 */
function snapshotAttempts(buildKey) {
  const name = `wasmlit:snapshot-attempts:${buildKey}`;
  const read = () => {
    try {
      return Number(localStorage.getItem(name)) || 0;
    } catch {
      return 0;
    }
  };
  const write = (/** @type {number} */ n) => {
    try {
      if (n) localStorage.setItem(name, String(n));
      else localStorage.removeItem(name);
    } catch {
      // storage refused: every visit may try again
    }
  };
  return { count: read, add: () => write(read() + 1), reset: () => write(0) };
}

let snapshotState = "off";
const config = readConfig();
const handle = mountPage(config, document.getElementById("root") || document.body);
registerServiceWorkerLater(handle.ready);
reloadForIsolation(config);
snapshotLater(handle.ready, config, () => handle.internals);

// Tests and devtools can reach the pieces (read-only use).
const app = handle.internals;
/** @type {any} */ (window).__wasmlit = {
  handle,
  get queue() { return app.queue; },
  get renderer() { return app.renderer; },
  get worker() { return app.worker; },
  get forms() { return app.forms; },
  get snapshot() { return snapshotState; },
};

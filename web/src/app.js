// The site's page: one mount (mount.js) of the config that index.html carries,
// in the shell index.html already holds. Everything else — the worker, the
// renderer, the queue, interrupts, prerender, persisted state — is assembled
// by mount.js, shared with pages that embed apps.
import { mountPage } from "./mount.js";
import { resolveConfig } from "./site.js";

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

const config = readConfig();
const handle = mountPage(config, document.getElementById("root") || document.body);
registerServiceWorkerLater(handle.ready);
reloadForIsolation(config);

// Tests and devtools can reach the pieces (read-only use).
const app = handle.internals;
/** @type {any} */ (window).__wasmlit = {
  handle,
  get queue() { return app.queue; },
  get renderer() { return app.renderer; },
  get worker() { return app.worker; },
  get forms() { return app.forms; },
};

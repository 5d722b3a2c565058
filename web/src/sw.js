// The site's service worker: offline reloads, and isolation headers for hosts
// that cannot send them.
//
// `wasmlit build` fills CONFIG with every file of the site and a version that
// changes with their contents. Install precaches them all (one cache per
// version; from the HTTP cache where it can, see precacheRequest), except the
// libraries a page loads on first use, cached when fetched (or at install,
// when this visit loaded them already: keepUsedOnFirstUse); activate
// deletes older versions. Fetches:
//   - hashed names (`name.<hash>.ext`, `runtime/<hash>/...`,
//     `pyodide/<hash>/...`): cache first, since a name never changes content
//     (and the browser reuses its compiled code for what Cache Storage serves);
//   - other same-origin files (index.html, app/): network first, so a new
//     build is seen at once, with the cache as the offline fallback;
//   - other origins (the package base URL): cache first in a runtime cache,
//     so packages loaded once also load offline.
// Every same-origin response gets COOP/COEP/CORP, so the page is
// cross-origin isolated (SharedArrayBuffer, interrupts) even on a host that
// sends no headers; the page needs one reload under the worker for that.
//
// The isolation headers and the pattern of hashed names are defined once, in
// protocol.py / protocol.js; this is a classic script (module service workers
// are new, and protocol.js has a hashed name), so the build writes their
// values into CONFIG.
/**
 * @type {{version: string, files: string[], on_first_use?: string[], isolation_headers: Record<string, string>, hashed_name_pattern: string}}
 */
// @ts-ignore TS2873 ("always falsy"): the build replaces this `null` with the site's config.
const CONFIG = /*@wasmlit-sw-config*/null || { version: "dev", files: [], isolation_headers: {}, hashed_name_pattern: "(?!)" };
const PREFIX = "wasmlit-";
const CACHE = `${PREFIX}${CONFIG.version}`;
const RUNTIME_CACHE = `${PREFIX}runtime`;
const ISOLATION = CONFIG.isolation_headers;
const HASHED = new RegExp(CONFIG.hashed_name_pattern);
/** This script's global scope (the WebWorker lib types `self` as a plain worker's). */
const sw = /** @type {ServiceWorkerGlobalScope} */ (/** @type {unknown} */ (self));
const scope = new URL("./", sw.location.href);

sw.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    await cache.addAll(CONFIG.files.map(precacheRequest));
    await keepUsedOnFirstUse(cache);
    await sw.skipWaiting();
  })());
});

/**
 * Install runs after the page's first run (app.js), when the boot has put
 * most files in the HTTP cache: a hashed name is taken from there as it is
 * ("force-cache": it cannot have changed), any other file is revalidated
 * ("no-cache": a 304 costs no second download, and a new build is never
 * cached stale).
 */
function precacheRequest(file) {
  const url = new URL(file, scope);
  return new Request(url.href, { cache: HASHED.test(url.pathname) ? "force-cache" : "no-cache" });
}

/**
 * The files loaded on first use that this visit already loaded (before this
 * worker existed, so it could not keep them) are in the HTTP cache: keep them
 * too, without a download, so an app that used them works offline at once.
 * @param {Cache} cache
 */
async function keepUsedOnFirstUse(cache) {
  await Promise.all((CONFIG.on_first_use || []).map(async (file) => {
    const url = new URL(file, scope).href;
    try {
      const response = await fetch(url, { cache: "only-if-cached", mode: "same-origin" });
      if (response.ok) await cache.put(url, response);
    } catch {
      // not loaded yet: kept when a page first fetches it
    }
  }));
}

sw.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith(PREFIX) && name !== CACHE && name !== RUNTIME_CACHE) await caches.delete(name);
    }
    await sw.clients.claim();
  })());
});

sw.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.protocol !== "http:" && url.protocol !== "https:") return;
  if (request.cache === "only-if-cached" && request.mode !== "same-origin") return;
  if (request.headers.get("accept") === "text/event-stream") return;  // dev server hot reload
  event.respondWith(respond(request, url));
});

async function respond(request, url) {
  if (url.origin !== sw.location.origin) return crossOrigin(request);
  const cache = await caches.open(CACHE);
  const key = request.mode === "navigate" ? navigationKey(url) : url.href.split(/[?#]/)[0];
  let response;
  if (HASHED.test(url.pathname)) {
    response = await cache.match(key);
    if (!response) {
      // Not precached (a library loaded on first use, such as the charts'):
      // kept once fetched, so a page that used it also works offline.
      response = await fetch(request);
      if (response.ok && request.mode !== "navigate") await cache.put(key, response.clone());
    }
  } else {
    try {
      response = await fetch(request);
      if (!response.ok && response.status !== 304) response = (await cache.match(key)) || response;
    } catch (err) {
      response = await cache.match(key);
      if (!response) throw err;
    }
  }
  return NEEDS_HEADERS.has(request.destination) || request.mode === "navigate" ? isolate(response) : response;
}

/**
 * Only documents and workers need the isolation headers: same-origin
 * subresources pass COEP without CORP. Every other response is handed on as
 * it is, never rebuilt into a new Response (measured on the counter's return
 * visit under load: 2.4 s -> 1.3 s from a memory snapshot, 9.0 s -> 5.2 s
 * without one; the browser's caches of compiled code are the likely reason).
 */
const NEEDS_HEADERS = new Set(["document", "iframe", "frame", "worker", "sharedworker", "serviceworker"]);

/**
 * The cached page for a navigation: the scope root and index.html are one
 * page, and so are a multipage app's `<page>` URL and its `<page>/index.html`.
 */
function navigationKey(url) {
  const last = url.pathname.slice(url.pathname.lastIndexOf("/") + 1);
  const path = url.pathname.endsWith("/") ? url.pathname + "index.html"
    : last.includes(".") ? url.pathname : `${url.pathname}/index.html`;
  return new URL(path, url.origin).href;
}

async function crossOrigin(request) {
  const cache = await caches.open(RUNTIME_CACHE);
  const hit = await cache.match(request);
  if (hit) return hit;
  const response = await fetch(request);
  if (response.ok && response.type === "cors") await cache.put(request, response.clone());
  return response;
}

function isolate(response) {
  if (!response || response.type === "opaque" || response.type === "opaqueredirect" || response.status === 0) return response;
  const headers = new Headers(response.headers);
  for (const [name, value] of Object.entries(ISOLATION)) headers.set(name, value);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

// Pyodide memory snapshots made in the user's own browser (issue 15).
//
// After a first visit, a fresh worker (worker_boot.js with `make_snapshot=1`)
// boots Pyodide with `_makeSnapshot`, installs and imports the wasmlit
// runtime (no user script, no session), and stores
// `pyodide.makeMemorySnapshot()` here. Return visits restore it with
// `loadPyodide({_loadSnapshot})`, which skips the interpreter's start-up and
// the runtime's imports.
//
// One entry per site, in the Cache Storage cache SNAPSHOT_CACHE (its name is
// not under the service worker's "wasmlit-" prefix, so a new site version's
// activate does not drop it; the key does). The entry's URL is a name beside
// the site's Pyodide folder that is never fetched; its `x-wasmlit-snapshot`
// header holds the key it was made for: the build's key (Pyodide's files,
// the runtime wheel, the lock, the packages and the app's files, hashed by
// `wasmlit build`) and a hash of the browser's user agent. A snapshot whose
// key differs is never restored: it is dropped and a new one is made.
//
// The page notes in localStorage that it stored one for a build
// (worker_link.js noteStored), and only then asks the worker to look
// (worker_boot.js `restore=1`; index.html reads the note before the worker
// starts): opening Cache Storage cost a cold visit, which has nothing there,
// 30-90 ms before Pyodide's downloads began. A browser without localStorage
// starts Python normally every time.

export const SNAPSHOT_CACHE = "wasmlit.snapshots";
const KEY_HEADER = "x-wasmlit-snapshot";
const DIGEST_HEADER = "x-wasmlit-snapshot-sha256";

/** @param {Uint8Array} bytes */
async function sha256(bytes) {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", /** @type {Uint8Array<ArrayBuffer>} */ (bytes)));
  return [...digest].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** The full key: the build's key and the browser that makes and restores the snapshot. @param {string} buildKey */
export async function snapshotKey(buildKey) {
  const browser = await sha256(new TextEncoder().encode(navigator.userAgent));
  return `${buildKey}.${browser.slice(0, 16)}`;
}

/**
 * Where the site's snapshot is stored: a URL beside the site's Pyodide folder,
 * never fetched. Beside, not in it: the folder's name is a hash of Pyodide's
 * files, and a new Pyodide must replace the old entry, not leave it behind.
 * @param {string} pyodideBase
 */
const entryUrl = (pyodideBase) => new URL("wasmlit-memory-snapshot", new URL("..", pyodideBase)).href;

/**
 * The stored snapshot when it was made for `key`; otherwise null (a stale one is dropped).
 * Bytes that are not what was stored (their SHA-256 differs) throw.
 * @param {string} pyodideBase @param {string} key
 * @returns {Promise<Uint8Array | null>}
 */
export async function readSnapshot(pyodideBase, key) {
  if (typeof caches === "undefined") return null;
  const cache = await caches.open(SNAPSHOT_CACHE);
  const res = await cache.match(entryUrl(pyodideBase));
  if (!res) return null;
  if (res.headers.get(KEY_HEADER) !== key) {
    await cache.delete(entryUrl(pyodideBase));
    return null;
  }
  const bytes = new Uint8Array(await res.arrayBuffer());
  if (await sha256(bytes) !== res.headers.get(DIGEST_HEADER)) throw new Error("The stored memory snapshot is corrupt (its SHA-256 differs).");
  return bytes;
}

/** @param {string} pyodideBase @param {string} key @param {Uint8Array} bytes */
export async function storeSnapshot(pyodideBase, key, bytes) {
  const cache = await caches.open(SNAPSHOT_CACHE);
  const headers = { [KEY_HEADER]: key, [DIGEST_HEADER]: await sha256(bytes), "content-length": String(bytes.byteLength) };
  const body = new Blob([/** @type {BlobPart} */ (bytes)], { type: "application/octet-stream" });
  await cache.put(entryUrl(pyodideBase), new Response(body, { headers }));
}

/** Forget the site's snapshot (it failed to restore). @param {string} pyodideBase */
export async function dropSnapshot(pyodideBase) {
  if (typeof caches === "undefined") return;
  await (await caches.open(SNAPSHOT_CACHE)).delete(entryUrl(pyodideBase));
}

// Heavy libraries load only when a page first needs them, so an app that does
// not use one pays nothing on its cold load.
//
// A view that needs a library writes its loader once, at module level, with a
// *literal* dynamic import (the build rewrites literal specifiers to hashed
// names, and leaves a plain `import()` out of the modulepreload list):
//
//   const loadVega = lazy(() => import("../../vendor/vega-embed.js"));
//   ...
//   const { default: embed } = await loadVega();
//
// Its stylesheet goes through `stylesheet()` with a literal
// `new URL("../../vendor/x.css", import.meta.url)` for the same reason.

/**
 * A loader that runs `load` the first time it is called and shares the
 * result; a failed load is retried on the next call (the network came back).
 * @template T
 * @param {() => Promise<T>} load
 * @returns {() => Promise<T>}
 */
export function lazy(load) {
  /** @type {Promise<T> | null} */
  let pending = null;
  return () => {
    if (!pending) {
      pending = load().catch((err) => {
        pending = null;
        throw err;
      });
    }
    return pending;
  };
}

/** @type {Map<Node, Map<string, Promise<void>>>} root -> href -> loaded */
const sheets = new Map();

/**
 * Add the stylesheet at `href` where `near` is drawn, once: in the document's
 * head (where `@font-face` rules must live) and, for an app embedded in a
 * shadow root, in that root too (where its class rules apply).
 * @param {URL | string} href
 * @param {Node} near an element of the app
 * @returns {Promise<void>} resolves when the sheet has loaded (or failed: styles are never fatal)
 */
export function stylesheet(href, near) {
  const url = String(href);
  const root = near.getRootNode();
  const targets = [document.head, ...(root instanceof ShadowRoot ? [root] : [])];
  return Promise.all(targets.map((target) => linkOnce(target, url))).then(() => {});
}

/** @param {Node} target @param {string} url */
function linkOnce(target, url) {
  let byHref = sheets.get(target);
  if (!byHref) sheets.set(target, (byHref = new Map()));
  let done = byHref.get(url);
  if (!done) {
    const link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = url;
    done = new Promise((resolve) => {
      link.addEventListener("load", () => resolve(), { once: true });
      link.addEventListener("error", () => {
        console.warn(`wasmlit: could not load the stylesheet ${url}`);
        resolve();
      }, { once: true });
    });
    target.appendChild(link);
    byHref.set(url, done);
  }
  return done;
}

// What `mount()` returns: the public handle of a running app.
//
// An embedded app's shell arrives asynchronously (shell.js fetches
// shell.html), so its handle is usable at once and its calls wait for the
// app, in the order they were made.
import { encodeFiles } from "./site.js";

/**
 * @typedef {object} MountHandle
 * @property {Promise<void>} ready the first run is on screen (rejects when Python cannot start)
 * @property {(path: string, content: string | Uint8Array) => void} writeFile write a file of the app, then rerun
 * @property {() => void} rerun rerun with no new input
 * @property {() => void} unmount stop Python and empty the element
 * @property {HTMLElement} element the element the app was mounted on
 * @property {ParentNode} root where the app's DOM is (the element, or its shadow root)
 * @property {any} internals the running pieces, null until they exist (read-only use: tests and devtools)
 */

/**
 * @typedef {object} MountedApp what a handle drives
 * @property {MountHandle} [handle]
 * @property {(files: import("./site.js").AppFiles) => void} updateFiles
 * @property {() => void} rerun
 * @property {() => void} unmount
 */

/**
 * A handle for an app that does not exist yet.
 * @param {Promise<MountedApp>} app
 * @param {import("./shell.js").Scope} scope
 * @returns {MountHandle}
 */
export function deferredHandle(app, scope) {
  /** @type {MountedApp | null} */
  let built = null;
  app.then((a) => { built = a; }, (err) => console.error("wasmlit: could not mount the app", err));
  const ready = app.then((a) => a.handle?.ready);
  ready.catch(() => {});
  return {
    ready, element: scope.host, root: scope.container,
    get internals() { return built; },
    writeFile: (path, content) => {
      const files = encodeFiles({ [path]: content }); // bad content throws now, as it does for a running app
      app.then((a) => a.updateFiles(files));
    },
    rerun: () => { app.then((a) => a.rerun()); },
    unmount: () => { app.then((a) => a.unmount(), () => scope.teardown?.()); },
  };
}

/**
 * The handle of an app that exists, and how it says the first run is done.
 * @param {MountedApp & {scope: import("./shell.js").Scope}} app
 */
export function ownHandle(app) {
  /** @type {PromiseWithResolvers<void>} */
  const { promise: ready, resolve, reject } = Promise.withResolvers();
  ready.catch(() => {});
  /** @type {MountHandle} */
  const handle = {
    ready, element: app.scope.host, root: app.scope.container, internals: app,
    writeFile: (path, content) => app.updateFiles(encodeFiles({ [path]: content })),
    rerun: () => app.rerun(), unmount: () => app.unmount(),
  };
  return { handle, resolve, reject };
}

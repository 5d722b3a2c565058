// Session state across reloads (`wasmlit build --persist-state`): the
// worker sends a state_snapshot after each run, the page keeps it in
// sessionStorage (so a new tab starts empty), and the next boot of the same
// tab and entrypoint carries it back in the boot message.

/**
 * @typedef {{load(): Record<string, any> | null, save(state: Record<string, any> | null): void}} Persistence
 *   `save(null)` forgets the saved state (the session was reset).
 */

/**
 * The app's saved state, or a no-op when persistence is off.
 * @param {{persist_state?: boolean, entrypoint?: string}} config
 * @returns {Persistence}
 */
export function persistence(config) {
  if (!config.persist_state) return { load: () => null, save() {} };
  const key = `wasmlit:state:${location.pathname}:${config.entrypoint || ""}`;
  return {
    load() {
      try {
        const text = sessionStorage.getItem(key);
        return text ? JSON.parse(text) : null;
      } catch {
        return null;
      }
    },
    save(state) {
      try {
        if (state === null) sessionStorage.removeItem(key);
        else sessionStorage.setItem(key, JSON.stringify(state));
      } catch (err) {
        console.warn("wasmlit: could not save session state", err);
      }
    },
  };
}

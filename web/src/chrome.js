// The app chrome around the user's content: the running status widget (with
// Stop), the main menu (Rerun / Clear cache), the clear-cache dialog and the
// r / c hotkeys. Same test ids, roles and names as Streamlit 1.67.
import { h } from "./renderer/dom.js";

/**
 * @param {HTMLElement} toolbar where the status widget and menu live
 * @param {{rerun(): void, clearCache(): void, stop(): void}} actions
 * @param {{keys?: EventTarget, layer?: HTMLElement|ShadowRoot}} [scope] where
 *   hotkeys are heard (the document for a full page, the mount element when
 *   embedded) and where dialogs go (inside the mount, so its styles apply)
 */
export function mountChrome(toolbar, actions, scope = {}) {
  const keys = scope.keys || document;
  const layer = scope.layer || document.body;
  const status = statusWidget(actions.stop);
  const menu = mainMenu(actions, layer);
  toolbar.append(menu.el);
  const unbind = bindHotkeys(menu, keys, layer);
  let showTimer = 0;
  return {
    /**
     * `client.toolbarMode` (config.toml): "viewer" leaves out the developer
     * option (Clear cache), "minimal" the whole menu; "auto" and "developer" show both.
     * @param {string} mode
     */
    setToolbarMode(mode) {
      menu.el.hidden = mode === "minimal";
      menu.setDeveloperOptions(mode !== "viewer" && mode !== "minimal");
    },
    destroy() {
      clearTimeout(showTimer);
      unbind();
      menu.destroy();
    },
    /**
     * Show the status widget while a run is in progress, once it has lasted
     * STATUS_DELAY_MS: a quick rerun then neither flickers the toolbar nor
     * costs DOM writes.
     */
    setRunning(running) {
      if (running) {
        if (!status.isConnected && !showTimer) {
          showTimer = setTimeout(() => { showTimer = 0; toolbar.prepend(status); }, STATUS_DELAY_MS);
        }
        return;
      }
      clearTimeout(showTimer);
      showTimer = 0;
      status.remove();
    },
  };
}

/** How long a run goes before the status widget (Running... / Stop) appears. */
export const STATUS_DELAY_MS = 200;

function statusWidget(stop) {
  const button = h("button", { type: "button", class: "wl-button wl-stop", "data-testid": "stBaseButton-header" }, ["Stop"]);
  button.addEventListener("click", stop);
  return h("div", { class: "stStatusWidget", "data-testid": "stStatusWidget" }, [
    h("div", { role: "img", "aria-label": "Running...", class: "wl-running-icon" }),
    button,
  ]);
}

/** The element an event really started on, across shadow roots. */
const origin = (ev) => (ev.composedPath ? ev.composedPath()[0] : ev.target);

function mainMenu(actions, layer) {
  const button = h("button", {
    type: "button", "aria-label": "Main menu", "aria-haspopup": "menu", "aria-expanded": "false",
    "data-testid": "stMainMenuButton", class: "wl-menu-button",
  }, ["⋮"]);
  const item = (label, shortcut, run) => {
    const el = h("button", { type: "button", role: "menuitem", class: "wl-menuitem", "data-testid": "stMainMenuItem" }, [
      h("span", {}, [label]), h("kbd", { class: "wl-shortcut" }, [shortcut]),
    ]);
    el.addEventListener("click", () => { close(); run(); });
    return el;
  };
  const clearItem = item("Clear cache", "C", () => confirmClearCache(actions.clearCache, layer));
  let developer = true;
  const list = h("div", { role: "menu", "data-testid": "stMainMenuList", class: "wl-menu", "aria-label": "Main menu" }, [
    item("Rerun", "R", actions.rerun),
    clearItem,
  ]);
  const popover = h("div", { "data-testid": "stMainMenuPopover", class: "wl-popover wl-menu-popover", hidden: true }, [list]);
  const el = h("div", { id: "MainMenu", class: "stMainMenu", "data-testid": "stMainMenu" }, [button, popover]);
  const open = () => {
    popover.hidden = false;
    button.setAttribute("aria-expanded", "true");
    /** @type {HTMLElement | null} */ (list.querySelector('[role="menuitem"]'))?.focus();
  };
  const close = () => {
    popover.hidden = true;
    button.setAttribute("aria-expanded", "false");
  };
  button.addEventListener("click", () => (popover.hidden ? open() : close()));
  // Only an open menu closes: a click elsewhere must not touch the DOM.
  const onOutside = (ev) => { if (!popover.hidden && !ev.composedPath().includes(el)) close(); };
  document.addEventListener("mousedown", onOutside);
  list.addEventListener("keydown", (ev) => {
    const items = /** @type {HTMLElement[]} */ ([...list.querySelectorAll('[role="menuitem"]:not([hidden])')]);
    const i = items.indexOf(origin(ev));
    if (ev.key === "Escape") { close(); button.focus(); }
    if (ev.key === "ArrowDown") { ev.preventDefault(); items[(i + 1) % items.length].focus(); }
    if (ev.key === "ArrowUp") { ev.preventDefault(); items[(i - 1 + items.length) % items.length].focus(); }
  });
  return {
    el, close, rerun: actions.rerun,
    clearCache: () => { if (developer) confirmClearCache(actions.clearCache, layer); },
    /** @param {boolean} on */
    setDeveloperOptions(on) {
      developer = on;
      clearItem.hidden = !on;
    },
    destroy: () => document.removeEventListener("mousedown", onOutside),
  };
}

/** Streamlit asks before clearing caches; clearing does not rerun. */
function confirmClearCache(clear, layer) {
  if (layer.querySelector('[data-testid="stClearCacheDialog"]')) return;
  const cancel = h("button", { type: "button", class: "wl-button", "data-testid": "stBaseButton-tertiary" }, ["Cancel"]);
  const ok = h("button", { type: "button", class: "wl-button", "data-kind": "primary", "data-testid": "stBaseButton-primary" }, ["Clear caches"]);
  const titleId = "wl-clear-cache-title";
  const dialog = h("div", { role: "dialog", "aria-modal": "true", "aria-labelledby": titleId, "data-testid": "stDialog", class: "wl-dialog" }, [
    h("div", { "data-testid": "stClearCacheDialog", class: "wl-dialog-body" }, [
      h("h2", { id: titleId }, ["Clear caches"]),
      h("p", {}, ["Are you sure you want to clear the app's function caches and session state?"]),
      h("div", { class: "wl-dialog-actions" }, [cancel, ok]),
    ]),
  ]);
  const backdrop = h("div", { class: "wl-backdrop" }, [dialog]);
  const closeDialog = () => { backdrop.remove(); document.removeEventListener("keydown", onKey, true); };
  const onKey = (ev) => { if (ev.key === "Escape") closeDialog(); };
  cancel.addEventListener("click", closeDialog);
  ok.addEventListener("click", () => { closeDialog(); clear(); });
  document.addEventListener("keydown", onKey, true);
  layer.append(backdrop);
  ok.focus();
}

function isTyping(target) {
  if (!(target instanceof HTMLElement)) return false;
  const tag = target.tagName;
  return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || target.isContentEditable;
}

function bindHotkeys(menu, keys, layer) {
  const onKey = (ev) => {
    if (ev.ctrlKey || ev.metaKey || ev.altKey || ev.repeat || isTyping(origin(ev))) return;
    if (layer.querySelector('[role="dialog"]')) return;
    const key = ev.key.toLowerCase();
    if (key === "r") { ev.preventDefault(); menu.close(); menu.rerun(); }
    if (key === "c") { ev.preventDefault(); menu.close(); menu.clearCache(); }
  };
  keys.addEventListener("keydown", onKey);
  return () => keys.removeEventListener("keydown", onKey);
}

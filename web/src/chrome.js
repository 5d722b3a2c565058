// The app chrome around the user's content: the running status widget (with
// Stop), the main menu (the theme switcher, Rerun / Clear cache, and what dev tools
// add, such as "Download this session as a test"), the clear-cache dialog and the
// r / c hotkeys. Same test ids, roles and names as Streamlit 1.67.
import { h } from "./renderer/dom.js";
import { THEME_CHOICES, readChoice, saveChoice, applyChoice } from "./theme.js";

/**
 * @param {HTMLElement} toolbar where the status widget and menu live
 * @param {{rerun(): void, clearCache(): void, stop(): void, fromSnapshot?: () => boolean}} actions
 *   `fromSnapshot`: did this visit's Python start from a memory snapshot (the About dialog says)
 * @param {{keys?: EventTarget, layer?: HTMLElement|ShadowRoot, themeRoot?: HTMLElement}} [scope] where
 *   hotkeys are heard (the document for a full page, the mount element when
 *   embedded), where dialogs go (inside the mount, so its styles apply) and
 *   the element whose colour scheme the theme switcher sets
 */
export function mountChrome(toolbar, actions, scope = {}) {
  const keys = scope.keys || document;
  const layer = scope.layer || document.body;
  const status = statusWidget(actions.stop);
  const menu = mainMenu(actions, layer, scope.themeRoot || document.documentElement);
  toolbar.append(menu.el);
  const unbind = bindHotkeys(menu, keys, layer);
  let showTimer = 0;
  return {
    /**
     * One more menu item, after the others (dev tools).
     * @param {string} label @param {string} shortcut @param {() => void} run
     */
    addMenuItem(label, shortcut, run) {
      menu.add(label, shortcut, run).classList.add("wl-menuitem-dev");
    },
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
    /** The script's syntax error, in Streamlit's dialog. @param {string} message */
    showCompileError(message) {
      menu.showCompileError(message);
    },
    /** A run started: the script compiles again, and Streamlit closes the dialog. */
    hideCompileError() {
      menu.hideCompileError();
    },
    /** Offer System / Light / Dark (not with a custom theme of one base, as in Streamlit). @param {boolean} shown */
    showThemeSwitcher(shown) {
      menu.showThemeSwitcher(shown);
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

function mainMenu(actions, layer, themeRoot) {
  const button = h("button", {
    type: "button", "aria-label": "Main menu", "aria-haspopup": "menu", "aria-expanded": "false",
    "data-testid": "stMainMenuButton", class: "wl-menu-button",
  });
  /** A menu item; `key` names its test id as Streamlit 1.67's (`stMainMenuItem-rerun`). */
  const item = (label, shortcut, run, key = "") => {
    const el = h("button", { type: "button", role: "menuitem", class: "wl-menuitem", "data-testid": key ? `stMainMenuItem-${key}` : "stMainMenuItem" }, [
      h("span", { "data-testid": "stMainMenuItemLabel" }, [label]), ...(shortcut ? [h("kbd", { class: "wl-shortcut" }, [shortcut])] : []),
    ]);
    el.addEventListener("click", () => { close(); run(); });
    return el;
  };
  const switcher = themeSwitcher(themeRoot);
  const clearItem = item("Clear cache", "C", () => confirmClearCache(actions.clearCache, layer), "clearCache");
  let developer = true;
  const list = h("div", { role: "menu", "data-testid": "stMainMenuList", class: "wl-menu", "aria-label": "Main menu" }, [
    switcher.group, switcher.divider,
    item("Rerun", "R", actions.rerun, "rerun"),
    item("About", "", () => showAbout(layer, actions.fromSnapshot?.() === true), "about"),
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
    const items = /** @type {HTMLElement[]} */ ([...list.querySelectorAll('[role^="menuitem"]')].filter((el) => !el.closest("[hidden]")));
    const i = items.indexOf(origin(ev));
    if (ev.key === "Escape") { close(); button.focus(); }
    if (ev.key === "ArrowDown") { ev.preventDefault(); items[(i + 1) % items.length].focus(); }
    if (ev.key === "ArrowUp") { ev.preventDefault(); items[(i - 1 + items.length) % items.length].focus(); }
  });
  return {
    el, close, rerun: actions.rerun,
    clearCache: () => { if (developer) confirmClearCache(actions.clearCache, layer); },
    showThemeSwitcher: switcher.show,
    /** @param {string} message */
    showCompileError: (message) => showCompileError(layer, message),
    hideCompileError: () => layer.querySelector('[data-testid="stScriptCompileErrorDialog"]')?.remove(),
    add: (label, shortcut, run) => list.appendChild(item(label, shortcut, run)),
    /** @param {boolean} on */
    setDeveloperOptions(on) {
      developer = on;
      clearItem.hidden = !on;
    },
    destroy: () => document.removeEventListener("mousedown", onOutside),
  };
}

/**
 * Streamlit 1.67's theme switcher: a group of three menuitemradio buttons at the
 * top of the main menu. Picking one applies it at once and keeps the menu open.
 * @param {HTMLElement} root the element whose colour scheme it sets
 */
function themeSwitcher(root) {
  let current = readChoice();
  applyChoice(root, current);
  const buttons = THEME_CHOICES.map((choice) => {
    const el = h("button", {
      type: "button", role: "menuitemradio", "aria-checked": String(choice === current),
      "data-testid": `stMainMenuItem-theme-${choice}`, class: "wl-menuitem",
    }, [choice]);
    el.addEventListener("click", () => {
      current = choice;
      saveChoice(choice);
      applyChoice(root, choice);
      for (const b of buttons) b.setAttribute("aria-checked", String(b === el));
    });
    return el;
  });
  const group = h("div", { role: "group", "aria-label": "Theme", "data-testid": "stThemeSwitcher", class: "wl-theme-switcher" }, buttons);
  const divider = h("div", { role: "separator", "aria-hidden": "true", "data-testid": "stMainMenuDivider", class: "wl-menu-divider" });
  return {
    group, divider,
    /** @param {boolean} shown */
    show(shown) {
      group.hidden = !shown;
      divider.hidden = !shown;
      if (!shown) applyChoice(root, "System");
    },
  };
}

/**
 * What Streamlit 1.67's clear-cache dialog says, as its markdown renders it
 * (line breaks keep their newline, so the text reads as in Streamlit).
 */
function clearCacheText() {
  return h("div", { "data-testid": "stMarkdownContainer" }, [h("p", {}, [
    h("strong", {}, ["Are you sure you want to clear the app's function caches?"]), h("br"),
    "\nThis will remove all cached entries from functions using", h("br"),
    "\n", h("code", {}, ["@st.cache_data"]), " and ", h("code", {}, ["@st.cache_resource"]), ".",
  ])]);
}

let dialogSeq = 0;

/** An × drawn as SVG: the dialog's text stays Streamlit's (its close button has no text). */
function closeIcon() {
  const ns = "http://www.w3.org/2000/svg";
  const svg = document.createElementNS(ns, "svg");
  for (const [k, v] of Object.entries({ viewBox: "0 0 24 24", width: "20", height: "20", fill: "none", stroke: "currentColor", "stroke-width": "2", "stroke-linecap": "round", "aria-hidden": "true" })) svg.setAttribute(k, v);
  const path = document.createElementNS(ns, "path");
  path.setAttribute("d", "M6 6l12 12M18 6L6 18");
  svg.append(path);
  return svg;
}

/**
 * One of the page's own modals (Streamlit's baseweb Modal): `stDialog` > section[role=dialog]
 * with a close button, a title, a body and optional actions, inside an `owner` element named by
 * `ownerTestId`. Escape, the close button and a press outside close it.
 * @param {HTMLElement | ShadowRoot} layer
 * @param {{title: string, body: Node[], actions?: HTMLElement[], ownerTestId: string, backdropClass?: string}} spec
 * @returns {{dialog: HTMLElement, close: () => void}}
 */
function openModal(layer, { title, body, actions = [], ownerTestId, backdropClass = "" }) {
  layer.querySelector(`[data-testid="${ownerTestId}"]`)?.remove();
  const closeButton = h("button", { type: "button", class: "wl-dialog-close", "aria-label": "Close" }, [closeIcon()]);
  dialogSeq += 1;
  const titleId = `wl-dialog-title-${dialogSeq}`;
  const dialog = h("section", { role: "dialog", "aria-modal": "true", "aria-labelledby": titleId, tabindex: "-1", class: "wl-dialog" }, [
    closeButton,
    h("h2", { id: titleId }, [title]),
    h("div", { class: "wl-dialog-body" }, body),
    actions.length ? h("div", { class: "wl-dialog-actions" }, actions.map((a) => h("span", {}, [a]))) : null,
  ]);
  const backdrop = h("div", { "data-testid": "stDialog", class: `wl-backdrop ${backdropClass}`.trim() }, [dialog]);
  const owner = h("div", { "data-testid": ownerTestId }, [backdrop]);
  const close = () => { owner.remove(); document.removeEventListener("keydown", onKey, true); };
  const onKey = (ev) => { if (ev.key === "Escape") close(); };
  closeButton.addEventListener("click", close);
  backdrop.addEventListener("mousedown", (ev) => { if (ev.target === backdrop) close(); });
  document.addEventListener("keydown", onKey, true);
  layer.append(owner);
  return { dialog, close };
}

/** A secondary or ghost button of a modal. @param {string} text @param {"secondary" | "ghost"} kind */
const modalButton = (text, kind) => h("button", { type: "button", class: "wl-button", "data-kind": kind, "data-testid": `stBaseButton-${kind}` }, [text]);

/**
 * Streamlit asks before clearing caches; clearing does not rerun. Its modal: title, text,
 * Cancel / Clear caches, with the focus on Cancel; `stClearCacheDialog` owns it.
 */
function confirmClearCache(clear, layer) {
  if (layer.querySelector('[data-testid="stClearCacheDialog"]')) return;
  const cancel = modalButton("Cancel", "ghost");
  const ok = modalButton("Clear caches", "secondary");
  const { close } = openModal(layer, { title: "Clear caches", body: [clearCacheText()], actions: [cancel, ok], ownerTestId: "stClearCacheDialog" });
  cancel.addEventListener("click", close);
  ok.addEventListener("click", () => { close(); clear(); });
  cancel.focus();
}

/**
 * Streamlit's About ("Made with"), with what wasmlit adds: how this visit's
 * Python started (from a memory snapshot made in this browser, or normally).
 * @param {HTMLElement | ShadowRoot} layer @param {boolean} fromSnapshot
 */
function showAbout(layer, fromSnapshot) {
  const boot = fromSnapshot ? "This visit started Python from a memory snapshot made in this browser."
    : "This visit started Python normally (no memory snapshot).";
  const { dialog } = openModal(layer, {
    title: "Made with", ownerTestId: "wlAboutDialog", backdropClass: "wl-about",
    body: [
      h("p", {}, ["wasmlit: Streamlit 1.67 apps in the browser, on Pyodide"]),
      h("p", { "data-testid": "wlBootInfo", "data-snapshot": String(fromSnapshot) }, [boot]),
    ],
  });
  dialog.focus();
}

/**
 * The script does not compile: Streamlit 1.67's "Script execution error" modal, the error as
 * Python reports it in a code block, and Close. The page keeps what it showed.
 * @param {HTMLElement | ShadowRoot} layer @param {string} message
 */
function showCompileError(layer, message) {
  const ok = modalButton("Close", "secondary");
  const { dialog, close } = openModal(layer, {
    title: "Script execution error", ownerTestId: "stScriptCompileErrorDialog",
    body: [h("div", { class: "stCode wl-compile-error", "data-testid": "stCode" }, [h("pre", {}, [h("code", {}, [message || "No message"])])])],
    actions: [ok],
  });
  ok.addEventListener("click", close);
  dialog.focus();
}

/** The focused element, looking into shadow roots. */
function deepActiveElement() {
  let el = document.activeElement;
  while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

/** Is the user typing into `target` (an input, a text area, a select, or editable content)? */
function isTyping(target) {
  if (!(target instanceof HTMLElement)) return false;
  const tag = target.tagName;
  return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || target.isContentEditable
    || !!target.closest('[contenteditable]:not([contenteditable="false"])');
}

function bindHotkeys(menu, keys, layer) {
  const onKey = (ev) => {
    // Neither where the key landed nor where the focus is may be a field: a
    // key typed into an input must never rerun the app or clear its caches.
    if (ev.ctrlKey || ev.metaKey || ev.altKey || ev.repeat || isTyping(origin(ev)) || isTyping(deepActiveElement())) return;
    if (layer.querySelector('[role="dialog"]')) return;
    const key = ev.key.toLowerCase();
    if (key === "r") { ev.preventDefault(); menu.close(); menu.rerun(); }
    if (key === "c") { ev.preventDefault(); menu.close(); menu.clearCache(); }
  };
  keys.addEventListener("keydown", onKey);
  return () => keys.removeEventListener("keydown", onKey);
}

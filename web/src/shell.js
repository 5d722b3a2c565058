// Where an app lives on the page: its shell DOM (stApp, header, sidebar,
// main block, loading note) and the nodes the chrome listens on.
//
// The shell's DOM is written once, in shell.html. The site builder puts it
// into index.html (the `{{SHELL}}` placeholder, with the prerendered first
// screen in its own placeholders); an embedded app fetches it here, into an
// open shadow root of its own with the stylesheet, so the host page's CSS and
// the app's (and a second app's) never meet. Test ids, roles and labels are
// the same either way, and Playwright locators pierce open shadow roots.
import { h } from "./renderer/dom.js";

/**
 * @typedef {object} Scope
 * @property {ParentNode} container holds the shell (`[data-testid=stApp]` and the rest)
 * @property {EventTarget} keys where hotkeys are heard
 * @property {HTMLElement | ShadowRoot} layer where dialogs go (inside the app, so its styles apply)
 * @property {HTMLElement} host the element the app was mounted on
 * @property {() => void} [teardown] empties what the scope added
 */

/**
 * @typedef {object} ShellParts the elements of shell.html the app's pieces work with
 * @property {HTMLElement} app `stApp`: mirrors the lifecycle (data-test-*)
 * @property {HTMLElement} toolbar `stToolbar`: the status widget and main menu
 * @property {HTMLElement} view `stAppViewContainer`: the layout
 * @property {HTMLElement} sidebar `stSidebar`: hidden while empty
 * @property {HTMLElement} main the main vertical block (root "0")
 * @property {HTMLElement} sidebarBlock the sidebar's vertical block (root "1")
 * @property {HTMLElement} toasts `stToastContainer`: the EVENT root (toasts, root "2")
 * @property {HTMLElement} bottom `stBottom`: hidden while empty
 * @property {HTMLElement} bottomBlock the bottom's vertical block (root "3": st.bottom, a top-level chat input)
 * @property {HTMLElement} sidebarNav where the sidebar's page navigation goes (`stSidebarNav`)
 * @property {HTMLElement} topNav where the header's page navigation goes (`position="top"`)
 * @property {HTMLElement} loading `wlLoading`: the loading note
 * @property {HTMLElement} errorBox `wlWorkerError`
 * @property {HTMLElement} notice `wlSessionReset`
 */

/**
 * The named parts of the shell in `container`.
 * @param {ParentNode} container
 * @returns {ShellParts}
 */
export function shellParts(container) {
  const q = (/** @type {string} */ sel) => /** @type {HTMLElement} */ (container.querySelector(sel));
  return {
    app: q('[data-testid="stApp"]'),
    toolbar: q('[data-testid="stToolbar"]'),
    view: q('[data-testid="stAppViewContainer"]'),
    sidebar: q('[data-testid="stSidebar"]'),
    main: q('[data-testid="stMainBlockContainer"] > [data-testid="stVerticalBlock"]'),
    sidebarBlock: q('[data-testid="stSidebarUserContent"] > [data-testid="stVerticalBlock"]'),
    toasts: q('[data-testid="stToastContainer"]'),
    bottom: q('[data-testid="stBottom"]'),
    bottomBlock: q('[data-testid="stBottomBlockContainer"] > [data-testid="stVerticalBlock"]'),
    sidebarNav: q('[data-testid="wlSidebarNavHost"]'),
    topNav: q('[data-testid="wlTopNav"]'),
    loading: q('[data-testid="wlLoading"]'),
    errorBox: q('[data-testid="wlWorkerError"]'),
    notice: q('[data-testid="wlSessionReset"]'),
  };
}

/** What shell.html's placeholders hold in an embedded app: no prerender, the default layout. */
const EMBEDDED_FIELDS = {
  LAYOUT: "narrow", SIDEBAR_STATE: "auto", SIDEBAR_HIDDEN: " hidden", BOTTOM_HIDDEN: " hidden", TOPNAV_HIDDEN: " hidden", SIDENAV_HIDDEN: " hidden",
};

/** Rules that make the page stylesheet work inside a shadow root. */
const SHADOW_EXTRA = `
:host { display: block; position: relative; }
.stHeader { position: relative; }
.stAppViewContainer { min-height: 0; }
.stSidebar { position: relative; height: auto; }
.stMainBlockContainer { padding-top: 1rem; padding-bottom: 2rem; }
`;

/**
 * The site's own page: the shell is already in `element` (index.html).
 * @param {HTMLElement} element
 * @returns {Scope}
 */
export function pageScope(element) {
  return { container: element, keys: document, layer: document.body, host: element };
}

/**
 * An open shadow root on `element` with the stylesheet and the shell.
 * @param {HTMLElement} element
 * @returns {{scope: Scope, ready: Promise<Scope>}} `ready` once the shell is in
 */
export function shadowScope(element) {
  const root = element.shadowRoot || element.attachShadow({ mode: "open" });
  const style = h("style");
  const shell = h("div", { class: "wl-mount" });
  root.replaceChildren(style, shell);
  addFonts(new URL("./fonts.css", import.meta.url));
  fetchText(new URL("./style.css", import.meta.url)).then((text) => {
    style.textContent = text.replace(/:root\b/g, ":host").replace(/\bhtml,\s*body\b/g, ":host") + SHADOW_EXTRA;
  }, (err) => console.warn("wasmlit: could not load the stylesheet", err));
  /** @type {Scope} */
  const scope = { container: root, keys: element, layer: shell, host: element, teardown: () => root.replaceChildren() };
  const ready = fetchText(new URL("./shell.html", import.meta.url)).then((text) => {
    // shell.html is the site's own file: no data from the app goes into it.
    shell.innerHTML = text.replace(/\{\{([A-Z_]+)\}\}/g, (_, name) => EMBEDDED_FIELDS[name] ?? "");
    return scope;
  });
  return { scope, ready };
}

/**
 * The fonts' stylesheet, once, in the host document: @font-face rules do not apply
 * inside a shadow root, and fonts the document loads are seen by its shadow roots.
 * @param {URL} url
 */
function addFonts(url) {
  if (document.querySelector(`link[data-wl-fonts]`)) return;
  document.head.append(h("link", { rel: "stylesheet", href: url.href, "data-wl-fonts": "" }));
}

/** @param {URL} url */
async function fetchText(url) {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`Could not load ${url}: HTTP ${res.status}`);
  return res.text();
}

// Build-time half of the prerender: the site's own renderer draws the first
// run's ops into a jsdom document, and the HTML goes into index.html, so the
// browser paints the first screen before any JavaScript runs.
//
//   node static_html.mjs job.json   ->  stdout: {"main": html, "sidebar": html, "sidebar_empty": bool, "bottom": html}
//
// job.json: {"node_modules": web/node_modules, "renderer": built renderer/index.js,
// "protocol": built protocol.js, "ops": [...], "navigation": NavigationMsg fields or
// null, "navigation_module": built navigation.js}. The DOM is what prerender.js
// `hydrate()` leaves, plus, for the page before its modules load:
// `data-wl-id` (node id) on every element container, so a click on a button
// can be replayed at hydration, and what is typed into a text input or area is
// carried over; other form controls are readonly/disabled, so nothing typed
// before hydration is lost (Playwright waits for them too).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const job = JSON.parse(readFileSync(process.argv[2], "utf-8"));
const require = createRequire(join(job.node_modules, "package.json"));
const { JSDOM } = require("jsdom");

const dom = new JSDOM(`<!doctype html><html><body>
<section data-testid="stSidebar"><div data-testid="stVerticalBlock"></div></section>
<section data-testid="stMain"><div data-testid="stVerticalBlock"></div></section>
<div data-testid="stBottom"><div data-testid="stVerticalBlock"></div></div>
<div data-testid="stEvent"><div data-testid="stVerticalBlock"></div></div></body></html>`);
// The renderer and DOMPurify read browser globals (document, Node, ...) at import and call time.
for (const name of Object.getOwnPropertyNames(dom.window)) {
  if (!(name in globalThis)) {
    try { globalThis[name] = dom.window[name]; } catch { /* read-only */ }
  }
}
globalThis.window = dom.window;
globalThis.document = dom.window.document;
// No frames at build time: what a view measures in one (a slider's value
// bubble) is measured again by the page once it hydrates.
globalThis.requestAnimationFrame = () => 0;
globalThis.cancelAnimationFrame = () => {};

const { Renderer, loadViews } = await import(pathToFileURL(job.renderer).href);
const { ACTIONABLE_TYPES, EARLY_TYPED_TYPES, MAIN_ROOT, SIDEBAR_ROOT, EVENT_ROOT, BOTTOM_ROOT } = await import(pathToFileURL(job.protocol).href);
const WIDGETS = new Set(ACTIONABLE_TYPES);
const TYPED = new Set(EARLY_TYPED_TYPES);
const TEXT_INPUTS = new Set(["text", "search", "email", "url", "tel", "password", "number", "date", "time", ""]);

// Services the widget views call: nothing happens at build time.
const noop = () => undefined;
const forms = new Proxy({}, { get: () => () => false });
const ctx = new Proxy({ forms }, { get: (t, k) => (k in t ? t[k] : noop) });

const doc = dom.window.document;
const main = doc.querySelector('[data-testid="stMain"] [data-testid="stVerticalBlock"]');
const sidebar = doc.querySelector('[data-testid="stSidebar"] [data-testid="stVerticalBlock"]');
const bottom = doc.querySelector('[data-testid="stBottom"] [data-testid="stVerticalBlock"]');
// Toasts are not part of a first screen: drawn into a block that is thrown away.
const events = doc.querySelector('[data-testid="stEvent"] [data-testid="stVerticalBlock"]');
let sidebarEmpty = true;
const renderer = new Renderer({ [MAIN_ROOT]: main, [SIDEBAR_ROOT]: sidebar, [BOTTOM_ROOT]: bottom, [EVENT_ROOT]: events }, ctx, (rootId, empty) => {
  if (rootId === SIDEBAR_ROOT) sidebarEmpty = empty;
});
// The first screen is drawn whole: the views that load on first use load now.
await loadViews(job.ops);
renderer.runStarted(0);
renderer.applyDeltas({ run_id: 0, ops: job.ops });
renderer.runFinished({});

for (const { node, el: outer } of renderer.nodes()) {
  outer.setAttribute("data-wl-id", node.id);
  if (!WIDGETS.has(node.type)) continue;
  outer.setAttribute("data-wl-pending", "true");
  for (const el of outer.querySelectorAll("input, textarea, select, button")) {
    if (el.tagName === "BUTTON" && node.type === "button") continue; // clicks are replayed
    if (TYPED.has(node.type) && el.tagName !== "BUTTON") continue; // so is what is typed here
    const typing = el.tagName === "TEXTAREA" || (el.tagName === "INPUT" && TEXT_INPUTS.has(el.getAttribute("type") || ""));
    el.setAttribute(typing ? "readonly" : "disabled", "");
    el.setAttribute("data-wl-static-lock", "");
  }
  // A date or time field's parts (spinbuttons) take no typing before the page is live either.
  for (const el of outer.querySelectorAll("[contenteditable]")) {
    el.setAttribute("contenteditable", "false");
    el.setAttribute("data-wl-static-lock", "");
  }
}

// The page menu of a multipage app, drawn by the page's own navigation.js.
let nav = "";
let navPosition = "hidden";
if (job.navigation && job.navigation_module) {
  const { sidebarMenu, topMenu, menuPosition } = await import(pathToFileURL(job.navigation_module).href);
  navPosition = menuPosition(job.navigation);
  const holder = doc.createElement("div");
  if (navPosition === "sidebar") holder.append(sidebarMenu(job.navigation, !sidebarEmpty, false));
  else if (navPosition === "top") holder.append(...topMenu(job.navigation));
  nav = holder.innerHTML;
}

// Exit once the text is written: stdout is a pipe, and exiting at once cut a long first screen at 64 KiB.
// (Exit at all: timers the views started would keep jsdom's event loop alive.)
process.stdout.write(JSON.stringify({
  main: main.innerHTML, sidebar: sidebar.innerHTML, sidebar_empty: sidebarEmpty, bottom: bottom.innerHTML, nav, nav_position: navPosition,
}), () => process.exit(0));

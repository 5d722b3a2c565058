// Replays sequences of runs through the real renderer in jsdom and checks,
// after every run, that the DOM shows exactly the run's tree.
//
//   node renderer_replay.mjs job.json  ->  stdout: {"runs": n, "failures": [...], "redraws": n}
//
// job.json: {"node_modules": web/node_modules, "assets": a built assets/ folder,
//            "sequences": [[{"ops": [...], "expected": [...]}, ...], ...],
//            "flaky": true|false}
// `expected` is the page as nested [type, text, children?] lists; the DOM is
// read back into the same shape from its test ids alone. With `flaky`, a view
// type "flaky" is registered that throws while its props say `boom`.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const job = JSON.parse(readFileSync(process.argv[2], "utf-8"));
const require = createRequire(join(job.node_modules, "package.json"));
const { JSDOM } = require("jsdom");
const dom = new JSDOM("<!doctype html><html><body><div id=main></div><div id=side></div></body></html>");
for (const name of Object.getOwnPropertyNames(dom.window)) {
  if (!(name in globalThis)) {
    try { globalThis[name] = dom.window[name]; } catch { /* read-only */ }
  }
}
globalThis.window = dom.window;
globalThis.document = dom.window.document;
globalThis.requestAnimationFrame = (fn) => setTimeout(fn, 0);

const asset = (rel) => pathToFileURL(join(job.assets, rel)).href;
const { Renderer } = await import(asset("renderer/index.js"));
const { VIEWS, loadViews } = await import(asset("renderer/views.js"));
// The families drawn on first use (views.js ON_FIRST_USE) load up front, as
// they do for a page's first screen: the replay compares each run at once.
const types = new Set();
JSON.stringify(job.sequences, (key, value) => (key === "type" && typeof value === "string" && types.add(value), value));
await loadViews([...types].map((type) => ({ node: { type } })));
const { Forms } = await import(asset("forms.js"));

if (job.flaky) {
  VIEWS.flaky = () => {
    const el = document.createElement("div");
    el.setAttribute("data-testid", "stText");
    return {
      el,
      update(node) {
        if (node.props.boom) throw new Error("boom");
        el.textContent = String(node.props.body);
      },
    };
  };
}

const errors = [];
console.error = (...args) => errors.push(args.map(String).join(" "));
console.warn = () => {};

/** The DOM under a block's host, as [type, text, children] lists (test ids only). */
function readHost(host) {
  return [...host.children].map(readChild);
}
const only = (el, selector) => el.querySelector(`:scope > ${selector}`);
function readChild(el) {
  const tid = el.getAttribute("data-testid");
  if (tid === "stElementContainer") return readLeaf(el.firstElementChild);
  if (tid === "stLayoutWrapper") {
    if (el.classList.contains("wl-render-error") || only(el, ".wl-render-error")) {
      return ["broken", "", readHost(only(el, '[data-testid="stVerticalBlock"]'))];
    }
    const inner = el.firstElementChild;
    const kind = inner.getAttribute("data-testid") === "stHorizontalBlock" ? "horizontal_block" : "vertical_block";
    return [kind, "", readHost(inner)];
  }
  if (tid === "stColumn") return ["column", "", readHost(only(el, '[data-testid="stVerticalBlock"]'))];
  if (tid === "stExpander") {
    const label = el.querySelector("summary [data-testid=stMarkdownContainer]").textContent;
    return ["expander", label, readHost(el.querySelector(":scope > details > [data-testid=stExpanderDetails] > [data-testid=stVerticalBlock]"))];
  }
  if (tid === "stTabs") return ["tabs", "", readHost(only(el, ".wl-tabpanels"))];
  if (tid === "stTabPanel") return ["tab", el.getAttribute("aria-label") || "", readHost(only(el, '[data-testid="stVerticalBlock"]'))];
  if (tid === "stForm") return ["form", "", readHost(only(el, '[data-testid="stVerticalBlock"]'))];
  return [`?${tid}`, el.outerHTML.slice(0, 80)];
}
function readLeaf(v) {
  const tid = v.getAttribute("data-testid");
  if (v.classList.contains("wl-render-error")) return ["broken", ""];
  const text = (/** @type {Element | null} */ el) => (el?.textContent ?? "").trim();
  if (tid === "stMarkdown") return ["markdown", text(v)];
  if (tid === "stText") return ["text", text(v)];
  if (tid === "stCode") return ["code", text(v.querySelector("code"))];
  if (tid === "stAlert") return ["alert", text(v)];
  if (tid === "stButton") return ["button", text(v.querySelector("button"))];
  return [`?${tid}`, v.outerHTML.slice(0, 80)];
}

const noop = () => undefined;
const forms = new Forms();
const ctx = new Proxy({ forms, holds: () => false }, { get: (t, k) => (k in t ? t[k] : noop) });

const failures = [];
let runs = 0;
let redraws = 0;
const timing = { apply: 0, read: 0 };
for (const [s, sequence] of job.sequences.entries()) {
  const main = document.createElement("div");
  const side = document.createElement("div");
  document.body.replaceChildren(main, side);
  const renderer = new Renderer({ 0: main, 1: side }, ctx);
  for (const [r, run] of sequence.entries()) {
    runs += 1;
    const t0 = performance.now();
    renderer.runStarted(r);
    renderer.applyDeltas({ run_id: r, ops: run.ops });
    renderer.runFinished();
    const t1 = performance.now();
    const got = readHost(main);
    timing.apply += t1 - t0;
    timing.read += performance.now() - t1;
    if (JSON.stringify(got) !== JSON.stringify(run.expected)) {
      failures.push({ sequence: s, run: r, expected: run.expected, got, errors: errors.slice(-3) });
      break;
    }
  }
  redraws += renderer.redraws;
  if (failures.length >= 3) break;
}
process.stdout.write(JSON.stringify({ runs, failures, redraws, errors: errors.slice(0, 5), timing }));
process.exit(0);

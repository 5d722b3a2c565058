// The built site an app runs from: its config (index.html's #wasmlit-config)
// and the app's files, as the boot and update_files messages carry them
// (text, or {base64} for bytes).
import { toBase64 } from "./renderer/dom.js";

/**
 * @typedef {Record<string, string | {base64: string}>} AppFiles path -> content
 * @typedef {{entrypoint: string, files: string[] | AppFiles, app_base: string, pyodide_base: string,
 *            runtime: string, runtime_lazy?: string | null, lock_url?: string | null, packages?: string[], micropip?: string[],
 *            persist_state?: boolean, prerender?: boolean, dev_events?: string | null,
 *            service_worker?: string | null, worker?: string | null, modules?: string[],
 *            theme?: import("./theme.js").CustomTheme | null,
 *            dev_tools?: import("./dev_tools.js").DevToolsConfig | null,
 *            client_options?: Record<string, any>, pages?: string[], snapshot?: string | null}} SiteConfig
 *   `files` lists the paths under `app_base` (a built site) or holds the files (an embedded app).
 * @typedef {{entrypoint?: string, files: Record<string, string|Uint8Array|{base64: string}>,
 *            requirements?: string[], site?: string, persistState?: boolean}} MountOptions
 *   what `mount()` takes: `files`: path -> content of every file of the app;
 *   `requirements`: packages to install (from the site's lock, else micropip);
 *   `site`: URL of a built wasmlit site folder (default: the one mount.js was loaded from).
 */

/**
 * The config of the built site at `base` (its index.html's #wasmlit-config), URLs resolved.
 * @param {URL} base
 * @returns {Promise<SiteConfig>}
 */
export async function siteConfig(base) {
  const res = await fetch(new URL("index.html", base));
  if (!res.ok) throw new Error(`Could not read the wasmlit site at ${base}: HTTP ${res.status}`);
  const doc = new DOMParser().parseFromString(await res.text(), "text/html");
  const raw = JSON.parse(doc.getElementById("wasmlit-config")?.textContent || "null");
  if (!raw) throw new Error(`${base}index.html is not a wasmlit site (it has no #wasmlit-config)`);
  return resolveConfig(raw, base);
}

/**
 * The config of an embedded app: the site's, with the app's own files and requirements.
 * @param {MountOptions} options
 * @param {URL} moduleBase the site folder mount.js was loaded from
 * @returns {Promise<SiteConfig>}
 */
export async function embeddedConfig(options, moduleBase) {
  const site = await siteConfig(new URL(options.site || moduleBase.href, document.baseURI));
  return {
    ...site, entrypoint: options.entrypoint || "app.py", files: encodeFiles(options.files || {}),
    micropip: [...(site.micropip || []), ...(options.requirements || [])],
    persist_state: !!options.persistState, prerender: false, dev_events: null, dev_tools: null,
  };
}

/**
 * Make a config's relative URLs absolute against `base`.
 * @param {any} raw @param {string | URL} base
 * @returns {SiteConfig}
 */
export function resolveConfig(raw, base) {
  const abs = (rel) => (rel ? new URL(rel, base).href : rel);
  return {
    ...raw,
    app_base: abs(raw.app_base || "app/"),
    pyodide_base: abs(raw.pyodide_base),
    runtime: abs(raw.runtime),
    runtime_lazy: abs(raw.runtime_lazy),
    lock_url: abs(raw.lock_url),
    dev_tools: raw.dev_tools ? { ...raw.dev_tools, module: abs(raw.dev_tools.module) } : null,
  };
}

/**
 * Files as the protocol carries them: text, or {base64}.
 * @param {Record<string, string | Uint8Array | ArrayBuffer | {base64: string}>} files
 * @returns {AppFiles}
 */
export function encodeFiles(files) {
  /** @type {AppFiles} */
  const out = {};
  for (const [path, content] of Object.entries(files)) {
    if (typeof content === "string" || (content && "base64" in content && typeof content.base64 === "string")) out[path] = content;
    else if (content instanceof Uint8Array || content instanceof ArrayBuffer) out[path] = { base64: toBase64(content) };
    else throw new TypeError(`Expected the content of ${path} to be a string or bytes, but got ${typeof content}`);
  }
  return out;
}

/**
 * The app's files: fetched from the site when its config lists their paths
 * (text when it decodes as UTF-8, else {base64}), or as the config holds them.
 * @param {SiteConfig} config
 * @returns {Promise<AppFiles>}
 */
export async function appFiles(config) {
  if (!Array.isArray(config.files)) return config.files;
  const entries = await Promise.all(config.files.map(async (path) => {
    const res = await fetch(new URL(encodePath(path), config.app_base));
    if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
    const buf = await res.arrayBuffer();
    try {
      return [path, new TextDecoder("utf-8", { fatal: true }).decode(buf)];
    } catch {
      return [path, { base64: toBase64(buf) }];
    }
  }));
  return Object.fromEntries(entries);
}

/**
 * Dev server hot reload: the server pushes changed files as SSE `files` events.
 * @param {string} endpoint
 * @param {(files: AppFiles) => void} onFiles
 * @returns {() => void} stops listening
 */
export function watchFiles(endpoint, onFiles) {
  const events = new EventSource(endpoint);
  events.addEventListener("files", (ev) => {
    try {
      onFiles(JSON.parse(ev.data));
    } catch (err) {
      console.error("wasmlit: bad file update", err);
    }
  });
  return () => events.close();
}

/** @param {string} path */
function encodePath(path) {
  return path.split("/").map(encodeURIComponent).join("/");
}

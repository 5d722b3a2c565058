// Custom components.
// v1 (components.v1.declare_component): the component's own page in a
// sandboxed iframe, speaking Streamlit's component message protocol: it says
// `streamlit:componentReady`, gets `streamlit:render` with its args, and sends
// `streamlit:setComponentValue` (the widget's value) and
// `streamlit:setFrameHeight`.
// v2 (components.v2.component): the app's HTML, CSS and JS mounted in the
// page (in a shadow root with isolate_styles), given {parentElement, data,
// key, name, setStateValue, setTriggerValue}; trusted code, as in Streamlit.
import { h, setAttr } from "../dom.js";
import { safeUrl } from "../safe_url.js";
import { widgetView } from "../widget_view.js";
import { applyComponentTheme } from "../component_theme.js";
import { watchTheme } from "../chart_frame.js";

/** The theme a v1 component is rendered with (streamlit-component-lib's fields). */
function theme() {
  const css = getComputedStyle(document.documentElement);
  const pick = (/** @type {string} */ name, /** @type {string} */ fallback) => css.getPropertyValue(name).trim() || fallback;
  const dark = window.matchMedia?.("(prefers-color-scheme: dark)").matches;
  return {
    base: dark ? "dark" : "light", primaryColor: pick("--primary", "#ff4b4b"), backgroundColor: pick("--bg", "#ffffff"),
    secondaryBackgroundColor: pick("--bg2", "#f0f2f6"), textColor: pick("--fg", "#31333f"), font: pick("--font", "sans-serif"),
  };
}

/** @type {import("../index.js").ViewFactory} */
function componentInstance(node, ctx) {
  const frame = h("iframe", {
    class: "stCustomComponentV1 wl-component-frame", "data-testid": "stCustomComponentV1",
    sandbox: "allow-forms allow-modals allow-popups allow-popups-to-escape-sandbox allow-same-origin allow-scripts allow-downloads",
    allow: "clipboard-read; clipboard-write; microphone; camera",
  });
  let ready = false;
  /** @type {string | null} */
  let lastArgs = null;
  const render = () => {
    if (!ready || !frame.contentWindow) return;
    const p = view.node.props;
    frame.contentWindow.postMessage({ type: "streamlit:render", args: p.args || {}, dfs: [], disabled: !!p.disabled, theme: theme() }, "*");
  };
  const onMessage = (/** @type {MessageEvent} */ ev) => {
    if (ev.source !== frame.contentWindow) return;
    const data = ev.data || {};
    if (!data.isStreamlitMessage && !String(data.type || "").startsWith("streamlit:")) return;
    if (data.type === "streamlit:componentReady") { ready = true; render(); }
    else if (data.type === "streamlit:setComponentValue") ctx.commit(view.node, data.value === undefined ? null : data.value);
    else if (data.type === "streamlit:setFrameHeight" && Number(data.height) >= 0) frame.style.height = `${Number(data.height)}px`;
  };
  window.addEventListener("message", onMessage);
  const view = widgetView(node, ctx, {
    testid: "wlCustomComponent", className: "wl-component", body: [frame], label: null, helpOn: null,
    update({ props }) {
      const url = safeUrl(props.url) || (String(props.url || "").startsWith("app/") ? String(props.url) : null);
      if (url && frame.getAttribute("src") !== url) { ready = false; setAttr(frame, "src", url); }
      setAttr(frame, "title", props.component_name || "component");
      setAttr(frame, "tabindex", props.tab_index === null || props.tab_index === undefined ? null : String(props.tab_index));
      const args = JSON.stringify([props.args, props.disabled]);
      if (args !== lastArgs) { lastArgs = args; render(); }
    },
    destroy() { window.removeEventListener("message", onMessage); },
  });
  return view;
}

/** @type {import("../index.js").ViewFactory} */
function bidiComponent(node, ctx) {
  const mountPoint = h("div", { class: "wl-bidi-root" });
  /** @type {Record<string, any>} */
  let state = {};
  /** @type {string | null} */
  let mounted = null;
  /** @type {(() => void) | null} */
  let cleanup = null;
  /** @type {HTMLElement | ShadowRoot} */
  let root = mountPoint;
  // Streamlit's --st-* theme variables on the host, once it is in the page (after this
  // update's synchronous insertion, before the component's JS module has loaded), and
  // again whenever the page's theme changes.
  const stopTheme = watchTheme(mountPoint, () => applyComponentTheme(mountPoint));
  const view = widgetView(node, ctx, {
    testid: "wlBidiComponent", className: "wl-bidi-component", body: [mountPoint], label: null, helpOn: null,
    update({ props }, takeValue) {
      if (takeValue) state = { ...((props.value && props.value.state) || {}) };
      const sig = JSON.stringify([props.html, props.css, props.js, props.isolate_styles, props.data]);
      if (sig === mounted) return;
      mounted = sig;
      cleanup?.();
      cleanup = null;
      setAttr(mountPoint, "data-testid", props.isolate_styles !== false ? "stBidiComponentIsolated" : "stBidiComponentRegular");
      if (props.isolate_styles !== false) {
        root = mountPoint.shadowRoot || mountPoint.attachShadow({ mode: "open" });
      } else {
        root = mountPoint;
      }
      root.replaceChildren();
      queueMicrotask(() => applyComponentTheme(mountPoint));
      if (props.css) root.append(h("style", {}, [String(props.css)]));
      // The app's own HTML, as Streamlit mounts it (trusted component code).
      const body = h("div", { class: "wl-bidi-body" });
      body.innerHTML = String(props.html || "");
      root.append(body);
      if (props.js) void runModule(String(props.js), props, body);
    },
    destroy() { cleanup?.(); stopTheme(); },
  });
  /** @param {string} code @param {Record<string, any>} props @param {HTMLElement} body */
  async function runModule(code, props, body) {
    const url = URL.createObjectURL(new Blob([code], { type: "text/javascript" }));
    try {
      const mod = await import(/* webpackIgnore: true */ url);
      const fn = typeof mod.default === "function" ? mod.default : null;
      if (!fn) return;
      const result = await fn({
        parentElement: root instanceof ShadowRoot ? root : body, data: props.data ?? null,
        key: view.node.id, name: props.component_name,
        setStateValue(/** @type {string} */ name, /** @type {any} */ value) {
          state = { ...state, [name]: value };
          ctx.commit(view.node, { state, changed: [name] });
        },
        setTriggerValue(/** @type {string} */ name, /** @type {any} */ value) {
          ctx.click({ ...view.node, id: String(view.node.props.trigger_id) }, { name, value: value === undefined ? null : value });
        },
      });
      if (typeof result === "function") cleanup = result;
    } catch (err) {
      console.error(`wasmlit: the component ${props.component_name} failed`, err);
      body.append(h("div", { class: "wl-capture-error", role: "alert" }, [`The component ${props.component_name} failed: ${err instanceof Error ? err.message : String(err)}`]));
    } finally {
      URL.revokeObjectURL(url);
    }
  }
  return view;
}

/** A v2 component's triggers arrive through this node's id; it draws nothing. @type {import("../index.js").ViewFactory} */
function bidiTrigger() {
  return { el: h("div", { class: "wl-bidi-trigger", hidden: true }), update() {} };
}

export const views = { component_instance: componentInstance, bidi_component: bidiComponent, bidi_trigger: bidiTrigger };

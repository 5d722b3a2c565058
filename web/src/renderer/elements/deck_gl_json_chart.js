// st.map and st.pydeck_chart, drawn by deck.gl as in Streamlit: npm's deck.gl
// bundle and @deck.gl/json (pydeck's JSON -> layers), loaded when a page
// first draws a map. Every layer of deck.gl's layer, aggregation, geo and
// mesh modules is available by its pydeck name. The base map is not drawn:
// its tiles come from the network (Streamlit's from Mapbox or CARTO), and a
// site must work offline, so a note under the map says so.
//
// As in Streamlit 1.67: the view follows the spec's initialViewState (a
// changed one is applied over the user's pan and zoom, an unchanged one
// leaves them), pydeck's `tooltip` ({html} or {text} with {field}
// placeholders) shows on hover, and with on_select a click picks an object
// ({selection: {indices: {layer id: [i]}, objects: {layer id: [row]}}}, one
// object or several, a click beside them clears), every layer is pickable
// unless the spec says otherwise, and objects outside the selection fade.
//
// A browser without WebGL 2 gets map_fallback.js: the ScatterplotLayer
// points on a plain projection, drawn with Vega-Lite.
import { h, setText } from "../dom.js";
import { lazy, stylesheet } from "../../lazy.js";
import DOMPurify from "../../vendor/purify.es.mjs";
import { CAN_DRAW, chartError, onWidth, watchTheme, serialDraw } from "../chart_frame.js";
import { loadVegaEmbed, readTheme } from "../vega.js";
import { FullScreenFrame } from "../full_screen_frame.js";
import { mapSpec } from "../map_fallback.js";

const CSS = new URL("../charts.css", import.meta.url);
export const TILES_NOTE = "Map tiles need the network and are not drawn here: the layers are drawn on a plain background.";
const FALLBACK_NOTE = "Map tiles need the network and are not drawn here, and this browser has no WebGL 2 for deck.gl: the points are shown on a plain projection.";

/** deck.gl and a JSON converter that knows every layer class it ships. */
const loadDeck = lazy(async () => {
  // UMD bundles: each sets globalThis.deck (the JSON module's re-exports deck.gl's too).
  await import("../../vendor/deck.gl.min.js");
  await import("../../vendor/deck.gl-json.min.js");
  const lib = /** @type {any} */ (globalThis).deck;
  const classes = Object.fromEntries(Object.entries(lib).filter(([name, value]) => /Layer$/.test(name) && typeof value === "function"));
  return { lib, converter: new lib.JSONConverter({ configuration: { classes } }) };
});

/** @type {boolean | undefined} */
let webgl2;
/** Can this browser draw deck.gl (WebGL 2)? Asked once per page. */
const hasWebGL2 = () => {
  if (webgl2 === undefined) {
    try {
      webgl2 = !!document.createElement("canvas").getContext("webgl2");
    } catch {
      webgl2 = false;
    }
  }
  return webgl2;
};

/** Streamlit's accessors that colour a layer's objects (utils/colors.ts), by layer type. */
const FILL_ACCESSORS = {
  GeohashLayer: ["getFillColor"], H3ClusterLayer: ["getFillColor"], H3HexagonLayer: ["getFillColor"], MVTLayer: ["getFillColor"],
  QuadkeyLayer: ["getFillColor"], S2Layer: ["getFillColor"], TripsLayer: ["getColor"], ArcLayer: ["getTargetColor", "getSourceColor"],
  ColumnLayer: ["getFillColor"], GeoJsonLayer: ["getFillColor"], IconLayer: ["getColor"], LineLayer: ["getColor"], PathLayer: ["getColor"],
  PointCloudLayer: ["getColor"], PolygonLayer: ["getFillColor"], ScatterplotLayer: ["getFillColor", "getColor", "getLineColor"],
  SolidPolygonLayer: ["getFillColor"], TextLayer: ["getColor"], ScenegraphLayer: ["getColor"], SimpleMeshLayer: ["getColor"],
};

/**
 * With a selection, each colour accessor keeps the object's own colour, fully
 * opaque when it is selected and at 40 % otherwise (Streamlit's fade).
 * @param {any} layer a converted deck.gl layer @param {number[]} chosen its selected indices
 */
function fadeUnselected(layer, chosen) {
  const names = /** @type {Record<string, string[]>} */ (FILL_ACCESSORS)[layer.constructor.layerName] || [];
  /** @type {Record<string, any>} */
  const props = { updateTriggers: { ...layer.props.updateTriggers } };
  for (const name of names) {
    const original = layer.props[name];
    if (original === undefined) continue;
    props[name] = (/** @type {any} */ object, /** @type {{index: number}} */ info) => {
      const color = typeof original === "function" ? original(object, info) : original;
      const [r = 0, g = 0, b = 0] = Array.isArray(color) ? color : [0, 0, 0];
      return [r, g, b, chosen.includes(info.index) ? 255 : Math.floor(255 * 0.4)];
    };
    props.updateTriggers[name] = [chosen];
  }
  return layer.clone(props);
}

/** A CSS colour as [r, g, b] (the canvas parses it). @param {string} color @returns {number[]} */
function rgbOf(color) {
  const c = /** @type {CanvasRenderingContext2D} */ (document.createElement("canvas").getContext("2d"));
  c.fillStyle = color;
  c.fillRect(0, 0, 1, 1);
  return [...c.getImageData(0, 0, 1, 1).data.slice(0, 3)];
}

/** st.map's `getFillColor: "primary"`: the theme's primary colour at alpha 160, as 1.67 draws it. @param {any} spec @param {string} primary */
function primaryFill(spec, primary) {
  if (!Array.isArray(spec.layers)) return;
  spec.layers = spec.layers.map((/** @type {any} */ l) => (l?.getFillColor === "primary" ? { ...l, getFillColor: [...rgbOf(primary), 160] } : l));
}

/** pydeck's tooltip with {field} placeholders filled from the hovered object (or its GeoJSON properties). */
function tooltipFor(spec) {
  return (/** @type {any} */ info) => {
    const object = info?.object;
    if (!object || !spec) return null;
    const fill = (/** @type {string} */ body) => String(body).replace(/{(.*?)}/g, (match, name) => {
      if (Object.hasOwn(object, name)) return String(object[name]);
      if (object.properties && Object.hasOwn(object.properties, name)) return String(object.properties[name]);
      return match;
    });
    if (spec.html) return { ...spec, html: DOMPurify.sanitize(fill(spec.html)) };
    return { ...spec, text: fill(spec.text ?? "") };
  };
}

const PLUS = "M14.5 8.5c-.75 0-1.5.75-1.5 1.5v3h-3c-.75 0-1.5.75-1.5 1.5S9.25 16 10 16h3v3c0 .75.75 1.5 1.5 1.5S16 19.75 16 19v-3h3c.75 0 1.5-.75 1.5-1.5S19.75 13 19 13h-3v-3c0-.75-.75-1.5-1.5-1.5z";
const MINUS = "M10 13c-.75 0-1.5.75-1.5 1.5S9.25 16 10 16h9c.75 0 1.5-.75 1.5-1.5S19.75 13 19 13h-9z";

/**
 * The map's zoom buttons, where 1.67 shows Mapbox's (stDeckGlJsonChartZoomButton).
 * @param {(delta: number) => void} zoom
 */
function zoomButtons(zoom) {
  const button = (/** @type {string} */ title, /** @type {string} */ path, /** @type {number} */ delta) => {
    const b = h("button", { type: "button", title, class: "wl-map-zoom" });
    b.innerHTML = `<svg width="29" height="29" viewBox="0 0 29 29" aria-hidden="true" fill="#333"><path d="${path}"/></svg>`;
    b.addEventListener("click", () => zoom(delta));
    return b;
  };
  return h("div", { "data-testid": "stDeckGlJsonChartZoomButton", class: "wl-map-zoom-group" },
    [button("Zoom In", PLUS, 1), button("Zoom Out", MINUS, -1)]);
}

/** @type {import("../index.js").ViewFactory} */
function deckGlJsonChart(node, ctx) {
  const box = h("div", { class: "wl-map" });
  const note = h("p", { class: "wl-chart-notice", "data-testid": "stDeckGlJsonChartNotice" });
  const el = h("div", { class: "stDeckGlJsonChart", "data-testid": "stDeckGlJsonChart" }, [box, note]);
  const frame = new FullScreenFrame(el, { toolbar: "inside", onResize: () => void draw() });
  let latest = node;
  /** @type {any} the deck.gl Deck, once drawn */
  let deck = null;
  /** @type {import("vega-embed").Result | null} the fallback's chart */
  let fallback = null;
  let drawnKey = "";
  let width = 0;
  /** @type {Record<string, any>} the view the user panned and zoomed to */
  let viewState = { bearing: 0, pitch: 0, zoom: 11 };
  let initialKey = "";

  const draw = serialDraw(async () => {
    const p = latest.props;
    const spec = JSON.parse(String(p.json || "{}"));
    const theme = readTheme(el);
    const full = frame.size();
    const w = Math.max(full ? full.width : typeof p.width === "number" ? p.width : width || el.clientWidth, 100);
    const height = full ? full.height : typeof p.height === "number" ? p.height : 500;
    const selecting = (p.selection_mode || []).length > 0;
    const selection = selecting ? currentSelection() : null;
    const key = JSON.stringify([p.json, p.tooltip, theme.key, w, height, selection]);
    if (key === drawnKey) return;
    await stylesheet(CSS, el);
    if (!hasWebGL2()) {
      await drawFallback(spec, theme, w, height, selection);
    } else {
      const { lib, converter } = await loadDeck();
      delete spec.views; // Streamlit draws one MapView, with its own controller
      primaryFill(spec, theme.primary);
      if (selecting && !(spec.layers || []).some((/** @type {any} */ l) => l && Object.hasOwn(l, "pickable"))) {
        spec.layers = spec.layers.map((/** @type {any} */ l) => (l && !Array.isArray(l) ? { ...l, pickable: true } : l));
      }
      const converted = converter.convert(spec);
      const picked = selection && Object.values(selection.indices).some((ids) => ids?.length);
      const layers = (converted.layers || []).map((/** @type {any} */ layer) =>
        (picked && layer?.props ? fadeUnselected(layer, selection?.indices[`${layer.id ?? null}`] || []) : layer));
      const initial = converted.initialViewState || {};
      if (JSON.stringify(initial) !== initialKey) {
        viewState = { ...viewState, ...initial };
        initialKey = JSON.stringify(initial);
      }
      box.style.height = `${height}px`;
      const props = {
        width: w, height, viewState, layers, controller: true,
        getTooltip: tooltipFor(p.tooltip ? JSON.parse(p.tooltip) : null),
        onClick: selecting ? (/** @type {any} */ info) => pick(info) : undefined,
        onViewStateChange: (/** @type {any} */ change) => { viewState = change.viewState; deck?.setProps({ viewState }); },
      };
      if (!deck) {
        box.replaceChildren(zoomButtons((delta) => {
          viewState = { ...viewState, zoom: Math.min(Math.max(Number(viewState.zoom ?? 0) + delta, viewState.minZoom ?? 0), viewState.maxZoom ?? 20) };
          deck?.setProps({ viewState });
        }));
        deck = new lib.Deck({ parent: box, ...props });
        /** @type {any} */ (box).__deck = deck; // for tests: its viewport projects a position to a pixel
      } else {
        deck.setProps(props);
      }
      setText(note, TILES_NOTE);
    }
    drawnKey = key;
  }, (err) => {
    box.replaceChildren(chartError(err));
    deck?.finalize();
    deck = null;
    drawnKey = "";
  });

  /** No WebGL 2: the ScatterplotLayer points with Vega-Lite (map_fallback.js). */
  async function drawFallback(spec, theme, w, height, selection) {
    const vega = mapSpec(spec, theme, w - 10, height - 30, selection);
    fallback?.finalize();
    fallback = null;
    if (!vega) {
      const layers = (spec.layers || []).map((/** @type {any} */ l) => l?.["@@type"]).filter(Boolean);
      box.replaceChildren();
      setText(note, layers.length ? `This browser has no WebGL 2, which deck.gl needs to draw ${layers.join(", ")}.` : FALLBACK_NOTE);
      return;
    }
    const embed = await loadVegaEmbed();
    fallback = await embed(box, vega, { actions: false, renderer: "svg", defaultStyle: false });
    if (selection) {
      fallback.view.addEventListener("click", (_event, item) => {
        const datum = /** @type {any} */ (item)?.datum;
        const known = datum && typeof datum.index === "number" && datum.layerId !== undefined;
        const layer = known ? (spec.layers || []).find((/** @type {any} */ l) => `${l?.id ?? null}` === datum.layerId) : null;
        pick(known ? { index: datum.index, layer: { id: layer?.id ?? null }, object: layer?.data?.[datum.index] } : { index: -1 });
      });
    }
    setText(note, FALLBACK_NOTE);
  }

  /**
   * The selection as the page shows it: the one staged in the widget's form (a click there runs
   * nothing until the form is submitted), else the widget's value.
   * @returns {{indices: Record<string, number[]>, objects: Record<string, any[]>}}
   */
  function currentSelection() {
    try {
      const parsed = JSON.parse((ctx.shown(latest) ?? latest.props.value) || "null");
      if (parsed?.selection?.indices) return parsed.selection;
    } catch { /* an unreadable value is no selection */ }
    return { indices: {}, objects: {} };
  }

  /**
   * Streamlit's click: an object toggles in or out of the selection (one or
   * several, by the mode); a click on nothing (index -1) clears it.
   * @param {{index: number, layer?: {id?: any} | null, object?: any}} info
   */
  function pick(info) {
    const mode = latest.props.selection_mode?.[0];
    const current = currentSelection();
    const id = `${info.layer?.id ?? null}`;
    /** @type {{indices: Record<string, number[]>, objects: Record<string, any[]>}} */
    let next = { indices: {}, objects: {} };
    if (info.index !== -1 && info.index !== undefined) {
      if (mode === "multi-object") {
        const chosen = new Map((current.indices[id] || []).map((i, k) => [i, current.objects[id]?.[k]]));
        if (chosen.has(info.index)) chosen.delete(info.index);
        else chosen.set(info.index, info.object);
        const { [id]: _i, ...indices } = current.indices;
        const { [id]: _o, ...objects } = current.objects;
        next = chosen.size
          ? { indices: { ...indices, [id]: [...chosen.keys()] }, objects: { ...objects, [id]: [...chosen.values()] } }
          : { indices, objects };
      } else if (current.indices[id]?.[0] !== info.index) {
        next = { indices: { [id]: [info.index] }, objects: { [id]: [info.object] } };
      }
    }
    if (JSON.stringify(next) === JSON.stringify(current)) return;
    ctx.commit(latest, JSON.stringify({ selection: next }));
    // In a form the value is staged and no run redraws the chart: draw the staged selection now.
    if (latest.props.form_id) draw();
  }

  const stopWidth = onWidth(el, (w) => { if (w !== width) { width = w; draw(); } });
  const stopTheme = watchTheme(el, () => draw());
  return {
    el: frame.el,
    update(n) {
      latest = n;
      frame.setActions([], n.props.alt || "");
      el.style.width = typeof n.props.width === "number" ? `${n.props.width}px` : "";
      if (CAN_DRAW) draw();
    },
    destroy() {
      frame.destroy();
      stopWidth();
      stopTheme();
      deck?.finalize();
      fallback?.finalize();
    },
  };
}

export const views = { deck_gl_json_chart: deckGlJsonChart };

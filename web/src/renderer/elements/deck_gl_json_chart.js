// st.map and st.pydeck_chart. deck.gl is not shipped (a heavy WebGL library
// whose base map needs tiles from the network), so the points of a
// ScatterplotLayer (what st.map makes) are drawn at their longitude and
// latitude on a plain Mercator projection with Vega-Lite, with a note that
// map tiles are not drawn. Other pydeck layers get a notice. As in
// Streamlit, the Fullscreen toolbar sits inside the chart element; expanded,
// the points are drawn again at the frame's size.
//
// With on_select (pydeck) a click on a point selects it as deck.gl's picking
// does on Streamlit: {selection: {indices: {layer id: [i]}, objects: {layer
// id: [the data row]}}}, one point ("single-object", a second click on it
// clears) or several ("multi-object", a click toggles); a click beside the
// points clears the selection. Points outside it are drawn faded.
import { h, setText } from "../dom.js";
import { stylesheet } from "../../lazy.js";
import { CAN_DRAW, chartError, onWidth, watchTheme, serialDraw } from "../chart_frame.js";
import { loadVegaEmbed, readTheme, streamlitConfig } from "../vega.js";
import { FullScreenFrame } from "../full_screen_frame.js";

const CSS = new URL("../charts.css", import.meta.url);
export const TILES_NOTE = "Map tiles need the network and are not drawn here: the points are shown on a plain projection.";

/** `@@=[lon, lat]` -> ["lon", "lat"]; `@@=col` -> "col". @param {any} value */
function accessor(value) {
  if (typeof value !== "string" || !value.startsWith("@@=")) return null;
  const body = value.slice(3).trim();
  if (body.startsWith("[")) return body.slice(1, -1).split(",").map((s) => s.trim());
  return body;
}

/** [r, g, b, a] (0-255) as CSS. @param {any} c @param {string} primary */
function css(c, primary) {
  if (c === "primary" || c == null) return primary;
  if (Array.isArray(c)) return `rgba(${c[0] ?? 0}, ${c[1] ?? 0}, ${c[2] ?? 0}, ${(c[3] ?? 255) / 255})`;
  return String(c);
}

/**
 * The Vega-Lite spec of a deck's scatterplot layers, or null (nothing it can draw).
 * `selected` is the pydeck selection drawn (null: the chart has no selections).
 * @param {any} deck @param {ReturnType<typeof readTheme>} theme @param {number} width @param {number} height
 * @param {{indices: Record<string, number[]>} | null} [selected]
 * @returns {any} a Vega-Lite spec
 */
export function mapSpec(deck, theme, width, height, selected = null) {
  const layers = (deck.layers || []).filter((/** @type {any} */ l) => l && l["@@type"] === "ScatterplotLayer" && Array.isArray(l.data));
  if (!layers.length) return null;
  const rows = [];
  const picked = selected ? Object.entries(selected.indices || {}) : [];
  for (const layer of layers) {
    const layerId = `${layer.id ?? null}`;
    const chosen = new Set(picked.find(([id]) => id === layerId)?.[1] || []);
    let index = 0;
    const pos = accessor(layer.getPosition);
    const colorCol = accessor(layer.getFillColor);
    const sizeCol = accessor(layer.getRadius);
    for (const d of layer.data) {
      const [lon, lat] = Array.isArray(pos) ? [d[pos[0]], d[pos[1]]] : Array.isArray(d.position) ? d.position : [d.lon, d.lat];
      const color = css(typeof colorCol === "string" ? d[colorCol] : layer.getFillColor, theme.primary);
      const radius = Number(typeof sizeCol === "string" ? d[sizeCol] : layer.getRadius) || 100;
      const faded = picked.length > 0 && !chosen.has(index);
      rows.push({ lon: Number(lon), lat: Number(lat), color, radius, layerId, index, faded });
      index += 1;
    }
  }
  const config = streamlitConfig(null, theme);
  const grid = theme.dark ? "#31333F" : "#e6eaf1";
  // Fit the projection to the points (padded, so one point still has a view),
  // and draw a graticule for the eye: no tiles, but latitudes and longitudes.
  const lons = rows.map((r) => r.lon), lats = rows.map((r) => r.lat);
  const [x0, x1, y0, y1] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  const pad = Math.max((x1 - x0) * 0.1, (y1 - y0) * 0.1, 0.05);
  const box = [[x0 - pad, y0 - pad], [x1 + pad, y1 + pad]];
  const span = Math.max(x1 - x0, y1 - y0, 0.5);
  const step = [0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 30].find((s) => span / s <= 8) || 45;
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    width, height,
    projection: { type: "mercator", fit: { type: "Feature", geometry: { type: "MultiPoint", coordinates: box } } },
    layer: [
      { data: { graticule: { step: [step, step] } }, mark: { type: "geoshape", filled: false, stroke: grid, strokeWidth: 1, clip: true } },
      {
        data: { values: rows },
        mark: { type: "circle", opacity: 0.8, tooltip: false, clip: true, cursor: selected ? "pointer" : "default" },
        encoding: {
          opacity: { condition: { test: "datum.faded", value: 0.25 }, value: 0.8 },
          longitude: { field: "lon", type: "quantitative" },
          latitude: { field: "lat", type: "quantitative" },
          color: { field: "color", type: "nominal", scale: null },
          size: { field: "radius", type: "quantitative", legend: null, scale: { range: [40, 300] } },
        },
      },
    ],
    config: { ...config, view: { ...config.view, stroke: grid, strokeWidth: 1 } },
  };
}

/** @type {import("../index.js").ViewFactory} */
function deckGlJsonChart(node, ctx) {
  const box = h("div", { class: "wl-map" });
  const note = h("p", { class: "wl-chart-notice", "data-testid": "stDeckGlJsonChartNotice" });
  const el = h("div", { class: "stDeckGlJsonChart", "data-testid": "stDeckGlJsonChart" }, [box, note]);
  const frame = new FullScreenFrame(el, { toolbar: "inside", onResize: () => void draw() });
  let latest = node;
  /** @type {import("vega-embed").Result | null} */
  let result = null;
  let drawnKey = "";
  let width = 0;
  const draw = serialDraw(async () => {
    const p = latest.props;
    const deck = JSON.parse(String(p.json || "{}"));
    const theme = readTheme(el);
    const full = frame.size();
    const w = (full ? full.width : typeof p.width === "number" ? p.width : width || el.clientWidth) - 10;
    const height = full ? full.height : typeof p.height === "number" ? p.height : 500;
    const selection = (p.selection_mode || []).length ? currentSelection() : null;
    const key = JSON.stringify([p.json, theme.key, w, height, selection]);
    if (key === drawnKey) return;
    const spec = mapSpec(deck, theme, Math.max(w, 100), height - 30, selection);
    if (!spec) {
      result?.finalize();
      result = null;
      const layers = (deck.layers || []).map((/** @type {any} */ l) => l?.["@@type"]).filter(Boolean);
      box.replaceChildren();
      setText(note, layers.length
        ? `This pydeck chart (${layers.join(", ")}) cannot be drawn in the browser: deck.gl is not part of wasmlit. Use st.map or st.scatter_chart for points.`
        : TILES_NOTE);
      drawnKey = key;
      return;
    }
    const embed = await loadVegaEmbed();
    await stylesheet(CSS, el);
    result?.finalize();
    result = await embed(box, spec, { actions: false, renderer: "svg", defaultStyle: false });
    if (selection) result.view.addEventListener("click", (_event, item) => pick(deck, /** @type {any} */ (item)?.datum));
    setText(note, TILES_NOTE);
    drawnKey = key;
  }, (err) => {
    box.replaceChildren(chartError(err));
    drawnKey = "";
  });
  /** The selection as the widget holds it. @returns {{indices: Record<string, number[]>, objects: Record<string, any[]>}} */
  function currentSelection() {
    try {
      const parsed = JSON.parse(latest.props.value || "null");
      if (parsed?.selection?.indices) return parsed.selection;
    } catch { /* an unreadable value is no selection */ }
    return { indices: {}, objects: {} };
  }

  /** Streamlit's pick: a point toggles in or out of the selection; nothing picked clears it. @param {any} deck @param {any} datum */
  function pick(deck, datum) {
    const mode = latest.props.selection_mode?.[0];
    const current = currentSelection();
    /** @type {{indices: Record<string, number[]>, objects: Record<string, any[]>}} */
    let next = { indices: {}, objects: {} };
    if (datum && typeof datum.index === "number" && datum.layerId !== undefined) {
      const layer = (deck.layers || []).find((/** @type {any} */ l) => `${l?.id ?? null}` === datum.layerId);
      const object = layer?.data?.[datum.index];
      const id = datum.layerId;
      if (mode === "multi-object") {
        const chosen = new Map((current.indices[id] || []).map((i, k) => [i, current.objects[id]?.[k]]));
        if (chosen.has(datum.index)) chosen.delete(datum.index);
        else chosen.set(datum.index, object);
        const { [id]: _i, ...indices } = current.indices;
        const { [id]: _o, ...objects } = current.objects;
        next = chosen.size
          ? { indices: { ...indices, [id]: [...chosen.keys()] }, objects: { ...objects, [id]: [...chosen.values()] } }
          : { indices, objects };
      } else if (current.indices[id]?.[0] !== datum.index) {
        next = { indices: { [id]: [datum.index] }, objects: { [id]: [object] } };
      }
    }
    if (JSON.stringify(next) !== JSON.stringify(current)) ctx.commit(latest, JSON.stringify({ selection: next }));
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
      result?.finalize();
    },
  };
}

export const views = { deck_gl_json_chart: deckGlJsonChart };

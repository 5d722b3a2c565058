// A map without deck.gl: for a browser without WebGL 2, the points of a
// deck's ScatterplotLayers (what st.map makes) are drawn at their longitude
// and latitude on a plain Mercator projection with Vega-Lite, over a
// graticule. Other layers cannot be drawn this way (the view says so).
import { streamlitConfig } from "./vega.js";

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
 * @param {any} deck @param {ReturnType<typeof import("./vega.js").readTheme>} theme @param {number} width @param {number} height
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

// Streamlit's look for Plotly figures, as Streamlit 1.67's frontend makes it.
//
// A figure built in the app carries Streamlit's "streamlit" template, whose
// colours are placeholders (#000001 …, py_runtime/wasmlit/elements/lib/
// streamlit_plotly_theme.py): they become the theme's chart colours with
// theme="streamlit", and Plotly's own colours with theme=None. With
// theme="streamlit" the theme's fonts, grid and margins then go into the
// figure's template layout, where anything the figure sets itself still wins.
import { CATEGORY_DARK, CATEGORY_LIGHT, DIVERGING, SEQUENTIAL } from "./vega.js";

const PLOTLY_CATEGORY = ["#636efa", "#EF553B", "#00cc96", "#ab63fa", "#FFA15A", "#19d3f3", "#FF6692", "#B6E880", "#FF97FF", "#FECB52"];
const PLOTLY_SEQUENTIAL = ["#0d0887", "#46039f", "#7201a8", "#9c179e", "#bd3786", "#d8576b", "#ed7953", "#fb9f3a", "#fdca26", "#f0f921"];
const PLOTLY_DIVERGING = ["#8e0152", "#c51b7d", "#de77ae", "#f1b6da", "#fde0ef", "#e6f5d0", "#b8e186", "#7fbc41", "#4d9221", "#276419"];
/** #000032 … #000040: increasing, decreasing, total, grid, muted text, strong text, background, faint line, header fill. */
const PLOTLY_OTHER = ["#3D9970", "#FF4136", "#4499FF", "#B2B5BE", "#2a3f5f", "#2a3f5f", "#EBF0F8", "white", "#C8D4E3"];

/** @typedef {import("./vega.js").ChartTheme} ChartTheme */

/** Streamlit's grey tones and state colours for the page's theme. @param {ChartTheme} t */
function tones(t) {
  return t.dark
    ? { grid: "#31333F", muted: "#e6eaf1", strong: "#fafafa", increasing: "#7defa1", decreasing: "#ffabab", total: "#83c9ff", mix: "#1a1c24" }
    : { grid: "#e6eaf1", muted: "#808495", strong: "#262730", increasing: "#29b09d", decreasing: "#ff2b2b", total: "#0068c9", mix: "#f8f9fb" };
}

/** `color` ("rgb(r, g, b)" or "#rrggbb") at `alpha`. @param {string} color @param {number} alpha */
function withAlpha(color, alpha) {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  const rgb = hex ? hex.slice(1).map((x) => parseInt(x, 16)) : (color.match(/\d+(\.\d+)?/g) || ["49", "51", "63"]).slice(0, 3);
  return `rgba(${rgb.join(", ")}, ${alpha})`;
}

/**
 * The figure's JSON text with its placeholder colours swapped (in Streamlit's order: the
 * two-digit ones first, so no placeholder is read as part of another).
 * @param {string} text @param {string} theme @param {ChartTheme} t
 */
export function swapPlaceholders(text, theme, t) {
  const streamlit = theme === "streamlit";
  const k = tones(t);
  const other = streamlit
    ? [k.increasing, k.decreasing, k.total, k.grid, k.muted, k.strong, t.bg, withAlpha(t.fg, 0.1), k.mix]
    : PLOTLY_OTHER;
  const groups = [
    [32, other],
    [1, streamlit ? (t.dark ? CATEGORY_DARK : CATEGORY_LIGHT) : PLOTLY_CATEGORY],
    [11, streamlit ? (t.dark ? [...SEQUENTIAL].reverse() : SEQUENTIAL) : PLOTLY_SEQUENTIAL],
    [21, streamlit ? DIVERGING : PLOTLY_DIVERGING],
  ];
  let out = text;
  for (const [first, colors] of /** @type {[number, string[]][]} */ (groups)) {
    colors.forEach((color, i) => { out = out.replaceAll(`#${String(first + i).padStart(6, "0")}`, color); });
  }
  return out;
}

/** @param {unknown} v @returns {v is Record<string, any>} */
const isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);

/** Deep-merge `source` into `target` (source wins), as lodash's merge. @param {Record<string, any>} target @param {Record<string, any>} source */
function merge(target, source) {
  for (const [key, value] of Object.entries(source)) {
    if (isObject(value)) target[key] = merge(isObject(target[key]) ? target[key] : {}, value);
    else target[key] = value;
  }
  return target;
}

/**
 * Streamlit's theme layout, under the figure's template: fonts and colours of the page, no
 * vertical grid, no side margins, a hover label in the page's colours.
 * @param {ChartTheme} t
 */
function themeLayout(t) {
  const k = tones(t);
  const font = { color: k.muted, size: 12 };
  const title = (/** @type {number} */ standoff) => ({ font: { color: k.muted, size: 14 }, standoff });
  return {
    font: { color: k.muted, family: t.font, size: 12, weight: 400 },
    title: { font: { family: t.font, size: 16, color: t.fg }, pad: { l: 4 }, xanchor: "left", x: 0 },
    legend: {
      title: { font: { size: 12, color: k.muted }, side: "top" }, valign: "top",
      bordercolor: "rgba(0, 0, 0, 0)", borderwidth: 0, font: { size: 12, color: k.strong },
    },
    paper_bgcolor: t.bg, plot_bgcolor: t.bg,
    yaxis: {
      ticklabelposition: "outside", zerolinecolor: k.grid, title: title(24), tickcolor: k.grid, tickfont: font,
      gridcolor: k.grid, minor: { gridcolor: k.grid }, automargin: true,
    },
    xaxis: {
      zerolinecolor: k.grid, gridcolor: k.grid, showgrid: false, tickfont: font, tickcolor: k.grid, title: title(20),
      minor: { gridcolor: k.grid }, zeroline: false, automargin: true,
      rangeselector: { bgcolor: t.bg, bordercolor: k.grid, borderwidth: 1, x: 0 },
    },
    margin: { pad: 8, r: 0, l: 0 },
    hoverlabel: { bgcolor: t.bg, bordercolor: withAlpha(t.fg, 0.2), font: { color: k.muted, family: t.font, size: 12 } },
    coloraxis: {
      colorbar: {
        thickness: 16, xpad: 24, ticklabelposition: "outside", outlinecolor: "rgba(0, 0, 0, 0)", outlinewidth: 8,
        len: 0.75, y: 0.5745, title: { font: { color: k.muted, size: 14 } }, tickfont: font,
      },
    },
    ternary: {
      gridcolor: k.muted, bgcolor: t.bg, title: { font: { family: t.font, size: 14 } }, color: k.muted,
      aaxis: { gridcolor: k.muted, linecolor: k.muted, tickfont: { family: t.font, size: 12 } },
      baxis: { linecolor: k.muted, gridcolor: k.muted, tickfont: { family: t.font, size: 12 } },
      caxis: { linecolor: k.muted, gridcolor: k.muted, tickfont: { family: t.font, size: 12 } },
    },
  };
}

/**
 * The figure (parsed from its JSON text) in Streamlit's look for `theme` ("streamlit" or "").
 * @param {string} text @param {string} theme @param {ChartTheme} t
 * @returns {{data?: any[], layout: Record<string, any>, frames?: any[]}}
 */
export function themedFigure(text, theme, t) {
  const figure = JSON.parse(swapPlaceholders(text || "{}", theme, t));
  figure.layout = isObject(figure.layout) ? figure.layout : {};
  if (theme !== "streamlit") return figure;
  const layout = figure.layout;
  layout.template = isObject(layout.template) ? layout.template : {};
  layout.template.layout = merge(isObject(layout.template.layout) ? layout.template.layout : {}, themeLayout(t));
  // The template's text colours for icicle and sankey give way to a font colour the figure sets.
  if (layout.font?.color !== undefined && isObject(layout.template.data)) {
    const muted = tones(t).muted;
    for (const [type, traces] of Object.entries(layout.template.data)) {
      const themed = type === "icicle" ? "white" : type === "sankey" ? muted : undefined;
      if (themed === undefined || !Array.isArray(traces)) continue;
      for (const trace of traces) if (trace?.textfont?.color === themed) delete trace.textfont.color;
    }
  }
  if ("title" in layout && layout.title != null) {
    const title = typeof layout.title === "string" ? { text: layout.title } : isObject(layout.title) ? layout.title : {};
    layout.title = { ...title, text: `<b>${typeof title.text === "string" ? title.text : ""}</b>` };
  }
  return figure;
}

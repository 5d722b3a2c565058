// st.metric: label, value and a delta whose colour says good or bad.
import { h, setAttr, setText } from "../dom.js";
import { setHeight, setWidth } from "../widget_view.js";
import { setIcon, setMarkdown } from "../markdown_html.js";
import { helpIcon } from "../tooltip.js";
import { CAN_DRAW, onWidth, watchTheme } from "../chart_frame.js";
import { loadVegaEmbed } from "../vega.js";
import { lazy } from "../../lazy.js";

/**
 * The delta's colours as 1.67's getMetricColor / getMetricBackgroundColor: the
 * sparkline's line in the theme's colour, an area's fill in the badge's
 * background (the same tokens as markdown's `:blue-badge[…]`).
 * @param {string} color @returns {[string, string]}
 */
const sparklineColors = (color) => [color === "primary" ? "var(--primary)" : `var(--${color})`, `var(--wl-md-${color}-bg)`];

/** A number format's module (the grid's), loaded when a metric first has a `format`. */
const loadFormat = lazy(() => import("../grid/format.js"));

/** A numeric text, as 1.67's isNumber (a string Number() reads as a finite number). @param {string} text */
const isNumeric = (text) => text.trim() !== "" && Number.isFinite(Number(text));

/** CSS colours (theme tokens) as the rgb() values Vega needs, read where `el` is drawn. @param {Element} el @param {string[]} colors */
function resolveColors(el, colors) {
  return colors.map((color) => {
    const probe = h("span", { hidden: true });
    probe.style.color = color;
    el.append(probe);
    const value = getComputedStyle(probe).color;
    probe.remove();
    return value;
  });
}

/**
 * Streamlit's sparkline spec (line, bar or area over the values, no axes).
 * @param {number[]} values @param {string} type @param {number} width @param {string} color @param {string} fill an area's fill
 */
function sparklineSpec(values, type, width, color, fill) {
  const data = (values.length === 1 ? [values[0], values[0]] : values).map((y, x) => ({ x, y }));
  const scale = { zero: false, nice: false };
  const enc = { x: { field: "x", type: "quantitative", axis: null, scale }, y: { field: "y", type: "quantitative", axis: null, scale } };
  /** @type {any} */
  let mark = { type: "line", strokeCap: "round", strokeWidth: 2 };
  if (type === "bar") mark = { type: "bar", cornerRadius: 9999 };
  if (type === "area") mark = { type: "area", color: fill, opacity: 1, line: { color, opacity: 1, strokeWidth: 2, strokeCap: "round" } };
  /** @type {any} */
  const encoding = type === "area" ? { ...enc, y2: { datum: Math.min(...data.map((d) => d.y)) } } : enc;
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    width: Math.round(width), height: 56, data: { values: data }, background: "transparent",
    layer: [{ mark, encoding }],
    // As Streamlit's theme config: the padding is inside the 56px (autosize "fit").
    autosize: { type: "fit", contains: "padding" },
    config: { view: { stroke: null }, padding: type === "bar" ? { left: 0, right: 0, top: 2, bottom: 2 } : { left: -3, right: -3, top: 2, bottom: 2 }, mark: { color } },
  };
}

/** @type {import("../index.js").ViewFactory} */
function metric() {
  const labelText = h("div", { class: "wl-metric-label-text" });
  const help = helpIcon();
  const label = h("div", { "data-testid": "stMetricLabel", class: "wl-metric-label" }, [labelText, help.el]);
  const value = h("div", { "data-testid": "stMetricValue", class: "wl-metric-value" });
  const delta = h("div", { "data-testid": "stMetricDelta", class: "wl-metric-delta" });
  const chart = h("div", { "data-testid": "stMetricChart", class: "wl-metric-chart", hidden: true });
  const icon = h("span", { "data-testid": "stMetricIcon", class: "wl-icon", hidden: true });
  // Centred on the label's line, a little larger than its text (inline: metric.js loads on first use, style.css with every page).
  icon.style.cssText = "align-items:center;font-size:1.125rem;line-height:1";
  label.prepend(icon);
  labelText.setAttribute("data-testid", "stMarkdownContainer");
  const description = h("div", { "data-testid": "stMetricDeltaDescription", class: "wl-metric-description", hidden: true });
  // 1.67 puts the description beside the delta, as a caption.
  const deltaRow = h("div", { class: "wl-metric-delta-row" }, [delta, description]);
  const el = h("div", { class: "stMetric", "data-testid": "stMetric", role: "group" }, [label, value, deltaRow, chart]);
  /** @type {Record<string, any>} */
  let latest = {};
  let drawn = "";
  let width = 0;
  /** @type {(() => void) | null} */
  let finalize = null;
  /** @type {(() => void) | null} */
  let stopWidth = null;
  /** @type {(() => void) | null} */
  let stopTheme = null;
  async function drawChart() {
    const values = latest.chart_data || [];
    const tone = latest.color || "gray";
    const key = JSON.stringify([values, latest.chart_type, width, tone]);
    if (!values.length || width <= 0 || key === drawn) return;
    drawn = key;
    const embed = await loadVegaEmbed();
    const [color, fill] = resolveColors(el, sparklineColors(tone));
    const spec = sparklineSpec(values, latest.chart_type, width, color, fill);
    const result = await embed(chart, /** @type {any} */ (spec), { actions: false, renderer: "svg", defaultStyle: false, tooltip: false });
    finalize?.();
    finalize = () => result.finalize();
  }
  return {
    el,
    destroy() { finalize?.(); stopWidth?.(); stopTheme?.(); },
    update({ props }) {
      latest = props;
      const hasChart = Array.isArray(props.chart_data) && props.chart_data.length > 0;
      setAttr(chart, "hidden", !hasChart);
      if (hasChart && CAN_DRAW) {
        stopWidth ||= onWidth(chart, (w) => { width = w; drawChart().catch((err) => console.warn("wasmlit: sparkline", err)); });
        // The colours are the theme's: a new theme draws again.
        stopTheme ||= watchTheme(chart, () => { drawn = ""; drawChart().catch((err) => console.warn("wasmlit: sparkline", err)); });
        queueMicrotask(() => drawChart().catch((err) => console.warn("wasmlit: sparkline", err)));
      }
      setMarkdown(labelText, props.label, { inline: true });
      setAttr(icon, "hidden", !props.icon);
      icon.style.display = props.icon ? "inline-flex" : "";
      if (props.icon) setIcon(icon, props.icon);
      setAttr(description, "hidden", !props.delta_description);
      setText(description, props.delta_description || "");
      setAttr(description, "title", props.delta_description || null);
      const d = props.delta == null ? "" : String(props.delta);
      setText(value, props.value);
      setAttr(delta, "hidden", d === "");
      setAttr(deltaRow, "hidden", d === "" && !props.delta_description);
      setAttr(delta, "data-color", props.color || "gray");
      const arrow = props.direction === "down" ? "Down" : props.direction === "up" ? "Up" : null;
      const deltaText = h("span", {}, [d]);
      delta.replaceChildren(...(arrow ? [h("span", { "data-testid": `stMetricDeltaIcon-${arrow}`, class: "wl-icon" })] : []), deltaText);
      // 1.67 applies a number format to a numeric value and delta (the text as written otherwise).
      const format = props.format;
      if (format && (isNumeric(props.value) || isNumeric(d))) {
        loadFormat().then(({ formatNumber }) => {
          if (latest !== props) return;
          const show = (/** @type {string} */ text) => {
            try {
              return isNumeric(text) ? formatNumber(Number(text), format) : text;
            } catch {
              return text;
            }
          };
          setText(value, show(props.value));
          setText(deltaText, show(d));
        }).catch((err) => console.warn("wasmlit: metric format", err));
      }
      el.classList.toggle("wl-bordered", !!props.border);
      // 1.67's width and height: pixels (a taller metric scrolls), "content", or the parent's ("stretch").
      setWidth(el, props.width);
      setHeight(el, props.height);
      help.set(props.help);
    },
  };
}

export const views = { metric };

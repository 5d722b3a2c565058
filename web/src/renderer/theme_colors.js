// The page's colour tokens as the colours in use where an element sits. The
// tokens are light-dark() pairs (style/tokens.css), which a canvas, a chart
// library or a component's JS cannot read; a hidden probe styled with the
// token resolves each to rgb(). Used by charts (vega.js readTheme) and by
// custom components' --st-* variables (component_theme.js).

/**
 * `tokens` (CSS custom property names) resolved where `el` is; "" for a token not set there.
 * One probe per token, all appended before any is read: a single style recalculation.
 * The probes go beside `el`, not in it: a shadow host's own children are not drawn, and a
 * component may watch its children.
 * @param {Element} el @param {string[]} tokens @returns {Record<string, string>}
 */
export function resolveColors(el, tokens) {
  const style = getComputedStyle(el);
  const probes = tokens.map((token) => {
    const probe = document.createElement("span");
    probe.hidden = true;
    probe.style.color = `var(${token})`;
    return probe;
  });
  (el.parentElement || el).append(...probes);
  /** @type {Record<string, string>} */
  const colors = {};
  tokens.forEach((token, i) => { colors[token] = style.getPropertyValue(token).trim() ? getComputedStyle(probes[i]).color : ""; });
  for (const probe of probes) probe.remove();
  return colors;
}

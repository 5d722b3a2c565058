// The colours of headings' dividers (Streamlit 1.67), loaded by the first
// heading with one (elements/heading.js). A named colour is the theme's colour
// of that name and "rainbow" a gradient of them; divider=True ("auto") takes
// the next of blue, green, orange, red and violet in the order the page reads
// its auto dividers, so a heading added above the others moves their colours on.

const RAINBOW = "linear-gradient(to right, var(--red), var(--orange), var(--yellow), var(--green), var(--blue), var(--violet))";
const AUTO_COLOURS = ["blue", "green", "orange", "red", "violet"];
/** Headings with divider=True updated in this task: their pages' auto dividers get recoloured. @type {Set<HTMLElement>} */
const pending = new Set();

/**
 * Colour `divider`, the rule under `heading`, as `colour` says.
 * @param {HTMLElement} heading @param {HTMLElement} divider @param {string} colour
 */
export function colourDivider(heading, divider, colour) {
  if (colour === "auto") colourAutoDividersSoon(heading);
  else divider.style.setProperty("--wl-divider", colour === "rainbow" ? RAINBOW : `var(--${colour === "grey" ? "gray" : colour})`);
}

/**
 * Recolour the auto dividers of `heading`'s page once per batch of updates: at the end of
 * this task, when the batch's new elements are in the page, or at the next frame for those
 * that are not yet.
 * @param {HTMLElement} heading
 */
function colourAutoDividersSoon(heading) {
  if (pending.size === 0) queueMicrotask(() => colourAutoDividers(true));
  pending.add(heading);
}

/** @param {boolean} retry */
function colourAutoDividers(retry) {
  const roots = new Set();
  for (const el of [...pending]) {
    if (!el.isConnected) continue;
    roots.add(el.getRootNode());
    pending.delete(el);
  }
  for (const root of roots) {
    const dividers = /** @type {NodeListOf<HTMLElement>} */ (/** @type {Document | ShadowRoot} */ (root).querySelectorAll('[data-testid="stHeadingDivider"][data-color="auto"]'));
    dividers.forEach((divider, i) => divider.style.setProperty("--wl-divider", `var(--${AUTO_COLOURS[i % AUTO_COLOURS.length]})`));
  }
  if (pending.size && retry) requestAnimationFrame(() => colourAutoDividers(false));
  else pending.clear();
}

// Streamlit's theme variables for custom components v2 (`--st-primary-color`,
// `--st-font`, ...: the set Streamlit's docs list), set on a component's host
// element from the page's own tokens. They reach the component's CSS by
// inheritance, also inside its shadow root, and its JS through
// getComputedStyle. As in Streamlit they are concrete values: the page's
// colour tokens are light-dark() pairs, which a component's canvas or chart
// library could not read, so each colour is resolved to the one in use
// where the component sits (the sidebar has colours of its own).
import { resolveColors } from "./theme_colors.js";

/** `--st-<name>` colour variables, from the page's colour tokens. */
const COLORS = {
  "primary-color": "--primary", "background-color": "--bg", "secondary-background-color": "--bg2",
  "text-color": "--fg", "heading-color": "--fg", "link-color": "--link",
  "border-color": "--border", "border-color-light": "--faded-10", "widget-border-color": "--widget-border",
  "dataframe-border-color": "--df-border", "dataframe-header-background-color": "--df-header-bg",
  "code-background-color": "--code-bg", "code-text-color": "--code-fg",
  ...Object.fromEntries(["red", "orange", "yellow", "blue", "green", "violet", "gray"].flatMap((c) => [
    [`${c}-color`, `--${c}`], [`${c}-background-color`, `--wl-md-${c}-bg`], [`${c}-text-color`, `--wl-md-${c}`],
  ])),
};

/** `--st-<name>` variables that are not colours: read as the page's tokens give them, or fixed by Streamlit's theme. */
const OTHERS = {
  font: "--font", "heading-font": "--heading-font", "code-font": "--mono",
  "base-radius": "--radius", "button-radius": "--radius-button", "base-font-size": "--font-size",
};
const HEADING_SIZES = ["2.75rem", "2.25rem", "1.75rem", "1.5rem", "1.25rem", "1rem"];
const HEADING_WEIGHTS = [700, 600, 600, 600, 600, 600];
const FIXED = {
  "base-font-weight": "400", "code-font-weight": "400", "code-font-size": "0.875rem", "link-underline": "1",
  "heading-font-sizes": HEADING_SIZES.join(","), "heading-font-weights": HEADING_WEIGHTS.join(","),
  ...Object.fromEntries(HEADING_SIZES.map((size, i) => [`heading-font-size-${i + 1}`, size])),
  ...Object.fromEntries(HEADING_WEIGHTS.map((weight, i) => [`heading-font-weight-${i + 1}`, String(weight)])),
};

/**
 * Set the `--st-*` variables on `host` (a component's mount point, in the page).
 * Missing tokens become `unset`, as Streamlit serializes a missing value.
 * A host not in the document yet is left alone (its styles cannot be read).
 * @param {HTMLElement} host
 */
export function applyComponentTheme(host) {
  if (!host.isConnected) return;
  const style = getComputedStyle(host);
  const colors = resolveColors(host, Object.values(COLORS));
  for (const [name, token] of Object.entries(COLORS)) host.style.setProperty(`--st-${name}`, colors[token] || "unset");
  for (const [name, token] of Object.entries(OTHERS)) host.style.setProperty(`--st-${name}`, style.getPropertyValue(token).trim() || "unset");
  for (const [name, value] of Object.entries(FIXED)) host.style.setProperty(`--st-${name}`, value);
}

// The app's colour scheme. style.css gives every colour as light-dark(light, dark), so
// a theme is a `color-scheme` on the app's root: "light dark" follows the system,
// "light" or "dark" pins one. As in Streamlit 1.67, the main menu's theme switcher
// (System / Light / Dark) sets it, and the choice is remembered per page in
// localStorage under Streamlit's own key; index.html applies it before the first paint.
// A custom theme from the app's .streamlit/config.toml (tooling/site/theme.py) comes
// in the site config: its CSS properties, and `color_scheme` when it has one base
// only, in which case there is no switcher (Streamlit shows none either).

/** @typedef {"System" | "Light" | "Dark"} ThemeChoice */
/**
 * @typedef {object} CustomTheme the site config's `theme`
 * @property {Record<string, string>} root CSS custom properties of the app
 * @property {Record<string, string>} sidebar the sidebar's own
 * @property {"light" | "dark" | null} color_scheme the one base, or null with light and dark variants
 */

/** @type {ThemeChoice[]} */
export const THEME_CHOICES = ["System", "Light", "Dark"];

/** Streamlit's localStorage key for the active theme of this page. */
export const themeKey = () => `stActiveTheme-${location.pathname}-v2`;

/** @returns {ThemeChoice} */
export function readChoice() {
  try {
    const value = JSON.parse(localStorage.getItem(themeKey()) || "null");
    return THEME_CHOICES.includes(value) ? value : "System";
  } catch {
    return "System";
  }
}

/** @param {ThemeChoice} choice */
export function saveChoice(choice) {
  try {
    localStorage.setItem(themeKey(), JSON.stringify(choice));
  } catch {
    // no storage (private mode, sandboxed frame): the choice lasts until the page closes
  }
}

/**
 * Pin the scheme on `root` (the page's <html>, or an embedded app's host element).
 * @param {HTMLElement} root @param {ThemeChoice} choice
 */
export function applyChoice(root, choice) {
  const scheme = choice === "System" ? "" : choice.toLowerCase();
  if (root.style.colorScheme !== scheme) root.style.colorScheme = scheme;
}

/** Does the app offer System / Light / Dark? Not with a custom theme of one base. @param {CustomTheme | null | undefined} theme */
export const hasSwitcher = (theme) => !theme?.color_scheme;

/**
 * A custom theme as CSS (the build writes the same rule into index.html).
 * @param {CustomTheme} theme @param {string} root the selector of the app's root
 */
export function themeCss(theme, root) {
  const block = (/** @type {Record<string, string>} */ vars) => Object.entries(vars || {}).map(([k, v]) => `${k}: ${v};`).join(" ");
  const scheme = theme.color_scheme ? ` color-scheme: ${theme.color_scheme};` : "";
  return `${root} { ${block(theme.root)}${scheme} }\n.stSidebar { ${block(theme.sidebar)} }\n`;
}

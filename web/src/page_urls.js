// The URLs of a multipage app's pages: each page's URL path sits under the
// app's root (the site's folder; a page's own entry, <page>/index.html, has a
// <base href> at the root), and a page switch keeps only the embed query
// parameters, as Streamlit does. No DOM here: Node tests import it as it is.

/** Query parameters that survive a page switch (Streamlit's embed parameters). */
const KEPT_ON_SWITCH = ["embed", "embed_options"];

/**
 * The app's root URL and the page path of `location` under it. The site's
 * pages are written at `<root>/<page>/index.html` with `<base href>` pointing at the root.
 * @param {string} baseURI document.baseURI when the page loaded
 */
export function siteRoot(baseURI) {
  return new URL("./", baseURI);
}

/**
 * The URL path of the page `href` names under `root` ('' for the default page).
 * @param {URL} root @param {string} href
 */
export function pagePath(root, href) {
  const url = new URL(href, root);
  let rest = url.pathname.startsWith(root.pathname) ? url.pathname.slice(root.pathname.length) : "";
  rest = rest.replace(/index\.html$/, "").replace(/\/+$/, "");
  try {
    return decodeURIComponent(rest);
  } catch {
    return rest;
  }
}

/** The query parameters kept when the user switches pages (the embed ones), as a query string. */
export function keptQuery(search) {
  const kept = new URLSearchParams();
  for (const [key, value] of new URLSearchParams(search)) if (KEPT_ON_SWITCH.includes(key.toLowerCase())) kept.append(key, value);
  return kept.toString();
}

// URLs from Python are used for href/src only when they are http(s),
// mailto, blob, relative, or (for media) a data: URL of an image, audio or
// video: no javascript: URL ever lands in the page.

/**
 * A URL safe for href/src, or null.
 * @param {unknown} url @param {{data?: boolean}} [opts] `data`: allow media data: URLs
 */
export function safeUrl(url, { data = false } = {}) {
  const text = String(url ?? "").trim();
  if (!text) return null;
  if (data && /^data:(image|audio|video)\//i.test(text)) return text;
  try {
    const parsed = new URL(text, document.baseURI);
    return ["http:", "https:", "mailto:", "blob:"].includes(parsed.protocol) ? text : null;
  } catch {
    return null;
  }
}

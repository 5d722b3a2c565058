// Mermaid diagrams: a ```mermaid fence in markdown (what st.mermaid_chart
// sends, as in Streamlit 1.67) is drawn by mermaid, loaded on first use, as
// an <img> of its SVG (an image runs no script); a `%% stAlt: …` line names
// it. A diagram with a syntax error shows mermaid's message instead.
import { lazy } from "../lazy.js";

const loadMermaid = lazy(() => import("../vendor/mermaid/mermaid.esm.min.mjs").then((m) => {
  const mermaid = m.default;
  const dark = window.matchMedia?.("(prefers-color-scheme: dark)").matches;
  // Labels as SVG text: an <img> of the SVG shows no HTML labels.
  mermaid.initialize({ startOnLoad: false, securityLevel: "strict", theme: dark ? "dark" : "neutral", htmlLabels: false,
    flowchart: { htmlLabels: false } });
  return mermaid;
}));

let seq = 0;

/** The placeholder markdown_html.js writes for a ```mermaid fence. @param {string} source @param {(s: unknown) => string} escape */
export function mermaidPlaceholder(source, escape) {
  // The source is text, not an attribute: DOMPurify drops an attribute holding `-->`.
  return `<div class="stMermaidChart" data-testid="stMermaidChart" aria-busy="true" aria-label="Loading mermaid diagram" data-wl-mermaid=""><pre class="wl-mermaid-source" hidden>${escape(source)}</pre></div>\n`;
}

/**
 * Draw every diagram placeholder inside `root`.
 * @param {HTMLElement} root
 */
export function drawMermaid(root) {
  const boxes = /** @type {HTMLElement[]} */ ([...root.querySelectorAll("[data-wl-mermaid]")]);
  if (!boxes.length) return;
  loadMermaid().then(async (mermaid) => {
    for (const box of boxes) {
      if (!box.hasAttribute("data-wl-mermaid")) continue;
      box.removeAttribute("data-wl-mermaid");
      const source = box.querySelector(".wl-mermaid-source")?.textContent || "";
      const alt = /^\s*%% stAlt: (.*)$/m.exec(source)?.[1]?.trim() || "Mermaid diagram";
      seq += 1;
      try {
        const { svg } = await mermaid.render(`wl-mermaid-${seq}`, source);
        const img = document.createElement("img");
        img.alt = alt;
        img.className = "wl-mermaid-img";
        img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
        box.replaceChildren(img);
      } catch (err) {
        const message = document.createElement("div");
        message.setAttribute("data-testid", "stMermaidError");
        message.setAttribute("role", "alert");
        message.className = "wl-mermaid-error";
        message.textContent = `Mermaid diagram error: ${err instanceof Error ? err.message : String(err)}`;
        box.replaceChildren(message);
        document.getElementById(`dwl-mermaid-${seq}`)?.remove();  // mermaid leaves its scratch element on failure
      }
      box.removeAttribute("aria-busy");
      box.removeAttribute("aria-label");
    }
  }, (err) => {
    for (const box of boxes) box.textContent = `The Mermaid library could not be loaded: ${err instanceof Error ? err.message : String(err)}`;
  });
}

// st.mermaid_chart: a Mermaid diagram drawn by mermaid (loaded on first use),
// as an SVG; a diagram with a syntax error shows mermaid's message.
import { h, setAttr } from "../dom.js";
import { lazy } from "../../lazy.js";
import DOMPurify from "../../vendor/purify.es.mjs";

const loadMermaid = lazy(() => import("../../vendor/mermaid/mermaid.esm.min.mjs").then((m) => {
  const mermaid = m.default;
  const dark = window.matchMedia?.("(prefers-color-scheme: dark)").matches;
  // Labels as SVG text (not HTML in foreignObject), so the sanitized SVG keeps them.
  mermaid.initialize({ startOnLoad: false, securityLevel: "strict", theme: dark ? "dark" : "neutral", htmlLabels: false,
    flowchart: { htmlLabels: false } });
  return mermaid;
}));

let seq = 0;

/** @type {import("../index.js").ViewFactory} */
function mermaidChart() {
  const chart = h("div", { class: "wl-mermaid", role: "img" });
  const error = h("div", { "data-testid": "stMermaidError", class: "wl-mermaid-error", hidden: true });
  const el = h("div", { class: "stMermaidChart", "data-testid": "stMermaidChart" }, [chart, error]);
  /** @type {string | null} */
  let drawn = null;
  return {
    el,
    update({ props }) {
      setAttr(chart, "aria-label", props.alt || "Mermaid chart");
      const spec = String(props.spec ?? "");
      if (spec === drawn) return;
      drawn = spec;
      loadMermaid().then(async (mermaid) => {
        seq += 1;
        try {
          const { svg } = await mermaid.render(`wl-mermaid-${seq}`, spec);
          if (drawn !== spec) return;
          chart.innerHTML = /** @type {string} */ (/** @type {unknown} */ (DOMPurify.sanitize(svg, { USE_PROFILES: { svg: true, svgFilters: true }, ADD_TAGS: ["style"] })));
          setAttr(error, "hidden", true);
        } catch (err) {
          if (drawn !== spec) return;
          chart.replaceChildren();
          error.textContent = `Mermaid syntax error: ${err instanceof Error ? err.message : String(err)}`;
          setAttr(error, "hidden", false);
        }
      }, (err) => {
        error.textContent = `The Mermaid library could not be loaded: ${err instanceof Error ? err.message : String(err)}`;
        setAttr(error, "hidden", false);
      });
    },
  };
}

export const views = { mermaid_chart: mermaidChart };

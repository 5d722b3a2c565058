// Mermaid diagrams: a ```mermaid fence in markdown (what st.mermaid_chart
// sends, as in Streamlit 1.67; markdown_html.js writes its placeholder and
// loads this module when a page first has one) is drawn by mermaid, loaded on first use, as
// an <img> of its SVG (an image runs no script); a `%% stAlt: …` line names
// it. A diagram with a syntax error shows mermaid's message instead.
import { lazy } from "../lazy.js";

const loadMermaid = lazy(() => import("../vendor/mermaid/mermaid.esm.min.mjs").then((m) => m.default));

/**
 * A CSS colour (a token, a color-mix...) as it shows inside `el`, as #rrggbb: mermaid
 * computes its shades from the colours it is given, and reads only plain notations.
 * @param {HTMLElement} el @param {string} css
 */
function plainColor(el, css) {
  const probe = document.createElement("span");
  probe.style.color = css;
  probe.hidden = true;
  el.append(probe);
  const shown = getComputedStyle(probe).color;
  probe.remove();
  // Painted on one pixel and read back: a colour-mix shows as color(srgb ...), which
  // neither mermaid nor a canvas's fillStyle turns into hex.
  const ctx = document.createElement("canvas").getContext("2d", { willReadFrequently: true });
  if (!ctx) return shown;
  ctx.fillStyle = shown;
  ctx.fillRect(0, 0, 1, 1);
  const [r, g, b] = ctx.getImageData(0, 0, 1, 1).data;
  return `#${[r, g, b].map((v) => v.toString(16).padStart(2, "0")).join("")}`;
}

/**
 * Streamlit 1.67's mermaid set-up: the "base" theme in the app's colours and body font
 * (nodes on the secondary background, lines in the 60 % faded text colour), so a
 * diagram follows the light or dark theme of the page it is drawn in.
 * @param {HTMLElement} el
 */
function mermaidConfig(el) {
  const color = (/** @type {string} */ css) => plainColor(el, css);
  const [bg, bg2, fg, border] = ["--bg", "--bg2", "--fg", "--border"].map((name) => color(`var(${name})`));
  const faded = color("color-mix(in srgb, var(--fg) 60%, var(--bg))");
  const [blue, green, orange, red, violet, yellow, gray] = ["blue", "green", "orange", "red", "violet", "yellow", "gray"]
    .map((name) => color(`var(--wl-md-${name}-bg)`));
  const font = getComputedStyle(el).getPropertyValue("--font").trim() || '"Source Sans", sans-serif';
  const r = parseInt(bg.slice(1, 3), 16), g = parseInt(bg.slice(3, 5), 16), b = parseInt(bg.slice(5, 7), 16);
  const dark = (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255 <= 0.5;
  const scale = [blue, green, orange, red, violet, yellow, gray];
  return {
    startOnLoad: false, securityLevel: /** @type {const} */ ("strict"), theme: /** @type {const} */ ("base"), look: /** @type {const} */ ("classic"),
    fontFamily: font, fontSize: 14,
    // Labels as SVG text: an <img> of the SVG shows no HTML labels.
    htmlLabels: false, flowchart: { htmlLabels: false },
    themeVariables: {
      darkMode: dark, background: bg, mainBkg: bg2, primaryColor: blue, primaryTextColor: fg, primaryBorderColor: border,
      secondaryColor: green, tertiaryColor: orange, lineColor: faded, textColor: fg, fontFamily: font, fontSize: "14px",
      errorBkgColor: red, noteBkgColor: yellow, noteTextColor: fg, sectionBkgColor: bg2, altSectionBkgColor: bg,
      gridColor: border, taskTextColor: fg, taskTextOutsideColor: fg, taskTextLightColor: fg, taskTextDarkColor: fg,
      pieStrokeColor: border, pieOuterStrokeColor: border,
      ...Object.fromEntries(scale.map((c, i) => [`pie${i + 1}`, c])),
      ...Object.fromEntries(scale.map((c, i) => [`cScale${i}`, c])),
      ...Object.fromEntries([...scale, bg2].map((c, i) => [`fillType${i}`, c])),
    },
  };
}

let seq = 0;

/** The diagrams drawn, with their source and the theme they were drawn in, for a theme change. */
const drawn = new Map();
let watching = false;

/** Diagrams draw one at a time: mermaid's set-up and render share one global state. */
let queue = Promise.resolve();

/**
 * Draw one diagram into its box (in the colours of the page around it), or mermaid's message.
 * @param {any} mermaid @param {HTMLElement} box @param {string} source
 */
function drawOne(mermaid, box, source) {
  const next = queue.then(() => drawNow(mermaid, box, source));
  queue = next.catch(() => {});
  return next;
}

/** @param {any} mermaid @param {HTMLElement} box @param {string} source */
async function drawNow(mermaid, box, source) {
  const config = mermaidConfig(box);
  const theme = JSON.stringify(config.themeVariables);
  mermaid.initialize(config);
  const alt = /^\s*%% stAlt: (.*)$/m.exec(source)?.[1]?.trim() || "Mermaid diagram";
  seq += 1;
  try {
    const { svg } = await mermaid.render(`wl-mermaid-${seq}`, source);
    const img = document.createElement("img");
    img.alt = alt;
    img.className = "wl-mermaid-img";
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
    box.replaceChildren(img);
    drawn.set(box, { source, theme });
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

/** A new theme draws the diagrams again in its colours (as 1.67 does); removed ones are forgotten. */
async function redrawForTheme() {
  const mermaid = await loadMermaid();
  for (const [box, { source, theme }] of [...drawn]) {
    if (!box.isConnected) drawn.delete(box);
    else if (JSON.stringify(mermaidConfig(box).themeVariables) !== theme) await drawOne(mermaid, box, source);
  }
}

/**
 * Draw every diagram placeholder inside `root`.
 * @param {HTMLElement} root
 */
export function drawMermaid(root) {
  const boxes = /** @type {HTMLElement[]} */ ([...root.querySelectorAll("[data-wl-mermaid]")]);
  if (!boxes.length) return;
  if (!watching) {
    watching = true;
    // (chart_frame.js is not on a page's first load: it comes with the first diagram.)
    void import("./chart_frame.js").then(({ watchTheme }) => watchTheme(root, () => {
      redrawForTheme().catch((err) => console.warn("wasmlit: mermaid", err));
    }));
  }
  loadMermaid().then(async (mermaid) => {
    for (const box of boxes) {
      if (!box.hasAttribute("data-wl-mermaid")) continue;
      box.removeAttribute("data-wl-mermaid");
      await drawOne(mermaid, box, box.querySelector(".wl-mermaid-source")?.textContent || "");
    }
  }, (err) => {
    for (const box of boxes) box.textContent = `The Mermaid library could not be loaded: ${err instanceof Error ? err.message : String(err)}`;
  });
}

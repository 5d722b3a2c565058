// vega-embed's UMD build, imported for its side effect: it defines
// globalThis.vegaEmbed (and needs globalThis.vega and globalThis.vegaLite).
export {};
declare global {
  var vegaEmbed: typeof import("vega-embed").default | undefined;
}

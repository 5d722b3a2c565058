// vega-lite's UMD build, imported for its side effect: it defines globalThis.vegaLite.
export {};

// vega's UMD build, imported for its side effect: it defines globalThis.vega.
export {};

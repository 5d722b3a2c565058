// plotly.js-dist-min's bundle, imported for its side effect: it defines globalThis.Plotly.
export {};
declare global {
  var Plotly: any;
}

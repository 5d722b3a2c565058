// deck.gl's UMD bundle, imported for its side effect: it defines globalThis.deck.
export {};
declare global {
  var deck: any;
}

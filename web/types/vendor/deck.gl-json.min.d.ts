// @deck.gl/json's UMD bundle, imported for its side effect: it sets globalThis.deck to deck.gl's
// exports and its own (JSONConverter).
export {};

// Prism's core (npm prismjs), imported for its side effect: it defines globalThis.Prism.
export {};

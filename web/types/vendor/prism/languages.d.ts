// Written by the site builder (tooling/site/web.py, write_prism_languages) from prismjs/components.json.
export const loaders: Record<string, () => Promise<unknown>>;
export const requires: Record<string, string[]>;
export const aliases: Record<string, string>;

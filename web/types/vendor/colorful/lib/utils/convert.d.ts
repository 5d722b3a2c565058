// vanilla-colorful does not export its conversions by name; its own declarations, by path.
export * from "../../../../../node_modules/vanilla-colorful/lib/utils/convert.js";

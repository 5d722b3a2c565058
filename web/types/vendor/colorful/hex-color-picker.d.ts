export * from "vanilla-colorful/hex-color-picker.js";

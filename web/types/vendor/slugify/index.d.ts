export { default } from "@sindresorhus/slugify";

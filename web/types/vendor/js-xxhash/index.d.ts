export * from "js-xxhash";

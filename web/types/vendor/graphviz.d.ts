export * from "@hpcc-js/wasm-graphviz";

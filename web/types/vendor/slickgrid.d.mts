export * from "slickgrid";

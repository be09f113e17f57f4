export * from "./one.js";
export { two as renamed } from "./two.js";
export { default } from "./two.js";

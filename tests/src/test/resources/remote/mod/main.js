import { dep } from "./dep.js";
export const hello = "hello with " + dep;

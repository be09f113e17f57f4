import { a } from "./main.js";
export const b = "b";
export function fromB() { return "b sees " + a; }
console.log("b evaluated first");

import { b, fromB } from "./b.js";
export const a = "a";
console.log("main", b, fromB());

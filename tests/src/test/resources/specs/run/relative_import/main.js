import { greet } from "./lib.js";
import { fromSub } from "./sub/mod.js";

console.log(greet("main"));
console.log(fromSub());

// A module imported along several paths is one instance, evaluated once.
import { count } from "./counter.js";
import { countFromSub } from "./sub/user.js";
import * as again from "./sub/../counter.js";

console.log("same binding:", count === countFromSub, again.count === count);
console.log("evaluations:", globalThis.evaluations);

import { fail } from "./lib.js";

console.log("calling into lib.js");
fail();

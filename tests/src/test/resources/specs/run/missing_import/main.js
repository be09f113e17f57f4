import { nope } from "./does_not_exist.js";

console.log("never printed", nope);

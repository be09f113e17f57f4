import { greet } from "../lib.js";

export function fromSub() {
  return greet("sub/mod.js via ../lib.js");
}

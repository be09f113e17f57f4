import * as all from "./barrel.js";
import def, { renamed } from "./barrel.js";
console.log(Object.keys(all).sort().join(","), renamed, def);

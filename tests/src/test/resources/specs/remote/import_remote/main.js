import { dep } from "http://127.0.0.1:4545/mod/dep.js";
import * as json from "http://127.0.0.1:4545/mod/main.js";
console.log(dep, Object.keys(json));

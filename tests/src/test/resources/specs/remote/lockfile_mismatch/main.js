import { dep } from "http://127.0.0.1:4545/mod/dep.js";
console.log(dep);

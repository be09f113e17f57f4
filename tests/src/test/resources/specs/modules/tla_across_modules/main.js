import { value } from "./slow.js";
console.log("main sees", value);

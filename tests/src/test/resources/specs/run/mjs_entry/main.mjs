import { twice } from "./helper.mjs";

console.log("mjs entry", twice(21));

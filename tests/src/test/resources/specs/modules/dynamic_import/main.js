const specifier = "./lazy.js";
console.log("before");
const lazy = await import(specifier);
console.log(lazy.default, lazy.named);
const again = await import("./lazy.js");
console.log("same namespace:", again === lazy);
const text = "import('./not-a-call.js')";
console.log(text);

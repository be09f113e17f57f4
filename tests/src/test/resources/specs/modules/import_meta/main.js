console.log(import.meta.url.endsWith("/import_meta/main.js"), import.meta.main);
console.log(import.meta.resolve("./other.js").endsWith("/import_meta/other.js"));
console.log(import.meta.filename.endsWith("main.js"), import.meta.dirname.endsWith("import_meta"));
const { isMain } = await import("./other.js");
console.log("other main:", isMain);

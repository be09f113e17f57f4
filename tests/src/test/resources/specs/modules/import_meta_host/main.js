const meta = __ionImportMeta(import.meta);
console.log(meta.url.endsWith("/import_meta_host/main.js"), meta.main);
console.log(meta.resolve("./other.js").endsWith("/import_meta_host/other.js"));
console.log(meta.filename.endsWith("main.js"), meta.dirname.endsWith("import_meta_host"));

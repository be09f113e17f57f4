const meta = __ionImportMeta(import.meta);
await __ionImport("./missing.js", undefined, meta);

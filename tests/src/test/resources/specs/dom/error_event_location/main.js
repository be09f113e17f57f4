// The ErrorEvent of an uncaught error carries where it was thrown (filename, lineno, colno), as in Deno 2.5.4.
addEventListener("error", (e) => { console.log(JSON.stringify([e.message, e.filename === import.meta.url ? "this file" : e.filename, e.lineno, e.colno, e.error?.message])); e.preventDefault(); });
setTimeout(() => { throw new Error("boom"); }, 1);
queueMicrotask(() => { null.x; });
setTimeout(() => { throw 42; }, 2);
reportError(new TypeError("reported"));

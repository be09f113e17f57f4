addEventListener("error", (e) => { console.log("caught by listener:", e.message); e.preventDefault(); });
queueMicrotask(() => { throw new Error("from microtask"); });
reportError(new Error("reported"));
setTimeout(() => console.log("still running"), 5);

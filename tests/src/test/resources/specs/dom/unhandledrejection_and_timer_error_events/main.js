addEventListener("unhandledrejection", (e) => { console.log("unhandled:", e.reason.message); e.preventDefault(); });
addEventListener("error", (e) => { console.log("error event:", e.error.message); e.preventDefault(); });
Promise.reject(new Error("nobody"));
setTimeout(() => { throw new Error("in timer"); }, 1);
setTimeout(() => console.log("alive"), 10);

// Script, then every microtask (promise jobs and queueMicrotask in FIFO order), then timers.
setTimeout(() => console.log("timeout 0"), 0);
Promise.resolve().then(() => console.log("promise 1"));
queueMicrotask(() => console.log("microtask 1"));
Promise.resolve().then(() => console.log("promise 2"));
queueMicrotask(() => console.log("microtask 2"));
console.log("sync");

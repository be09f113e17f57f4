const p = Promise.reject(new Error("y"));
queueMicrotask(() => {
  p.catch((e) => console.log("caught in microtask", e.message));
});
setTimeout(() => console.log("timer still runs"), 0);

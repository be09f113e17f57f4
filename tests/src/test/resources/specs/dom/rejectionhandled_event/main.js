// A rejection reported as unhandled (and kept alive by preventDefault) that gets a handler later fires
// rejectionhandled at the global, in a task after the handler's microtasks. Output checked against Deno 2.5.4.
globalThis.onunhandledrejection = (e) => {
  console.log("unhandledrejection", e.reason.message, e.promise === p);
  e.preventDefault();
};
addEventListener("rejectionhandled", (e) => {
  console.log("rejectionhandled", e.reason.message, e.promise === p, e.cancelable, e instanceof PromiseRejectionEvent);
});
const p = Promise.reject(new Error("late"));
setTimeout(() => {
  p.catch(() => console.log("caught"));
  queueMicrotask(() => console.log("microtask after catch"));
}, 10);
// Handled in the same turn: neither event fires.
Promise.reject(new Error("early")).catch(() => console.log("handled at once"));
setTimeout(() => console.log("end"), 50);

// The rejection is still unhandled when the microtask checkpoint ends, so it is reported
// before the timer that would handle it runs.
const p = Promise.reject(new Error("handled too late"));
setTimeout(() => {
  p.catch(() => console.log("must not run"));
}, 0);
console.log("end of module");

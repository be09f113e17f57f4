// An exception in a queueMicrotask callback is reported like an uncaught error, not as a
// rejection, and ends the program before the timer.
queueMicrotask(() => console.log("first microtask"));
queueMicrotask(() => {
  throw new Error("microtask failed");
});
setTimeout(() => console.log("must not run"), 0);
console.log("sync");

// HTML's "report the exception": an ErrorEvent at the global; canceling it keeps the program running.
addEventListener("error", (event) => {
  console.log(event instanceof ErrorEvent, event.type, event.cancelable, event.error.message);
  event.preventDefault();
});
const target = new EventTarget();
target.addEventListener("x", () => {
  throw new Error("boom");
});
target.dispatchEvent(new Event("x"));
console.log("still running");

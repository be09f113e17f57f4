const target = new EventTarget();
target.addEventListener("x", () => {
  throw new Error("boom");
});
console.log("before");
target.dispatchEvent(new Event("x"));
console.log("not reached");

const controller = new AbortController();
const signal = controller.signal;
console.log(signal.onabort);
const order = [];
signal.addEventListener("abort", () => order.push("listener 1"));
signal.onabort = () => order.push("first handler");
signal.addEventListener("abort", () => order.push("listener 2"));
// Replacing the handler keeps its place among the listeners.
signal.onabort = function (event) {
  order.push(`second handler (this is the signal: ${this === signal}, ${event.type})`);
};
console.log(typeof signal.onabort);
controller.abort();
console.log(order.join("\n"));

// Non-objects set the handler to null.
const other = new AbortController();
other.signal.onabort = () => console.log("never");
other.signal.onabort = 5;
console.log(other.signal.onabort);
other.abort();
console.log("done");

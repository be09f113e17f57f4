const controller = new AbortController();
const { signal } = controller;
console.log(signal instanceof AbortSignal, signal instanceof EventTarget, signal.aborted, signal.reason);
signal.throwIfAborted();
signal.addEventListener("abort", (e) => console.log("listener", e.type, e.isTrusted, e.target === signal));
signal.onabort = (e) => console.log("onabort", e.type);
controller.abort("why");
controller.abort("ignored: already aborted");
console.log(signal.aborted, signal.reason);
try {
  signal.throwIfAborted();
} catch (error) {
  console.log("threw", error);
}

const second = new AbortController();
second.abort();
console.log(second.signal.reason instanceof DOMException, second.signal.reason.name, second.signal.reason.code);

const already = AbortSignal.abort(42);
already.onabort = () => console.log("never");
console.log(already.aborted, already.reason);

try {
  new AbortSignal();
} catch (error) {
  console.log(error.constructor.name, error.message);
}

// A signal in the options removes the listener when it aborts.
const target = new EventTarget();
const remover = new AbortController();
target.addEventListener("tick", () => console.log("tick"), { signal: remover.signal });
target.dispatchEvent(new Event("tick"));
remover.abort();
target.dispatchEvent(new Event("tick"));
target.addEventListener("tick", () => console.log("never added"), { signal: remover.signal });
target.dispatchEvent(new Event("tick"));
console.log("done");

// The console shows signals and controllers by their attributes.
const shown = new AbortController();
console.log(shown);
shown.abort("shown reason");
console.log(shown.signal);
console.log(AbortSignal.abort().reason.message);

// Messages follow the WebIDL style of browsers (Deno 2.5 lets several of these through or words them otherwise).
function attempt(what, fn) {
  try {
    fn();
    console.log(what, "did not throw");
  } catch (error) {
    console.log(`${what}: ${error.constructor.name}: ${error.message}`);
  }
}
attempt("new Event()", () => new Event());
attempt("Event()", () => Event("x"));
attempt("addEventListener('x')", () => new EventTarget().addEventListener("x"));
attempt("removeEventListener()", () => new EventTarget().removeEventListener());
attempt("dispatchEvent()", () => new EventTarget().dispatchEvent());
attempt("dispatchEvent.call({})", () => EventTarget.prototype.dispatchEvent.call({}, new Event("x")));
attempt("Event#type on {}", () => Object.getOwnPropertyDescriptor(Event.prototype, "type").get.call({}));
attempt("AbortSignal.timeout()", () => AbortSignal.timeout());
attempt("AbortSignal.any()", () => AbortSignal.any());
attempt("new AbortSignal()", () => new AbortSignal());
attempt("new CustomEvent()", () => new CustomEvent());
attempt("new ErrorEvent()", () => new ErrorEvent());
attempt("new Event(Symbol())", () => new Event(Symbol("s")));
attempt("new DOMException(Symbol())", () => new DOMException(Symbol("s")));
attempt("addEventListener(Symbol(), f)", () => new EventTarget().addEventListener(Symbol("s"), () => {}));
attempt("addEventListener('x', 5)", () => new EventTarget().addEventListener("x", 5));
attempt("addEventListener with a bad signal", () => new EventTarget().addEventListener("x", null, { signal: {} }));
attempt("AbortSignal.timeout(-1)", () => AbortSignal.timeout(-1));
attempt("AbortSignal.any([1])", () => AbortSignal.any([1]));
attempt("AbortSignal#onabort on {}", () => Object.getOwnPropertyDescriptor(AbortSignal.prototype, "onabort").get.call({}));
attempt("AbortController#abort on {}", () => AbortController.prototype.abort.call({}));
attempt("new PromiseRejectionEvent('x', {})", () => new PromiseRejectionEvent("x", {}));
attempt("new CustomEvent('x', 5)", () => new CustomEvent("x", 5));
attempt("dispatchEvent({})", () => new EventTarget().dispatchEvent({}));
const event = new Event("again");
const target = new EventTarget();
target.addEventListener("again", () => attempt("dispatching an event twice", () => target.dispatchEvent(event)));
target.dispatchEvent(event);

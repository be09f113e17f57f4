// Error messages, word for word. They follow the WebIDL style of browsers (Deno 2.5 words most of them
// otherwise and lets the MessageEvent ones through).
function attempt(what, fn) {
  try {
    fn();
    console.log(what, "did not throw");
  } catch (error) {
    console.log(`${what}: ${error.constructor.name}${error.name === "DataCloneError" ? " (DataCloneError)" : ""}: ${error.message}`);
  }
}
const { port1, port2 } = new MessageChannel();
attempt("new MessagePort()", () => new MessagePort());
attempt("MessageChannel()", () => MessageChannel());
attempt("postMessage()", () => port1.postMessage());
attempt("postMessage(1, 5)", () => port1.postMessage(1, 5));
attempt("postMessage(1, { transfer: 5 })", () => port1.postMessage(1, { transfer: 5 }));
attempt("postMessage(1, [5])", () => port1.postMessage(1, [5]));
attempt("postMessage(1, { transfer: [null] })", () => port1.postMessage(1, { transfer: [null] }));
attempt("postMessage(1, [port1])", () => port1.postMessage(1, [port1]));
attempt("postMessage(port2)", () => port1.postMessage(port2));
attempt("postMessage(() => {})", () => port1.postMessage(() => {}));
attempt("postMessage(1, [{}])", () => port1.postMessage(1, [{}]));
const other = new MessageChannel();
attempt("postMessage(1, [p, p])", () => port1.postMessage(1, [other.port1, other.port1]));
const buffer = new ArrayBuffer(1);
structuredClone(buffer, { transfer: [buffer] });
attempt("postMessage(1, [detached buffer])", () => port1.postMessage(1, [buffer]));
const closed = new MessageChannel().port1;
closed.close();
attempt("postMessage(1, [closed port])", () => port1.postMessage(1, [closed]));
attempt("structuredClone(port)", () => structuredClone(port1));
attempt("structuredClone(channel)", () => structuredClone(new MessageChannel()));
attempt("structuredClone(messageEvent)", () => structuredClone(new MessageEvent("x")));
attempt("postMessage.call({})", () => MessagePort.prototype.postMessage.call({}, 1));
attempt("start.call({})", () => MessagePort.prototype.start.call({}));
attempt("close.call({})", () => MessagePort.prototype.close.call({}));
attempt("onmessage getter on {}", () => Object.getOwnPropertyDescriptor(MessagePort.prototype, "onmessage").get.call({}));
attempt("port1 getter on {}", () => Object.getOwnPropertyDescriptor(MessageChannel.prototype, "port1").get.call({}));
attempt("data getter on an Event", () => Object.getOwnPropertyDescriptor(MessageEvent.prototype, "data").get.call(new Event("x")));
attempt("new MessageEvent()", () => new MessageEvent());
attempt("new MessageEvent('m', 5)", () => new MessageEvent("m", 5));
attempt("new MessageEvent('m', { ports: 5 })", () => new MessageEvent("m", { ports: 5 }));
attempt("new MessageEvent('m', { ports: [5] })", () => new MessageEvent("m", { ports: [5] }));
attempt("new MessageEvent('m', { source: {} })", () => new MessageEvent("m", { source: {} }));
attempt("new MessageEvent('m', { lastEventId: Symbol() })", () => new MessageEvent("m", { lastEventId: Symbol() }));
// Nothing was sent: the failed posts left the transfer lists intact.
console.log("other.port1 still usable:", (() => { other.port1.postMessage("ok"); return true; })());

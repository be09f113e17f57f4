// MessageEvent: the constructor's defaults and init members, and the event a port fires.
// (Deno 2.5 differs on lines 2 and 4-6: it drops a MessagePort given as `source`, keeps data, origin, lastEventId
// and ports as own properties, does not freeze ports and has a length of 2. Ion follows HTML: accessors on
// MessageEvent.prototype, ports a frozen array that is the same object on every read, length 1.)
const plain = new MessageEvent("message");
console.log(plain.type, plain.data, JSON.stringify(plain.origin), JSON.stringify(plain.lastEventId), plain.source, plain.ports);
const { port1, port2 } = new MessageChannel();
const init = { data: { x: 1 }, origin: "https://example.com", lastEventId: "7", source: port1, ports: [port2], bubbles: true };
const event = new MessageEvent("custom", init);
console.log(event.data === init.data, event.origin, event.lastEventId, event.source === port1, event.ports[0] === port2);
console.log("bubbles:", event.bubbles, "cancelable:", event.cancelable, "isTrusted:", event.isTrusted, event instanceof Event);
console.log("ports frozen:", Object.isFrozen(event.ports), "same array:", event.ports === event.ports);
console.log(Object.keys(Object.getOwnPropertyDescriptors(MessageEvent.prototype)).join(", "));
console.log(MessageEvent.length, MessageEvent.name, String(event));

port1.onmessage = (e) => {
  console.log("fired:", e.type, e.data, JSON.stringify(e.origin), JSON.stringify(e.lastEventId), e.source, e.ports.length);
  console.log("isTrusted:", e.isTrusted, "bubbles:", e.bubbles, "cancelable:", e.cancelable, "target is port1:", e.target === port1);
  port1.close();
};
port2.postMessage("hello");

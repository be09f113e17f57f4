// HTML's "close" event: closing one port of a channel fires "close" at the other, as a task after the
// messages already queued for it. (Deno 2.5 has no close event and no onclose.)
const { port1, port2 } = new MessageChannel();
port2.onmessage = (e) => console.log("port2 got", e.data);
port2.onclose = (e) => console.log("port2 close event:", e.type, e.isTrusted, e.target === port2, e instanceof MessageEvent);
port1.addEventListener("close", () => console.log("port1 close event: not fired at the closing port"));
port1.postMessage("last words");
port1.close();
console.log("closed");

// Transfer: ArrayBuffers are detached when posted; a transferred MessagePort arrives in `ports` as a new port,
// entangled with the old one's peer, and takes the messages already queued for it along.
// (Deno 2.5 drops the port from `ports` when an ArrayBuffer comes before it in the transfer list.)
const { port1, port2 } = new MessageChannel();
const inner = new MessageChannel();

const buffer = new Uint8Array([1, 2, 3]).buffer;
const steps = [];
port1.onmessage = (e) => steps.shift()(e);

steps.push((e) => {
  console.log("bytes:", Array.from(new Uint8Array(e.data.buffer)), "same object:", e.data.buffer === buffer);
  console.log("ports:", e.ports.length, e.ports[0] instanceof MessagePort, e.ports[0] === inner.port1);
  const received = e.ports[0];
  received.onmessage = (m) => {
    console.log("received port got:", m.data);
    if (m.data === "after") {
      received.postMessage("reply");
    }
  };
});
inner.port2.onmessage = (m) => {
  console.log("inner.port2 got:", m.data);
  inner.port2.close();
  // The options form transfers too.
  const other = new ArrayBuffer(8);
  port2.postMessage(other, { transfer: [other] });
  console.log("options form detached:", other.detached);
};
steps.push((e) => {
  console.log("options form message:", e.data.byteLength);
  port1.close();
  structuredCloneTransfers();
});

inner.port2.postMessage("before");
port2.postMessage({ buffer }, [inner.port1, buffer]);
console.log("posted: byteLength", buffer.byteLength, "detached", buffer.detached);
// The old port was transferred: posting through it reaches nobody.
inner.port1.postMessage("lost");
inner.port2.postMessage("after");

function structuredCloneTransfers() {
  const channel = new MessageChannel();
  const moved = structuredClone(channel.port1, { transfer: [channel.port1] });
  console.log("structuredClone gave a new port:", moved !== channel.port1, moved instanceof MessagePort);
  moved.onmessage = (e) => {
    console.log("moved port got:", e.data);
    moved.close();
  };
  channel.port2.postMessage("via structuredClone");
}

// close(): messages not yet delivered to the closed port are dropped, posting to or from a closed channel
// reaches nobody, and a closed port cannot be transferred. A started port keeps the process alive only while
// it is entangled: once either side closes, the process ends after the messages already queued.
const a = new MessageChannel();
a.port1.onmessage = (e) => console.log("a.port1 got", e.data);
a.port2.postMessage("dropped: port1 closes before delivery");
a.port1.close();
a.port2.postMessage("dropped: posted after close");
a.port1.postMessage("dropped: posted from a closed port");
try {
  new MessageChannel().port1.postMessage(null, [a.port1]);
} catch (e) {
  console.log("transferring a closed port:", e.name);
}
a.port1.close();
console.log("closing twice is fine");

const b = new MessageChannel();
b.port1.onmessage = (e) => console.log("b.port1 got", e.data);
b.port2.postMessage("delivered: posted before its sender closed");
b.port2.close();

// A port that was never started does not keep the process alive, messages or not.
new MessageChannel().port2.postMessage("never read");
console.log("script end");

// Each message is its own task: microtasks run after each one; message tasks queued before a due timer
// fire run before it, and a message posted from a timer runs after timers that were already due.
const log = [];
const { port1, port2 } = new MessageChannel();
port1.onmessage = (e) => {
  log.push(`message ${e.data}`);
  queueMicrotask(() => log.push(`microtask after message ${e.data}`));
};
setTimeout(() => log.push("timeout 0 (set before posting)"), 0);
port2.postMessage(1);
port2.postMessage(2);
Promise.resolve().then(() => log.push("microtask of the script"));
port2.postMessage(3);
log.push("script end");

setTimeout(() => {
  setTimeout(() => log.push("timeout set by a timer"), 0);
  port2.postMessage("from a timer");
  Promise.resolve().then(() => port2.postMessage("from a timer's microtask"));
}, 20);
setTimeout(() => log.push("second timer due with the first"), 20);
// Both timers are due before either runs.
for (const start = Date.now(); Date.now() - start < 40;);

setTimeout(() => {
  console.log(log.join("\n"));
  port1.close();
}, 150);

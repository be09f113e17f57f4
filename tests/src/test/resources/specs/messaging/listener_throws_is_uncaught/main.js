// An exception thrown by a message listener is reported like any uncaught error: the global "error" event
// first, then the process ends with it when no listener canceled it.
const { port1, port2 } = new MessageChannel();
let handled = false;
globalThis.addEventListener("error", (e) => {
  console.log("error event:", e.message);
  if (!handled) {
    handled = true;
    e.preventDefault();
  }
});
port1.onmessage = (e) => {
  console.log("got", e.data);
  throw new Error(`thrown for ${e.data}`);
};
port2.postMessage("first");
port2.postMessage("second");

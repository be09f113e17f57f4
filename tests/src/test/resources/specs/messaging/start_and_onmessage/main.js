// A port's message queue starts disabled: addEventListener alone receives nothing until start(); setting
// onmessage starts it. Messages wait in the queue meanwhile, in order.
const { port1, port2 } = new MessageChannel();
port1.addEventListener("message", (e) => console.log("listener got", e.data));
port2.postMessage(1);
port2.postMessage(2);
setTimeout(() => {
  console.log("not started yet; starting");
  port1.start();
  port1.start();
}, 20);
setTimeout(() => {
  const other = new MessageChannel();
  other.port2.postMessage("queued before onmessage was set");
  other.port1.onmessage = (e) => {
    console.log("onmessage got", e.data, "target is the port:", e.target === other.port1);
    other.port1.close();
    port1.close();
  };
}, 40);

// A port that starts and closes within one task releases its hold on the loop mid-task; work the same task
// schedules afterwards still runs.
const { port1 } = new MessageChannel();
port1.onmessage = () => console.log("not reached");
port1.close();
setTimeout(() => console.log("timer after the hold was released"), 20);
console.log("script end");

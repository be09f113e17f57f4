// After each timer callback the microtask queue is drained before the next timer runs.
for (let i = 1; i <= 3; i++) {
  setTimeout(() => {
    console.log(`timer ${i}`);
    Promise.resolve().then(() => console.log(`promise from timer ${i}`));
    queueMicrotask(() => console.log(`microtask from timer ${i}`));
  }, 0);
}

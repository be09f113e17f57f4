// Both timers are due at the same time; the first one cancels the second before it runs.
let second;
setTimeout(() => {
  console.log("first clears second");
  clearTimeout(second);
}, 5);
second = setTimeout(() => console.log("second must not run"), 5);
setTimeout(() => console.log("third runs"), 5);

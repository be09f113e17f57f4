let runs = 0;
const id = setInterval(() => {
  runs++;
  console.log(`run ${runs}`);
  clearInterval(id);
  // A new timer set after clearing must still run.
  setTimeout(() => console.log("after clear, runs =", runs), 5);
}, 1);

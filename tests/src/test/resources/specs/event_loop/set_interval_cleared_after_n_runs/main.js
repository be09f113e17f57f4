let runs = 0;
const id = setInterval(() => {
  runs++;
  console.log(`tick ${runs}`);
  if (runs === 4) {
    clearInterval(id);
    setTimeout(() => console.log("done, runs =", runs), 20);
  }
}, 2);

let runs = 0;
setInterval(() => {
  runs++;
  console.log(`interval run ${runs}`);
  throw new Error(`interval failed on run ${runs}`);
}, 1);
setTimeout(() => console.log("must not run"), 50);

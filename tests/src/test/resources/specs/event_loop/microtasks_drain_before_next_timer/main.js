setTimeout(() => {
  console.log("timer 1");
  let depth = 0;
  const chain = () => {
    depth++;
    console.log(`microtask depth ${depth}`);
    if (depth < 5) {
      if (depth % 2) queueMicrotask(chain);
      else Promise.resolve().then(chain);
    }
  };
  queueMicrotask(chain);
}, 0);
setTimeout(() => console.log("timer 2"), 0);

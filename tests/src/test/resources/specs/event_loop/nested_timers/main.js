setTimeout(() => {
  console.log("outer 1");
  setTimeout(() => {
    console.log("inner of outer 1");
    setTimeout(() => console.log("innermost"), 0);
  }, 0);
  Promise.resolve().then(() => console.log("microtask of outer 1"));
}, 0);
setTimeout(() => console.log("outer 2"), 0);

setTimeout(() => console.log("first timer"), 0);
setTimeout(() => {
  throw new Error("timer failed");
}, 5);
setTimeout(() => console.log("must not run"), 50);
console.log("scheduled");

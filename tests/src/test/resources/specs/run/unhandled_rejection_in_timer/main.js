setTimeout(() => {
  console.log("timer");
  Promise.reject(new Error("rejected in a timer"));
}, 1);

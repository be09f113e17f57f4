// setTimeout and setInterval share one id list, so either clear function cancels either kind.
const interval = setInterval(() => console.log("interval must not run"), 1);
const timeout = setTimeout(() => console.log("timeout must not run"), 1);
clearTimeout(interval);
clearInterval(timeout);
setTimeout(() => console.log("only this runs"), 10);

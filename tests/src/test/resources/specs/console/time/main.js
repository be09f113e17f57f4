console.time();
console.time();
console.timeEnd("unknown");
console.timeLog("unknown");
console.time("t");
console.timeEnd("t");
console.timeEnd("t");
console.timeLog();
console.log(typeof console.timeStamp, typeof console.profile, typeof console.clear);

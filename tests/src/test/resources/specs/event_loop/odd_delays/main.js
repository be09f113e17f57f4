// The delay is a WebIDL long: ToNumber then ToInt32, and negative means 0.
// So NaN, "abc", undefined, -5, -Infinity and 2**32 all mean 0; 2**32 + 20 means 20,
// 2**31 wraps to a negative number, which also means 0. Timers with equal delays keep the
// order they were set in.
setTimeout(() => console.log("negative -> 0"), -5);
setTimeout(() => console.log("NaN -> 0"), NaN);
setTimeout(() => console.log("'abc' -> 0"), "abc");
setTimeout(() => console.log("undefined -> 0"), undefined);
setTimeout(() => console.log("-Infinity -> 0"), -Infinity);
setTimeout(() => console.log("Infinity -> 0"), Infinity);
setTimeout(() => console.log("2**31 -> 0"), 2 ** 31);
setTimeout(() => console.log("2**32 -> 0"), 2 ** 32);
setTimeout(() => console.log("0.9 -> 0"), 0.9);
setTimeout(() => console.log("10 ms"), 10);
setTimeout(() => console.log("'10' -> 10 ms"), "10");
setTimeout(() => console.log("10.9 -> 10 ms"), 10.9);
setTimeout(() => console.log("20 ms"), 20);
setTimeout(() => console.log("2**32 + 20 -> 20 ms"), 2 ** 32 + 20);
const never = setTimeout(() => console.log("2**31 - 1 must not run"), 2 ** 31 - 1);
setTimeout(() => {
  clearTimeout(never);
  console.log("cleared the longest timer");
}, 40);

const a = setTimeout(() => console.log("a must not run"), 5);
const b = setTimeout(() => console.log("b runs"), 10);
clearTimeout(a);
// Clearing twice, clearing unknown ids and clearing with odd values is harmless.
clearTimeout(a);
clearTimeout(123456);
clearTimeout(undefined);
clearTimeout(null);
clearTimeout("abc");
clearTimeout();
clearInterval(b + 1000);
console.log("cleared", typeof a, typeof b);

// Catching a stack overflow near the deepest frame and calling into the standard library from there must
// not crash the process: V8 aborts when Java code called that close to its stack limit enters V8 again,
// so ops must not call back into JavaScript (Javet's array push does; the console's proxy check used it).
// Each attempt calls from a little further above the limit than the last.
function attempt(headroom) {
  let max = 0;
  function deep(depth) {
    try {
      return deep(depth + 1);
    } catch (e) {
      if (max === 0) max = depth;
      if (depth > max - headroom) throw e;
      return console.log(new Proxy({}, {}));
    }
  }
  try {
    deep(0);
  } catch {
    // a RangeError when the call itself ran out of stack
  }
}
for (let headroom = 0; headroom < 80; headroom++) attempt(headroom);
console.log("survived");

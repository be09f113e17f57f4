setTimeout((a, b, c) => console.log("timeout args", a, b, c), 0, "x", 2, true);
let n = 0;
const id = setInterval((label, step) => {
  n += step;
  console.log("interval args", label, n);
  if (n >= 3) clearInterval(id);
}, 5, "iv", 1);
setTimeout((...rest) => console.log("count", rest.length), 0);
setTimeout(function () {
  console.log("arguments", arguments.length, arguments[0] === undefined);
}, 0, undefined);

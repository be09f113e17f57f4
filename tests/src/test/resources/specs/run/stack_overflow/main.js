function deeper(n) {
  return deeper(n + 1) + 1;
}
try {
  deeper(0);
} catch (e) {
  console.log(e instanceof RangeError, e.message);
}
deeper(0);

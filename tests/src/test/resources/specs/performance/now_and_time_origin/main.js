const a = performance.now();
const b = performance.now();
console.log(typeof a, a > 0, b >= a);
console.log(Math.abs(performance.timeOrigin + performance.now() - Date.now()) < 100);
console.log(Object.keys(performance.toJSON()), performance.toJSON().timeOrigin === performance.timeOrigin);
console.log(Object.prototype.toString.call(performance), typeof Performance);
const start = performance.now();
setTimeout(() => {
  console.log(performance.now() - start >= 49);
}, 50);
try {
  Performance.prototype.now.call({});
} catch (e) {
  console.log(e.name);
}

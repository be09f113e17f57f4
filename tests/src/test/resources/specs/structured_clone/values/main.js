const shared = { shared: true };
const value = {
  number: -0, string: "s", big: 10n, nothing: null, undef: undefined, bool: new Boolean(false),
  num: new Number(3), str: new String("x"), date: new Date(86400000), regexp: /a+b/gimsuy,
  map: new Map([[shared, "first"], ["k", shared]]), set: new Set([1, shared]),
  array: [1, , "three"], bytes: new Uint16Array([1, 2, 3]).subarray(1), view: new DataView(new ArrayBuffer(4), 1, 2),
  error: new TypeError("bad"), plain: new Error(),
};
value.cycle = value;
const copy = structuredClone(value);
console.log(copy !== value, copy.cycle === copy, Object.is(copy.number, -0), copy.big, copy.nothing, "undef" in copy);
console.log(typeof copy.bool, copy.bool.valueOf(), copy.num.valueOf(), copy.str.valueOf());
console.log(copy.date.toISOString(), copy.regexp.source, copy.regexp.flags);
const [mapKey] = copy.map.keys();
console.log(mapKey !== shared, copy.map.get("k") === mapKey, copy.set.has(mapKey));
console.log(copy.array.length, 1 in copy.array, copy.array[2]);
console.log(copy.bytes.constructor.name, Array.from(copy.bytes), copy.bytes.byteOffset, copy.bytes.buffer.byteLength);
console.log(copy.view.byteOffset, copy.view.byteLength);
console.log(copy.error instanceof TypeError, copy.error.message, Object.hasOwn(copy.plain, "message"));
class Point {
  constructor() {
    this.x = 1;
  }
}
const point = structuredClone(new Point());
console.log(Object.getPrototypeOf(point) === Object.prototype, point.x);

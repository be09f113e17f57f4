// structuredClone tells objects apart by what they are inside V8, not by their prototype or tag, and copies
// in the spec's order: getters run in order, a proxy anywhere is refused without running its traps.
const attempt = (label, fn) => {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, "threw", e.name);
  }
};
let trapped = false;
const handler = { get() { trapped = true; }, ownKeys() { trapped = true; return []; }, getPrototypeOf() { trapped = true; return null; } };
attempt("proxy", () => structuredClone(new Proxy({}, handler)));
attempt("nested proxy", () => structuredClone({ a: [1, { b: new Proxy([], handler) }] }));
attempt("proxy as a Map key", () => structuredClone(new Map([[new Proxy({}, handler), 1]])));
console.log("a trap ran:", trapped);

// Internal slots decide, whatever the prototype says.
attempt("Map with Object.prototype", () => structuredClone(Object.setPrototypeOf(new Map([[1, 2]]), Object.prototype)));
attempt("Date with Object.prototype", () => structuredClone(Object.setPrototypeOf(new Date(5), Object.prototype)).getTime());
attempt("an object inheriting from Date.prototype", () => structuredClone(Object.create(Date.prototype)) instanceof Date);
attempt("a Map subclass", () => structuredClone(new (class extends Map {})([[1, { a: 2 }]])));
attempt("a class instance", () => structuredClone(new (class Point { constructor() { this.x = 1; } get y() { return 2; } })()));
attempt("wrappers", () => structuredClone([new Number(3), new String("s"), new Boolean(false), Object(10n)]));
for (const [label, value] of [
  ["Symbol wrapper", Object(Symbol())], ["WeakRef", new WeakRef({})], ["WeakMap", new WeakMap()],
  ["generator", (function* () {})()], ["Map iterator", new Map().entries()],
  ["arguments", (function () { return arguments; })(1, 2)], ["promise", Promise.resolve()],
]) {
  attempt(label, () => structuredClone(value));
}

// Getters run in the spec's order, and see the effects of the ones before them.
const log = [];
const source = {
  get a() { log.push("a"); return { get inner() { log.push("a.inner"); delete source.c; return 1; } }; },
  b: { get c() { log.push("b.c"); return 2; } },
  c: "deleted by a.inner",
  get d() { log.push("d"); return new Date(0); },
};
console.log(structuredClone(source), log.join(" "));
attempt("a getter returning a proxy", () => structuredClone({ get a() { return new Proxy({}, {}); } }));

// Copies get own data properties, whatever Object.prototype and Array.prototype hold.
let setterRan = false;
Object.defineProperty(Object.prototype, "zz", { set() { setterRan = true; }, configurable: true });
Object.defineProperty(Array.prototype, "0", { set() { setterRan = true; }, get() { return "inherited"; }, configurable: true });
const copy = structuredClone({ zz: 1, list: [7], ["__proto__"]: 3 });
delete Object.prototype.zz;
delete Array.prototype[0];
console.log(setterRan, Object.keys(copy), copy.zz, copy.list[0], Object.getOwnPropertyDescriptor(copy, "__proto__").value);

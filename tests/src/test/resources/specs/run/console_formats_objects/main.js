// Needs the Deno-compatible console (object formatting).
console.log({ a: 1, b: "two", c: [1, 2, 3], d: { nested: true } });
console.log([1, "a", null, undefined, { x: 1 }]);
console.log(new Map([["k", 1]]), new Set([1, 2]));
console.log("%s is %d years", "Ion", 1, { extra: true });

for (const value of [function f() {}, Symbol("s"), { nested: () => {} }, new WeakMap(), Promise.resolve()]) {
  try {
    structuredClone(value);
    console.log("cloned");
  } catch (e) {
    console.log(e instanceof DOMException, e.name, e.code);
  }
}
const thrown = new Error("from getter");
try {
  structuredClone({ get x() { throw thrown; } });
} catch (e) {
  console.log(e === thrown);
}
try {
  structuredClone();
} catch (e) {
  console.log(e.name, e.message);
}

// A host extension's script, as an embedder would write one: a global that calls an op, and per-context
// set-up that calls an op once the context's ops are bound.
let contextNumber = 0;
internals.onContextStart(() => {
  contextNumber = ops.op_test_next_context();
});
Object.defineProperty(globalThis, "greet", {
  value: (name) => ops.op_test_greet(String(name), contextNumber),
  writable: true,
  enumerable: false,
  configurable: true,
});

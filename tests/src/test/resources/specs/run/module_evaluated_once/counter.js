globalThis.evaluations = (globalThis.evaluations ?? 0) + 1;
console.log("counter.js evaluated");
export const count = {};

console.log("before");
await new Promise((resolve) => setTimeout(resolve, 10));
console.log("after 10 ms");
const value = await Promise.resolve(42);
console.log("value", value);

console.log("waiting forever");
await new Promise(() => {});
console.log("never printed");

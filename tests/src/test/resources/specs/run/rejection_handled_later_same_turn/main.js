const p = Promise.reject(new Error("x"));
await null;
p.catch((e) => console.log("caught", e.message));
console.log("end of module");

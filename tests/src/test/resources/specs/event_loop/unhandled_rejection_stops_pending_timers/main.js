setTimeout(() => console.log("must not run"), 10);
Promise.reject(new Error("nobody handles this"));
console.log("end of module");

for (let i = 0; i < 2000; i++) {
  console.log(`line ${i}`);
}
console.error("to stderr before the error");
throw new Error("after lots of output");

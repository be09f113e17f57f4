console.log("before");
const chunks = [];
while (true) {
  chunks.push(new Array(100_000).fill(1.5));
}

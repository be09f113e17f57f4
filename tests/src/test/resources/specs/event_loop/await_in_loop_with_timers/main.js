const sleep = (ms, label) => new Promise((resolve) => setTimeout(() => {
  console.log(`timer ${label}`);
  resolve(label);
}, ms));
// Due before the first 10 ms sleep: deadlines set together keep their order whatever the load.
setTimeout(() => console.log("independent 5 ms timer"), 5);
for (let i = 0; i < 4; i++) {
  const v = await sleep(10, i);
  console.log(`awaited ${v}`);
  await null;
  console.log(`after await null ${i}`);
}
const results = await Promise.all([sleep(15, "p15"), sleep(5, "p5"), sleep(10, "p10")]);
console.log("all:", results.join(","));
const first = await Promise.race([sleep(20, "r20"), sleep(1, "r1")]);
console.log("race:", first);

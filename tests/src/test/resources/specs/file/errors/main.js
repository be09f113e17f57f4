// What Blob and File say when they are misused.
const attempts = [
  () => new Blob("abc"),
  () => new Blob(5),
  () => new Blob({}),
  () => new Blob([Symbol("s")]),
  () => new Blob([], 5),
  () => new Blob([], { endings: "windows" }),
  () => new Blob([new SharedArrayBuffer(4)]),
  () => new Blob([new ArrayBuffer(4, { maxByteLength: 8 })]),
  () => new Blob(["ok", new Uint8Array(new SharedArrayBuffer(4))]),
  () => Blob(),
  () => new File(["a"]),
  () => new File(),
  () => new File([], "x", "text/plain"),
  () => Object.getOwnPropertyDescriptor(Blob.prototype, "size").get.call({}),
  () => Blob.prototype.slice.call(new Uint8Array(1)),
  () => Object.getOwnPropertyDescriptor(File.prototype, "name").get.call(new Blob([])),
];
for (const attempt of attempts) {
  try {
    attempt();
    console.log("no error");
  } catch (e) {
    console.log(`${e.name}: ${e.message}`);
  }
}
// Methods returning promises reject instead of throwing.
try {
  await Blob.prototype.text.call({});
} catch (e) {
  console.log(`${e.name}: ${e.message}`);
}

const buffer = new Uint8Array([1, 2, 3, 4]).buffer;
const copy = structuredClone({ view: new Uint8Array(buffer, 2), buffer }, { transfer: [buffer] });
console.log(buffer.byteLength, buffer.detached, copy.buffer.byteLength, copy.view.buffer === copy.buffer, Array.from(copy.view));
const kept = new ArrayBuffer(8);
try {
  structuredClone({ f() {} }, { transfer: [kept] });
} catch (e) {
  console.log(e.name, kept.byteLength);
}
for (const transfer of [[buffer], [kept, kept], [{}]]) {
  try {
    structuredClone(null, { transfer });
  } catch (e) {
    console.log(e.name, e.code);
  }
}
try {
  structuredClone(1, { transfer: 5 });
} catch (e) {
  console.log(e.name);
}

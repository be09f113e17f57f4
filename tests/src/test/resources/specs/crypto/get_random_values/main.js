for (const ctor of [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, BigInt64Array, BigUint64Array]) {
  const array = new ctor(8);
  console.log(ctor.name, crypto.getRandomValues(array) === array);
}
const big = new Uint8Array(65536);
crypto.getRandomValues(big);
console.log(big.some((x) => x !== 0));
for (const value of [new Float32Array(1), new Float64Array(1), new DataView(new ArrayBuffer(1))]) {
  try {
    crypto.getRandomValues(value);
  } catch (e) {
    console.log(e instanceof DOMException, e.name, e.code);
  }
}
try {
  crypto.getRandomValues(new Uint8Array(65537));
} catch (e) {
  console.log(e instanceof DOMException, e.name, e.code);
}
try {
  crypto.getRandomValues([1, 2]);
} catch (e) {
  console.log(e.name);
}
const uuid = crypto.randomUUID();
console.log(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(uuid), uuid !== crypto.randomUUID());
console.log(crypto instanceof Crypto, crypto.subtle instanceof SubtleCrypto, crypto.subtle === crypto.subtle);

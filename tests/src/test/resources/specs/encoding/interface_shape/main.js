for (const ctor of [TextEncoder, TextDecoder]) {
  const global = Object.getOwnPropertyDescriptor(globalThis, ctor.name);
  console.log(ctor.name, ctor.length, global.enumerable, global.writable, global.configurable);
  for (const key of Reflect.ownKeys(ctor.prototype).filter((k) => typeof k === "string" || k === Symbol.toStringTag)) {
    const d = Object.getOwnPropertyDescriptor(ctor.prototype, key);
    const fn = d.value ?? d.get;
    console.log(" ", String(key), d.enumerable, typeof fn === "function" ? `${fn.name}/${fn.length}` : fn);
  }
}
console.log(String(new TextEncoder()), String(new TextDecoder()), Object.prototype.toString.call(TextDecoder.prototype));
console.log(Object.keys(new TextDecoder()), Object.keys(new TextEncoder()));

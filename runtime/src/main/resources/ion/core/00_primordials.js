// Captures the built-ins before user code runs, so the standard library keeps working when a
// script replaces Array.prototype.push or deletes globalThis.Map. The naming follows Node's
// primordials: statics as `ObjectKeys`, prototype methods uncurried as `ArrayPrototypePush(arr, x)`,
// accessors as `MapPrototypeGetSize(map)`. Evaluated once per context; returns a frozen object.
(function () {
  "use strict";
  const primordials = { __proto__: null };
  const { apply, bind, call } = Function.prototype;
  const uncurryThis = bind.bind(call);
  const { defineProperty, getOwnPropertyDescriptor, freeze } = Object;
  const ownKeys = Reflect.ownKeys;

  function nameOf(key) {
    if (typeof key === "string") return key[0].toUpperCase() + key.slice(1);
    const description = key.description;               // Symbol.iterator -> SymbolIterator
    return description.startsWith("Symbol.")
      ? "Symbol" + description[7].toUpperCase() + description.slice(8) : null;
  }

  function copy(source, prefix, uncurry) {
    for (const key of ownKeys(source)) {
      const name = nameOf(key);
      if (name === null) continue;
      const desc = getOwnPropertyDescriptor(source, key);
      if ("get" in desc) {
        if (desc.get) primordials[`${prefix}Get${name}`] = uncurry ? uncurryThis(desc.get) : desc.get;
        if (desc.set) primordials[`${prefix}Set${name}`] = uncurry ? uncurryThis(desc.set) : desc.set;
      } else if (typeof desc.value === "function") {
        // Statics such as Promise.resolve need their constructor as receiver.
        primordials[`${prefix}${name}`] = uncurry ? uncurryThis(desc.value) : bind.call(desc.value, source);
      } else {
        primordials[`${prefix}${name}`] = desc.value;
      }
    }
  }

  const constructors = [
    "Array", "ArrayBuffer", "BigInt", "BigInt64Array", "BigUint64Array", "Boolean", "DataView", "Date",
    "Error", "EvalError", "FinalizationRegistry", "Float32Array", "Float64Array", "Function", "Int16Array",
    "Int32Array", "Int8Array", "Map", "Number", "Object", "Promise", "Proxy", "RangeError", "ReferenceError",
    "RegExp", "Set", "SharedArrayBuffer", "String", "Symbol", "SyntaxError", "TypeError", "URIError",
    "Uint16Array", "Uint32Array", "Uint8Array", "Uint8ClampedArray", "WeakMap", "WeakRef", "WeakSet",
  ];
  for (const name of constructors) {
    const ctor = globalThis[name];
    if (ctor === undefined) continue;
    primordials[name] = ctor;
    copy(ctor, name, false);
    if (ctor.prototype) copy(ctor.prototype, `${name}Prototype`, true);
  }
  const TypedArray = Object.getPrototypeOf(Uint8Array);
  primordials.TypedArray = TypedArray;
  copy(TypedArray, "TypedArray", false);
  copy(TypedArray.prototype, "TypedArrayPrototype", true);
  for (const name of ["JSON", "Math", "Reflect", "Atomics"]) {
    primordials[name] = globalThis[name];
    copy(globalThis[name], name, false);
  }
  for (const name of ["decodeURIComponent", "encodeURIComponent", "escape", "isFinite", "isNaN",
                      "parseFloat", "parseInt", "globalThis", "Infinity", "NaN", "undefined"]) {
    primordials[name] = globalThis[name];
  }
  const ArrayIteratorPrototype = Object.getPrototypeOf([][Symbol.iterator]());
  primordials.ArrayIteratorPrototypeNext = uncurryThis(ArrayIteratorPrototype.next);
  primordials.uncurryThis = uncurryThis;
  primordials.applyBind = bind.bind(apply);
  return freeze(primordials);
})()

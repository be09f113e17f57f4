// HTML structuredClone(): https://html.spec.whatwg.org/multipage/structured-data.html#dom-structuredclone
// StructuredSerializeWithTransfer and StructuredDeserializeWithTransfer run as one pass: deserializing
// runs no user code, so building the copy while walking the value is not observable, and the transferred
// buffers are detached only once the whole value has been copied (an error leaves them intact).
const {
  ArrayBufferIsView, ArrayBufferPrototypeGetByteLength, ArrayBufferPrototypeGetDetached,
  ArrayBufferPrototypeGetMaxByteLength, ArrayBufferPrototypeGetResizable, ArrayBufferPrototypeSlice,
  ArrayBufferPrototypeResize, ArrayBufferPrototypeTransfer, ArrayIsArray, ArrayPrototypePush, BigIntPrototypeValueOf, BooleanPrototypeValueOf,
  DataView, DataViewPrototypeGetBuffer, DataViewPrototypeGetByteLength, DataViewPrototypeGetByteOffset,
  DatePrototypeGetTime, FunctionPrototypeCall, Map, MapPrototypeEntries, MapPrototypeGet, MapPrototypeHas,
  MapPrototypeSet, NumberPrototypeValueOf, ObjectDefineProperty, ObjectGetOwnPropertyDescriptor, ObjectGetPrototypeOf, ObjectKeys, ObjectPrototype,
  ObjectPrototypeToString,
  ObjectPrototypeHasOwnProperty, ReflectApply, RegExpPrototypeGetGlobal, RegExpPrototypeGetSource, Set,
  SetPrototypeAdd, SetPrototypeValues, String, StringPrototypeValueOf, SymbolIterator, SymbolPrototypeValueOf,
  TypedArrayPrototypeAt, TypedArrayPrototypeSet, TypedArrayPrototypeGetBuffer, TypedArrayPrototypeGetByteOffset,
  TypedArrayPrototypeGetLength, TypedArrayPrototypeGetSymbolToStringTag, TypeError, Uint8Array, globalThis,
} = primordials;
const {
  Error, EvalError, RangeError, ReferenceError, SyntaxError, URIError, Date, RegExp, Object, ArrayBuffer, Array,
  Boolean, Number, BigInt, WeakMap, WeakSet, WeakRef, Promise, FinalizationRegistry,
} = primordials;
const StringCtor = String;
const { DOMException } = internals;
const ErrorIsError = primordials.ErrorIsError;
const SharedArrayBuffer = primordials.SharedArrayBuffer;
const SharedArrayBufferPrototypeGetByteLength = primordials.SharedArrayBufferPrototypeGetByteLength;

const ERROR_CONSTRUCTORS = {
  __proto__: null, Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError,
};
const TYPED_ARRAYS = {
  __proto__: null,
  Int8Array: primordials.Int8Array, Uint8Array: primordials.Uint8Array, Uint8ClampedArray: primordials.Uint8ClampedArray,
  Int16Array: primordials.Int16Array, Uint16Array: primordials.Uint16Array, Int32Array: primordials.Int32Array,
  Uint32Array: primordials.Uint32Array, Float32Array: primordials.Float32Array, Float64Array: primordials.Float64Array,
  BigInt64Array: primordials.BigInt64Array, BigUint64Array: primordials.BigUint64Array,
  Float16Array: globalThis.Float16Array,
};
const REGEXP_FLAGS = [
  ["hasIndices", "d"], ["global", "g"], ["ignoreCase", "i"], ["multiline", "m"], ["dotAll", "s"],
  ["unicode", "u"], ["unicodeSets", "v"], ["sticky", "y"],
];
const regExpFlagGetters = [];
for (const [property, flag] of REGEXP_FLAGS) {
  const desc = ObjectGetOwnPropertyDescriptor(RegExp.prototype, property);
  if (desc !== undefined && desc.get !== undefined) ArrayPrototypePush(regExpFlagGetters, [desc.get, flag]);
}

// [Serializable] platform objects. An extension registers each of its serializable interfaces with
// internals.registerSerializable({ is(value), serialize(value), deserialize(data) }): `is` tells the
// interface by its internal state and runs no user code (true only when it is the object's primary
// interface, so File's steps apply to a File and Blob's do not); `serialize` returns the object's state
// as immutable values, and `deserialize` makes a new object from that state.
const serializables = [];
internals.registerSerializable = (steps) => {
  ArrayPrototypePush(serializables, steps);
};
// Extensions with transferable platform objects (MessagePort) push { name, test(value), isDetached(value),
// receive(value), transfer(value, received) }: receive makes the copy before the value is serialized, transfer
// moves the original's state into it once the whole value was serialized.
const platformTransferables = [];
internals.structuredCloneTransferables = platformTransferables;

function transferableOf(value) {
  for (let i = 0; i < platformTransferables.length; i++) {
    if (platformTransferables[i].test(value)) return platformTransferables[i];
  }
  return undefined;
}

function dataCloneError(what) {
  return new DOMException(`${what} could not be cloned.`, "DataCloneError");
}

function describe(value) {
  if (typeof value === "function") return `${value.name ? `function ${value.name}` : "An anonymous function"}`;
  if (typeof value === "symbol") return "A symbol";
  return "The object";
}

// Brand checks through the built-ins' own accessors and methods: each throws on the wrong kind of object.
function hasSlot(check, value) {
  try {
    check(value);
    return true;
  } catch {
    return false;
  }
}
const isBooleanObject = (v) => hasSlot(BooleanPrototypeValueOf, v);
const isNumberObject = (v) => hasSlot(NumberPrototypeValueOf, v);
const isBigIntObject = (v) => hasSlot(BigIntPrototypeValueOf, v);
const isStringObject = (v) => hasSlot(StringPrototypeValueOf, v);
const isSymbolObject = (v) => hasSlot(SymbolPrototypeValueOf, v);
const isDate = (v) => hasSlot(DatePrototypeGetTime, v);
const isArrayBuffer = (v) => hasSlot(ArrayBufferPrototypeGetByteLength, v);
const isSharedArrayBuffer = (v) => SharedArrayBufferPrototypeGetByteLength !== undefined &&
  hasSlot(SharedArrayBufferPrototypeGetByteLength, v);
const isMap = (v) => hasSlot(primordials.MapPrototypeGetSize, v);
const isSet = (v) => hasSlot(primordials.SetPrototypeGetSize, v);
const isWeakMap = (v) => hasSlot((x) => primordials.WeakMapPrototypeHas(x, {}), v);
const isWeakSet = (v) => hasSlot((x) => primordials.WeakSetPrototypeHas(x, {}), v);
const isWeakRef = (v) => hasSlot(primordials.WeakRefPrototypeDeref, v);
const isFinalizationRegistry = (v) => hasSlot((x) => primordials.FinalizationRegistryPrototypeUnregister(x, {}), v);
function isRegExp(value) {
  try {
    // RegExp.prototype.global throws for objects without [[OriginalFlags]] (and is undefined for
    // %RegExp.prototype% itself, which is an ordinary object).
    return RegExpPrototypeGetGlobal(value) !== undefined;
  } catch {
    return false;
  }
}
function isPromise(value) {
  return typeof internals.promiseState === "function" && hasSlot((x) => {
    const state = internals.promiseState(x);
    if (state === undefined || state === null) throw new TypeError();
  }, value);
}
function isProxy(value) {
  if (typeof internals.proxyDetails !== "function") return false;
  try {
    const details = internals.proxyDetails(value);
    return details !== undefined && details !== null;
  } catch {
    return false;
  }
}
function isError(value) {
  if (ErrorIsError !== undefined) return ErrorIsError(value);
  return primordials.ObjectPrototypeToString(value) === "[object Error]";
}

// Whether a view on a resizable ArrayBuffer tracks its length ([[ArrayLength]] or [[ByteLength]] "auto").
// JavaScript cannot read that slot, so this resizes the buffer by one element and back (restoring the
// bytes a shrink drops): a tracking view follows, a fixed one does not. No user code runs meanwhile.
function isLengthTracking(view, buffer, elementSize, byteOffset, getByteLength) {
  if (!isArrayBuffer(buffer) || !ArrayBufferPrototypeGetResizable(buffer)) return false;
  const length = ArrayBufferPrototypeGetByteLength(buffer);
  const before = getByteLength(view);
  if (byteOffset + before !== length) return false;   // a fixed view that stops short of the end
  const max = ArrayBufferPrototypeGetMaxByteLength(buffer);
  if (length + elementSize <= max) {
    ArrayBufferPrototypeResize(buffer, length + elementSize);
    let tracking;
    try {
      tracking = getByteLength(view) !== before;
    } catch {
      tracking = false;
    }
    ArrayBufferPrototypeResize(buffer, length);
    return tracking;
  }
  if (length - elementSize < byteOffset) return false;
  const saved = ArrayBufferPrototypeSlice(buffer, length - elementSize, length);
  ArrayBufferPrototypeResize(buffer, length - elementSize);
  let tracking;
  try {
    // A fixed view now runs past the end (out of bounds): its accessors throw or report 0.
    tracking = getByteLength(view) === before - elementSize && (elementSize === 1 ? true : before - elementSize >= 0);
    if (tracking && getByteLength !== DataViewPrototypeGetByteLength) {
      TypedArrayPrototypeAt(view, 0);
    }
  } catch {
    tracking = false;
  }
  ArrayBufferPrototypeResize(buffer, length);
  TypedArrayPrototypeSet(new Uint8Array(buffer, length - elementSize, elementSize), new Uint8Array(saved));
  return tracking;
}

// A copy of an ArrayBuffer's bytes, keeping its resizability.
function copyArrayBuffer(buffer) {
  if (ArrayBufferPrototypeGetResizable(buffer)) {
    const length = ArrayBufferPrototypeGetByteLength(buffer);
    const copy = new ArrayBuffer(length, { maxByteLength: ArrayBufferPrototypeGetMaxByteLength(buffer) });
    TypedArrayPrototypeSet(new Uint8Array(copy), new Uint8Array(buffer, 0, length));
    return copy;
  }
  return ArrayBufferPrototypeSlice(buffer, 0);
}

// StructuredSerializeInternal followed by StructuredDeserialize; `memory` maps originals to copies.
function cloneValue(value, memory) {
  const type = typeof value;
  if (type === "symbol") throw dataCloneError(describe(value));
  if (value === null || (type !== "object" && type !== "function")) return value;
  if (MapPrototypeHas(memory, value)) return MapPrototypeGet(memory, value);
  if (type === "function") throw dataCloneError(describe(value));
  if (isProxy(value)) throw dataCloneError("#<Object>");
  // The common cases first: arrays, and objects made by literals (Object.prototype, and no built-in tag,
  // so no internal slots). The brand checks below tell the other kinds apart by throwing, which costs
  // microseconds per object.
  if (ArrayIsArray(value)) {
    const array = new Array(value.length);
    MapPrototypeSet(memory, value, array);
    copyProperties(value, array, memory);
    return array;
  }
  if (ObjectGetPrototypeOf(value) === ObjectPrototype && ObjectPrototypeToString(value) === "[object Object]") {
    const object = {};
    MapPrototypeSet(memory, value, object);
    copyProperties(value, object, memory);
    return object;
  }

  // Platform objects first: a DOMException is also an Error.
  for (let i = 0; i < serializables.length; i++) {
    const steps = serializables[i];
    if (steps.is(value)) {
      const copy = steps.deserialize(steps.serialize(value));
      MapPrototypeSet(memory, value, copy);
      return copy;
    }
  }
  let copy;
  if (isBooleanObject(value)) {
    copy = new Boolean(BooleanPrototypeValueOf(value));
  } else if (isNumberObject(value)) {
    copy = new Number(NumberPrototypeValueOf(value));
  } else if (isBigIntObject(value)) {
    copy = Object(BigIntPrototypeValueOf(value));
  } else if (isStringObject(value)) {
    copy = new StringCtor(StringPrototypeValueOf(value));
  } else if (isSymbolObject(value)) {
    throw dataCloneError("A Symbol object");
  } else if (isDate(value)) {
    copy = new Date(DatePrototypeGetTime(value));
  } else if (isRegExp(value)) {
    let flags = "";
    for (const [getter, flag] of regExpFlagGetters) {
      if (ReflectApply(getter, value, [])) flags += flag;
    }
    copy = new RegExp(RegExpPrototypeGetSource(value), flags);
  } else if (isArrayBuffer(value)) {
    if (ArrayBufferPrototypeGetDetached(value)) throw dataCloneError("An ArrayBuffer is detached and");
    copy = copyArrayBuffer(value);
  } else if (isSharedArrayBuffer(value)) {
    // The copy shares the memory of the original; within one agent that is the object itself.
    copy = value;
  } else if (ArrayBufferIsView(value)) {
    const tag = TypedArrayPrototypeGetSymbolToStringTag(value);
    if (tag !== undefined) {
      // ValidateTypedArray: an out-of-bounds or detached view cannot be serialized.
      if (!hasSlot((x) => TypedArrayPrototypeAt(x, 0), value)) throw dataCloneError("An out-of-bounds TypedArray");
      const original = TypedArrayPrototypeGetBuffer(value);
      const ctor = TYPED_ARRAYS[tag];
      const tracking = isLengthTracking(value, original, ctor.BYTES_PER_ELEMENT, TypedArrayPrototypeGetByteOffset(value),
        primordials.TypedArrayPrototypeGetByteLength);
      const buffer = cloneValue(original, memory);
      copy = tracking ? new ctor(buffer, TypedArrayPrototypeGetByteOffset(value))
        : new ctor(buffer, TypedArrayPrototypeGetByteOffset(value), TypedArrayPrototypeGetLength(value));
    } else {
      let length;
      try {
        length = DataViewPrototypeGetByteLength(value);
      } catch {
        throw dataCloneError("An out-of-bounds DataView");
      }
      const original = DataViewPrototypeGetBuffer(value);
      const tracking = isLengthTracking(value, original, 1, DataViewPrototypeGetByteOffset(value), DataViewPrototypeGetByteLength);
      const buffer = cloneValue(original, memory);
      copy = tracking ? new DataView(buffer, DataViewPrototypeGetByteOffset(value))
        : new DataView(buffer, DataViewPrototypeGetByteOffset(value), length);
    }
  } else if (isMap(value)) {
    copy = new Map();
    MapPrototypeSet(memory, value, copy);
    // The entries are listed first, so callbacks run while serializing cannot add to the walk.
    const entries = iterate(MapPrototypeEntries(value), MapIteratorNext);
    for (let i = 0; i < entries.length; i++) {
      MapPrototypeSet(copy, cloneValue(entries[i][0], memory), cloneValue(entries[i][1], memory));
    }
    return copy;
  } else if (isSet(value)) {
    copy = new Set();
    MapPrototypeSet(memory, value, copy);
    const values = iterate(SetPrototypeValues(value), SetIteratorNext);
    for (let i = 0; i < values.length; i++) {
      SetPrototypeAdd(copy, cloneValue(values[i], memory));
    }
    return copy;
  } else if (isError(value)) {
    // Error serialization: the name (one of the native errors, "Error" otherwise) and an own message.
    // A name that is not one of the native error names' strings (an object, say) is "Error", unconverted.
    const name = value.name;
    const ctor = (typeof name === "string" ? ERROR_CONSTRUCTORS[name] : undefined) ?? Error;
    const messageDesc = ObjectGetOwnPropertyDescriptor(value, "message");
    let message;
    if (messageDesc !== undefined && "value" in messageDesc) message = `${messageDesc.value}`;
    copy = new ctor();
    if (message !== undefined) {
      ObjectDefineProperty(copy, "message", { value: message, writable: true, enumerable: false, configurable: true });
    }
    // The stack is implementation-defined; V8's serializer keeps it, and so does this.
    const stackDesc = ObjectGetOwnPropertyDescriptor(value, "stack");
    let stack;
    if (stackDesc !== undefined) {
      stack = "value" in stackDesc ? stackDesc.value : stackDesc.get !== undefined ? ReflectApply(stackDesc.get, value, []) : undefined;
    }
    if (typeof stack === "string") {
      ObjectDefineProperty(copy, "stack", { value: stack, writable: true, enumerable: false, configurable: true });
    }
    MapPrototypeSet(memory, value, copy);
    return copy;
  } else if (ArrayIsArray(value)) {
    copy = new Array(value.length);
    MapPrototypeSet(memory, value, copy);
    copyProperties(value, copy, memory);
    return copy;
  } else if (isPromise(value) || isWeakMap(value) || isWeakSet(value) || isWeakRef(value) ||
             isFinalizationRegistry(value)) {
    throw dataCloneError(`#<${primordials.StringPrototypeSlice(primordials.ObjectPrototypeToString(value), 8, -1)}>`);
  } else {
    copy = {};
    MapPrototypeSet(memory, value, copy);
    copyProperties(value, copy, memory);
    return copy;
  }
  MapPrototypeSet(memory, value, copy);
  return copy;
}

// DOMException is [Serializable]: its name and message.
if (typeof DOMException === "function") {
  const nameGetter = ObjectGetOwnPropertyDescriptor(DOMException.prototype, "name").get;
  const messageGetter = ObjectGetOwnPropertyDescriptor(DOMException.prototype, "message").get;
  internals.registerSerializable({
    is: internals.isDOMException,
    serialize: (value) => ({ name: ReflectApply(nameGetter, value, []), message: ReflectApply(messageGetter, value, []) }),
    deserialize: (data) => new DOMException(data.message, data.name),
  });
}

// The built-in iterators' own `next`, captured so user code replacing them cannot see the walk.
const MapIteratorNext = primordials.ObjectGetPrototypeOf(new Map().entries()).next;
const SetIteratorNext = primordials.ObjectGetPrototypeOf(new Set().values()).next;

function iterate(iterator, next = iterator.next) {
  const list = [];
  for (;;) {
    const step = FunctionPrototypeCall(next, iterator);
    if (step.done) return list;
    ArrayPrototypePush(list, step.value);
  }
}

// The own enumerable string-keyed properties, listed first, each copied if still present when reached.
function copyProperties(value, copy, memory) {
  const keys = ObjectKeys(value);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (ObjectPrototypeHasOwnProperty(value, key)) {
      const property = cloneValue(value[key], memory);
      ObjectDefineProperty(copy, key, { value: property, writable: true, enumerable: true, configurable: true });
    }
  }
}

// WebIDL sequence<object>: iterates the value with its own Symbol.iterator.
function toTransferList(transfer) {
  if (transfer === null || (typeof transfer !== "object" && typeof transfer !== "function")) {
    throw new TypeError("Failed to execute 'structuredClone': The 'transfer' option is not an iterable object.");
  }
  const method = transfer[SymbolIterator];
  if (typeof method !== "function") {
    throw new TypeError("Failed to execute 'structuredClone': The 'transfer' option is not an iterable object.");
  }
  const list = iterate(FunctionPrototypeCall(method, transfer));
  for (let i = 0; i < list.length; i++) {
    const item = list[i];
    if (item === null || (typeof item !== "object" && typeof item !== "function")) {
      throw new TypeError(`Failed to execute 'structuredClone': Value at index ${i} of the 'transfer' option is not an object.`);
    }
  }
  return list;
}

function structuredCloneImpl(value, transferList) {
  const memory = new Map();
  const transferred = [];
  for (let i = 0; i < transferList.length; i++) {
    const item = transferList[i];
    const transferable = transferableOf(item);
    if (transferable !== undefined) {
      const { name } = transferable;
      if (MapPrototypeHas(memory, item)) {
        throw new DOMException(`${name} at index ${i} is a duplicate of an earlier ${name}. Duplicate ${name}s cannot be transferred.`, "DataCloneError");
      }
      if (transferable.isDetached(item)) {
        throw new DOMException(`${name} at index ${i} is closed or was already transferred.`, "DataCloneError");
      }
      MapPrototypeSet(memory, item, transferable.receive(item));
      ArrayPrototypePush(transferred, item);
      continue;
    }
    if (!isArrayBuffer(item)) {
      throw dataCloneError(isSharedArrayBuffer(item) ? "A SharedArrayBuffer could not be transferred: it" : "A value in the transfer list");
    }
    if (MapPrototypeHas(memory, item)) {
      throw new DOMException("ArrayBuffer at index " + i + " is a duplicate of an earlier ArrayBuffer. Duplicate ArrayBuffers cannot be transferred.", "DataCloneError");
    }
    if (ArrayBufferPrototypeGetDetached(item)) {
      throw new DOMException(`ArrayBuffer at index ${i} is already detached.`, "DataCloneError");
    }
    // A placeholder until the whole value has been serialized: the bytes move when it is done.
    const placeholder = copyArrayBuffer(item);
    MapPrototypeSet(memory, item, placeholder);
    ArrayPrototypePush(transferred, item);
  }
  const copy = cloneValue(value, memory);
  for (let i = 0; i < transferred.length; i++) {
    const transferable = transferableOf(transferred[i]);
    if (transferable !== undefined) {
      transferable.transfer(transferred[i], MapPrototypeGet(memory, transferred[i]));
      continue;
    }
    try {
      ArrayBufferPrototypeTransfer(transferred[i]);
    } catch {
      throw new DOMException(`ArrayBuffer at index ${i} could not be transferred.`, "DataCloneError");
    }
  }
  return copy;
}
internals.structuredClone = (value, transfer = []) => structuredCloneImpl(value, transfer);

const { structuredClone } = {
  structuredClone(value, options = undefined) {
    if (arguments.length === 0) {
      throw new TypeError("Failed to execute 'structuredClone': 1 argument required, but only 0 present.");
    }
    let transferList = [];
    if (options !== undefined && options !== null) {
      if (typeof options !== "object" && typeof options !== "function") {
        throw new TypeError("Failed to execute 'structuredClone': The provided value is not of type 'StructuredSerializeOptions'.");
      }
      const transfer = options.transfer;
      if (transfer !== undefined) transferList = toTransferList(transfer);
    }
    return structuredCloneImpl(value, transferList);
  },
};

ObjectDefineProperty(globalThis, "structuredClone", {
  value: structuredClone, writable: true, enumerable: true, configurable: true,
});

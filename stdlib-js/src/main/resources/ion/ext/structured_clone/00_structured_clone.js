// HTML structuredClone(): https://html.spec.whatwg.org/multipage/structured-data.html#dom-structuredclone
// StructuredSerializeWithTransfer and StructuredDeserializeWithTransfer run as one pass: deserializing
// runs no user code, so building the copy while walking the value is not observable, and the transferred
// buffers are detached only once the whole value has been copied (an error leaves them intact).
const {
  ArrayBufferPrototypeGetByteLength, ArrayBufferPrototypeGetDetached,
  ArrayBufferPrototypeGetMaxByteLength, ArrayBufferPrototypeGetResizable, ArrayBufferPrototypeSlice,
  ArrayBufferPrototypeResize, ArrayBufferPrototypeTransfer, ArrayPrototypePush, ArrayPrototypeSlice, BigIntPrototypeValueOf, BooleanPrototypeValueOf,
  DataView, DataViewPrototypeGetBuffer, DataViewPrototypeGetByteLength, DataViewPrototypeGetByteOffset,
  DatePrototypeGetTime, FunctionPrototypeCall, Map, MapPrototypeEntries, MapPrototypeGet, MapPrototypeHas,
  MapPrototypeSet, NumberPrototypeValueOf, ObjectDefineProperty, ObjectPrototype, ArrayPrototype, ObjectGetOwnPropertyDescriptor, ObjectGetPrototypeOf, ObjectKeys, ObjectSetPrototypeOf,
  ObjectPrototypeHasOwnProperty, ReflectApply, RegExpPrototypeGetSource, Set,
  SetPrototypeAdd, SetPrototypeValues, String, StringPrototypeValueOf, SymbolIterator,
  TypedArrayPrototypeAt, TypedArrayPrototypeSet, TypedArrayPrototypeGetBuffer, TypedArrayPrototypeGetByteOffset,
  TypedArrayPrototypeGetLength, TypedArrayPrototypeGetSymbolToStringTag, TypeError, Uint8Array, globalThis,
} = primordials;
const {
  Error, EvalError, RangeError, ReferenceError, SyntaxError, URIError, Date, RegExp, Object, ArrayBuffer, Array,
  Boolean, Number,
} = primordials;
const StringCtor = String;
const { DOMException } = internals;

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

// The walk's own lists inherit nothing: indexed accessors that user code puts on Array.prototype (running in
// a getter, say) would otherwise receive their pushes.
const newList = () => ObjectSetPrototypeOf([], null);

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
const isArrayBuffer = (v) => hasSlot(ArrayBufferPrototypeGetByteLength, v);
const isWeakRef = (v) => hasSlot(primordials.WeakRefPrototypeDeref, v);
const isFinalizationRegistry = (v) => hasSlot((x) => primordials.FinalizationRegistryPrototypeUnregister(x, {}), v);
const WeakRefPrototype = primordials.WeakRefPrototype;
const FinalizationRegistryPrototype = primordials.FinalizationRegistryPrototype;

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

// ---- Telling objects apart ---------------------------------------------------------------------------
// What an object is comes from V8 (internals.valueKinds: one letter per object, see CoreOps.valueKinds), not
// from brand checks that throw (microseconds each) nor from anything user code could fake; a proxy is told
// apart without running its traps. To make few calls into Java, a walk ahead of the copy classifies the
// graph one level at a time: the values of an object's own data properties and a Map's or Set's entries are
// read without running user code (descriptors, the built-in iterators), so one call covers a whole level.
// The copy itself then runs in the spec's order; an object the walk did not reach (one a getter returns)
// starts a walk of its own.
const KIND_PENDING = "?";
const BATCH = 4096;   // objects per call into Java, well under V8's limit on arguments

function classify(root, kinds) {
  let level = newList();
  ArrayPrototypePush(level, root);
  MapPrototypeSet(kinds, root, KIND_PENDING);
  while (level.length > 0) {
    for (let start = 0; start < level.length; start += BATCH) {
      const batch = start === 0 && level.length <= BATCH ? level : ArrayPrototypeSlice(level, start, start + BATCH);
      const letters = internals.valueKinds(batch);
      for (let i = 0; i < batch.length; i++) MapPrototypeSet(kinds, batch[i], letters[i]);
    }
    const next = newList();
    for (let i = 0; i < level.length; i++) {
      const object = level[i];
      const kind = MapPrototypeGet(kinds, object);
      if (kind === "A" || kind === "O") {
        const keys = ObjectKeys(object);
        for (let j = 0; j < keys.length; j++) {
          const descriptor = ObjectGetOwnPropertyDescriptor(object, keys[j]);
          if (descriptor !== undefined && ObjectPrototypeHasOwnProperty(descriptor, "value")) {
            enqueue(descriptor.value, kinds, next);
          }
        }
      } else if (kind === "M") {
        const entries = iterate(MapPrototypeEntries(object), MapIteratorNext);
        for (let j = 0; j < entries.length; j++) {
          enqueue(entries[j][0], kinds, next);
          enqueue(entries[j][1], kinds, next);
        }
      } else if (kind === "S") {
        const values = iterate(SetPrototypeValues(object), SetIteratorNext);
        for (let j = 0; j < values.length; j++) enqueue(values[j], kinds, next);
      } else if (kind === "T") {
        enqueue(TypedArrayPrototypeGetBuffer(object), kinds, next);
      } else if (kind === "V") {
        enqueue(DataViewPrototypeGetBuffer(object), kinds, next);
      }
    }
    level = next;
  }
}

function enqueue(value, kinds, level) {
  if (value !== null && typeof value === "object" && MapPrototypeGet(kinds, value) === undefined) {
    MapPrototypeSet(kinds, value, KIND_PENDING);
    ArrayPrototypePush(level, value);
  }
}

function kindOf(value, kinds) {
  let kind = MapPrototypeGet(kinds, value);
  if (kind === undefined) {
    classify(value, kinds);
    kind = MapPrototypeGet(kinds, value);
  }
  return kind;
}

// ---- The copy ----------------------------------------------------------------------------------------
// StructuredSerializeInternal followed by StructuredDeserialize; `memory` maps originals to copies and
// `kinds` originals to what they are.
function cloneValue(value, memory, kinds) {
  const type = typeof value;
  if (type === "symbol") throw dataCloneError(describe(value));
  if (value === null || (type !== "object" && type !== "function")) return value;
  const known = MapPrototypeGet(memory, value);
  if (known !== undefined) return known;
  if (type === "function") throw dataCloneError(describe(value));
  switch (kindOf(value, kinds)) {
    case "O": return cloneObject(value, memory, kinds);
    case "A": {
      const array = new Array(value.length);
      MapPrototypeSet(memory, value, array);
      copyProperties(value, array, memory, kinds, ArrayPrototype);
      return array;
    }
    case "D": return remember(memory, value, new Date(DatePrototypeGetTime(value)));
    case "P": throw dataCloneError("#<Object>");
    case "M": {
      const copy = new Map();
      MapPrototypeSet(memory, value, copy);
      // The entries are listed first, so callbacks run while serializing cannot add to the walk.
      const entries = iterate(MapPrototypeEntries(value), MapIteratorNext);
      for (let i = 0; i < entries.length; i++) {
        MapPrototypeSet(copy, cloneValue(entries[i][0], memory, kinds), cloneValue(entries[i][1], memory, kinds));
      }
      return copy;
    }
    case "S": {
      const copy = new Set();
      MapPrototypeSet(memory, value, copy);
      const values = iterate(SetPrototypeValues(value), SetIteratorNext);
      for (let i = 0; i < values.length; i++) SetPrototypeAdd(copy, cloneValue(values[i], memory, kinds));
      return copy;
    }
    case "R": {
      let flags = "";
      for (const [getter, flag] of regExpFlagGetters) {
        if (ReflectApply(getter, value, [])) flags += flag;
      }
      return remember(memory, value, new RegExp(RegExpPrototypeGetSource(value), flags));
    }
    case "B":
      if (ArrayBufferPrototypeGetDetached(value)) throw dataCloneError("An ArrayBuffer is detached and");
      return remember(memory, value, copyArrayBuffer(value));
    // The copy shares the memory of the original; within one agent that is the object itself.
    case "H": return remember(memory, value, value);
    case "T": return remember(memory, value, cloneTypedArray(value, memory, kinds));
    case "V": return remember(memory, value, cloneDataView(value, memory, kinds));
    case "E": return remember(memory, value, cloneError(value));
    case "b": return remember(memory, value, new Boolean(BooleanPrototypeValueOf(value)));
    case "n": return remember(memory, value, new Number(NumberPrototypeValueOf(value)));
    case "i": return remember(memory, value, Object(BigIntPrototypeValueOf(value)));
    case "s": return remember(memory, value, new StringCtor(StringPrototypeValueOf(value)));
    case "y": throw dataCloneError("A Symbol object");
    default: throw dataCloneError(`#<${primordials.StringPrototypeSlice(primordials.ObjectPrototypeToString(value), 8, -1)}>`);
  }
}

function remember(memory, value, copy) {
  MapPrototypeSet(memory, value, copy);
  return copy;
}

// An object V8 has no special kind for: a [Serializable] platform object, a WeakRef or FinalizationRegistry
// (not serializable; told by their prototype, then checked), or an ordinary object.
function cloneObject(value, memory, kinds) {
  for (let i = 0; i < serializables.length; i++) {
    const steps = serializables[i];
    if (steps.is(value)) return remember(memory, value, steps.deserialize(steps.serialize(value)));
  }
  const prototype = ObjectGetPrototypeOf(value);
  if ((prototype === WeakRefPrototype && isWeakRef(value)) ||
      (prototype === FinalizationRegistryPrototype && isFinalizationRegistry(value))) {
    throw dataCloneError(`#<${primordials.StringPrototypeSlice(primordials.ObjectPrototypeToString(value), 8, -1)}>`);
  }
  const copy = {};
  MapPrototypeSet(memory, value, copy);
  copyProperties(value, copy, memory, kinds, ObjectPrototype);
  return copy;
}

function cloneTypedArray(value, memory, kinds) {
  // ValidateTypedArray: an out-of-bounds or detached view cannot be serialized.
  if (!hasSlot((x) => TypedArrayPrototypeAt(x, 0), value)) throw dataCloneError("An out-of-bounds TypedArray");
  const original = TypedArrayPrototypeGetBuffer(value);
  const ctor = TYPED_ARRAYS[TypedArrayPrototypeGetSymbolToStringTag(value)];
  const offset = TypedArrayPrototypeGetByteOffset(value);
  const tracking = isLengthTracking(value, original, ctor.BYTES_PER_ELEMENT, offset, primordials.TypedArrayPrototypeGetByteLength);
  const buffer = cloneValue(original, memory, kinds);
  return tracking ? new ctor(buffer, offset) : new ctor(buffer, offset, TypedArrayPrototypeGetLength(value));
}

function cloneDataView(value, memory, kinds) {
  let length;
  try {
    length = DataViewPrototypeGetByteLength(value);
  } catch {
    throw dataCloneError("An out-of-bounds DataView");
  }
  const original = DataViewPrototypeGetBuffer(value);
  const offset = DataViewPrototypeGetByteOffset(value);
  const tracking = isLengthTracking(value, original, 1, offset, DataViewPrototypeGetByteLength);
  const buffer = cloneValue(original, memory, kinds);
  return tracking ? new DataView(buffer, offset) : new DataView(buffer, offset, length);
}

// Error serialization: the name (one of the native errors, "Error" otherwise) and an own message.
// A name that is not one of the native error names' strings (an object, say) is "Error", unconverted.
function cloneError(value) {
  const name = value.name;
  const ctor = (typeof name === "string" ? ERROR_CONSTRUCTORS[name] : undefined) ?? Error;
  const messageDesc = ObjectGetOwnPropertyDescriptor(value, "message");
  let message;
  if (messageDesc !== undefined && ObjectPrototypeHasOwnProperty(messageDesc, "value")) message = `${messageDesc.value}`;
  const copy = new ctor();
  if (message !== undefined) {
    ObjectDefineProperty(copy, "message", { value: message, writable: true, enumerable: false, configurable: true });
  }
  // The stack is implementation-defined; V8's serializer keeps it, and so does this.
  const stackDesc = ObjectGetOwnPropertyDescriptor(value, "stack");
  let stack;
  if (stackDesc !== undefined) {
    stack = ObjectPrototypeHasOwnProperty(stackDesc, "value") ? stackDesc.value
      : stackDesc.get !== undefined ? ReflectApply(stackDesc.get, value, []) : undefined;
  }
  if (typeof stack === "string") {
    ObjectDefineProperty(copy, "stack", { value: stack, writable: true, enumerable: false, configurable: true });
  }
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
  const list = newList();
  for (;;) {
    const step = FunctionPrototypeCall(next, iterator);
    if (step.done) return list;
    ArrayPrototypePush(list, step.value);
  }
}

// The own enumerable string-keyed properties, listed first, each copied if still present when reached.
// CreateDataProperty: a plain assignment does the same, much faster, unless a prototype of the copy has a
// property of that name (a setter, `__proto__`, a read-only property); then it is defined.
const dataProperty = { __proto__: null, value: undefined, writable: true, enumerable: true, configurable: true };
function copyProperties(value, copy, memory, kinds, prototype) {
  const keys = ObjectKeys(value);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (ObjectPrototypeHasOwnProperty(value, key)) {
      const property = cloneValue(value[key], memory, kinds);
      if (assignable(key, prototype)) {
        copy[key] = property;
      } else {
        dataProperty.value = property;
        ObjectDefineProperty(copy, key, dataProperty);
        dataProperty.value = undefined;
      }
    }
  }
}

// Whether `copy[key] = x` only makes an own data property on a copy inheriting from `prototype`
// (%Object.prototype%, whose prototype cannot change, or %Array.prototype% while it inherits from it).
function assignable(key, prototype) {
  if (prototype === ArrayPrototype && ObjectGetPrototypeOf(ArrayPrototype) !== ObjectPrototype) return false;
  return !(key in prototype);
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
  const transferred = newList();
  const kinds = internals.valueKinds(transferList);
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
    if (kinds[i] !== "B") {
      throw dataCloneError(kinds[i] === "H" ? "A SharedArrayBuffer could not be transferred: it" : "A value in the transfer list");
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
  const copy = cloneValue(value, memory, new Map());
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

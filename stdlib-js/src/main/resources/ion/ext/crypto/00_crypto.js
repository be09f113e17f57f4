// Web Cryptography API: https://w3c.github.io/webcrypto/ (Crypto, getRandomValues, randomUUID, SubtleCrypto.digest)
const {
  ArrayBufferIsView, ArrayBufferPrototypeSlice, ArrayPrototypeJoin,
  DataViewPrototypeGetBuffer, DataViewPrototypeGetByteLength, DataViewPrototypeGetByteOffset,
  NumberPrototypeToString, ObjectDefineProperty, ObjectGetOwnPropertyDescriptor, PromiseReject, PromiseResolve,
  ReflectOwnKeys, StringPrototypeToUpperCase, StringPrototypePadStart, SymbolToStringTag,
  TypedArrayPrototypeGetBuffer, TypedArrayPrototypeGetByteLength, TypedArrayPrototypeGetByteOffset,
  TypedArrayPrototypeGetSymbolToStringTag, TypedArrayPrototypeSet, TypeError, Uint8Array, globalThis,
} = primordials;
const { DOMException } = internals;
const { isArrayBuffer } = internals.webidl;
const ArrayBuffer = primordials.ArrayBuffer;
const SharedArrayBuffer = primordials.SharedArrayBuffer;

const illegal = Symbol("illegal constructor");

const INTEGER_ARRAYS = {
  __proto__: null,
  Int8Array: true, Uint8Array: true, Uint8ClampedArray: true, Int16Array: true, Uint16Array: true,
  Int32Array: true, Uint32Array: true, BigInt64Array: true, BigUint64Array: true,
};

function isSharedArrayBuffer(value) {
  if (SharedArrayBuffer === undefined) return false;
  try {
    primordials.SharedArrayBufferPrototypeGetByteLength(value);
    return true;
  } catch {
    return false;
  }
}

// A copy of the bytes of a BufferSource (ArrayBuffer or ArrayBufferView), or undefined for anything else.
function copyBufferSource(data) {
  if (ArrayBufferIsView(data)) {
    const tag = TypedArrayPrototypeGetSymbolToStringTag(data);
    if (tag !== undefined) {
      return new Uint8Array(ArrayBufferPrototypeSlice(TypedArrayPrototypeGetBuffer(data),
        TypedArrayPrototypeGetByteOffset(data),
        TypedArrayPrototypeGetByteOffset(data) + TypedArrayPrototypeGetByteLength(data)));
    }
    const offset = DataViewPrototypeGetByteOffset(data);
    return new Uint8Array(ArrayBufferPrototypeSlice(DataViewPrototypeGetBuffer(data), offset,
      offset + DataViewPrototypeGetByteLength(data)));
  }
  if (isArrayBuffer(data)) {
    return new Uint8Array(ArrayBufferPrototypeSlice(data, 0));
  }
  return undefined;
}

// ---- SubtleCrypto ----------------------------------------------------------------------------------
// The recognized algorithm names of the "digest" operation, by upper-case name.
const DIGEST_ALGORITHMS = { __proto__: null, "SHA-1": "SHA-1", "SHA-256": "SHA-256", "SHA-384": "SHA-384", "SHA-512": "SHA-512" };

// "Normalize an algorithm" for the "digest" operation.
function normalizeDigestAlgorithm(algorithm) {
  let name;
  if (typeof algorithm === "string") {
    name = algorithm;
  } else if (algorithm !== null && (typeof algorithm === "object" || typeof algorithm === "function")) {
    const raw = algorithm.name;
    if (raw === undefined) {
      throw new TypeError("Failed to execute 'digest' on 'SubtleCrypto': Failed to read the 'name' property from 'Algorithm': Required member is undefined.");
    }
    name = `${raw}`;
  } else if (algorithm === undefined || algorithm === null) {
    throw new TypeError("Failed to execute 'digest' on 'SubtleCrypto': Failed to read the 'name' property from 'Algorithm': Required member is undefined.");
  } else {
    // WebIDL union (object or DOMString): other primitives become strings.
    name = `${algorithm}`;
  }
  const normalized = DIGEST_ALGORITHMS[StringPrototypeToUpperCase(name)];
  if (normalized === undefined) {
    throw new DOMException(`Unrecognized algorithm name: '${name}'.`, "NotSupportedError");
  }
  return normalized;
}

let subtle;
class SubtleCrypto {
  constructor(key = undefined) {
    if (key !== illegal) {
      throw new TypeError("Illegal constructor");
    }
  }

  digest(algorithm, data) {
    try {
      if (this !== subtle) {
        throw new TypeError("Illegal invocation: 'digest' called on an object that is not a SubtleCrypto.");
      }
      if (arguments.length < 2) {
        throw new TypeError(`Failed to execute 'digest' on 'SubtleCrypto': 2 arguments required, but only ${arguments.length} present.`);
      }
      const name = normalizeDigestAlgorithm(algorithm);
      const bytes = copyBufferSource(data);
      if (bytes === undefined) {
        throw new TypeError("Failed to execute 'digest' on 'SubtleCrypto': parameter 2 is not of type '(ArrayBuffer or ArrayBufferView)'.");
      }
      const result = ops.op_crypto_digest(name, bytes);
      return PromiseResolve(TypedArrayPrototypeGetBuffer(result));
    } catch (error) {
      return PromiseReject(error);
    }
  }
}

// ---- Crypto ----------------------------------------------------------------------------------------
let crypto;
function checkCrypto(value, what) {
  if (value !== crypto) {
    throw new TypeError(`Illegal invocation: '${what}' called on an object that is not a Crypto.`);
  }
}

function hex(byte) {
  return StringPrototypePadStart(NumberPrototypeToString(byte, 16), 2, "0");
}

class Crypto {
  constructor(key = undefined) {
    if (key !== illegal) {
      throw new TypeError("Illegal constructor");
    }
  }

  get subtle() {
    checkCrypto(this, "subtle");
    return subtle;
  }

  getRandomValues(array) {
    checkCrypto(this, "getRandomValues");
    if (arguments.length < 1) {
      throw new TypeError("Failed to execute 'getRandomValues' on 'Crypto': 1 argument required, but only 0 present.");
    }
    if (!ArrayBufferIsView(array)) {
      throw new TypeError("Failed to execute 'getRandomValues' on 'Crypto': parameter 1 is not of type 'ArrayBufferView'.");
    }
    const tag = TypedArrayPrototypeGetSymbolToStringTag(array);
    if (tag === undefined || INTEGER_ARRAYS[tag] !== true) {
      throw new DOMException(`Failed to execute 'getRandomValues' on 'Crypto': The provided ArrayBufferView is of type '${tag ?? "DataView"}', which is not an integer array type.`, "TypeMismatchError");
    }
    const byteLength = TypedArrayPrototypeGetByteLength(array);
    if (byteLength > 65536) {
      const message = `Failed to execute 'getRandomValues' on 'Crypto': The ArrayBufferView's byte length (${byteLength}) exceeds the number of bytes of entropy available via this API (65536).`;
      // WebIDL's QuotaExceededError interface (quota and requested stay null here), once the dom extension
      // defines it; until then the legacy DOMException of that name.
      const QuotaExceededError = internals.QuotaExceededError;
      if (typeof QuotaExceededError === "function") {
        throw new QuotaExceededError(message);
      }
      throw new DOMException(message, "QuotaExceededError");
    }
    if (byteLength > 0) {
      const target = new Uint8Array(TypedArrayPrototypeGetBuffer(array), TypedArrayPrototypeGetByteOffset(array), byteLength);
      TypedArrayPrototypeSet(target, ops.op_crypto_random_bytes(byteLength));
    }
    return array;
  }

  randomUUID() {
    checkCrypto(this, "randomUUID");
    const bytes = ops.op_crypto_random_bytes(16);
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    const h = [];
    for (let i = 0; i < 16; i++) h[i] = hex(bytes[i]);
    return `${h[0]}${h[1]}${h[2]}${h[3]}-${h[4]}${h[5]}-${h[6]}${h[7]}-${h[8]}${h[9]}-${h[10]}${h[11]}${h[12]}${h[13]}${h[14]}${h[15]}`;
  }
}

// WebIDL: operations and attributes are enumerable; each prototype has its toStringTag.
function exposeInterface(ctor, tag) {
  const proto = ctor.prototype;
  for (const key of ReflectOwnKeys(proto)) {
    if (key === "constructor") continue;
    const desc = ObjectGetOwnPropertyDescriptor(proto, key);
    desc.enumerable = true;
    ObjectDefineProperty(proto, key, desc);
  }
  ObjectDefineProperty(proto, SymbolToStringTag, { value: tag, configurable: true });
  ObjectDefineProperty(ctor, "length", { value: 0, configurable: true });
  ObjectDefineProperty(globalThis, tag, { value: ctor, writable: true, enumerable: false, configurable: true });
}
exposeInterface(SubtleCrypto, "SubtleCrypto");
exposeInterface(Crypto, "Crypto");

subtle = new SubtleCrypto(illegal);
crypto = new Crypto(illegal);
internals.crypto = crypto;

// [SameObject] readonly attribute Crypto crypto, on the global.
ObjectDefineProperty(globalThis, "crypto", {
  get: ObjectGetOwnPropertyDescriptor({ get crypto() { return crypto; } }, "crypto").get,
  enumerable: true, configurable: true,
});

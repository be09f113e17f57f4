// WebIDL DOMException: https://webidl.spec.whatwg.org/#idl-DOMException
// Exposes internals.DOMException and internals.webidl, the WebIDL helpers the extensions share.
const {
  ArrayBufferPrototypeGetByteLength,
  ErrorCaptureStackTrace, ErrorPrototype, ObjectDefineProperty, ObjectFreeze, ObjectGetOwnPropertyDescriptor,
  ObjectGetOwnPropertyNames, ObjectGetPrototypeOf, ObjectSetPrototypeOf, RangeError, ReflectOwnKeys, SymbolFor, SymbolToStringTag, TypeError, globalThis,
} = primordials;

// ---- WebIDL helpers shared by the dom extension ------------------------------------------------------
// DOMString: ToString, which throws on a Symbol; `prefix` and `what` say which argument failed.
function toDOMString(value, prefix = undefined, what = "Value") {
  if (typeof value === "symbol") {
    const message = `${what} is a symbol, which cannot be converted to a string.`;
    throw new TypeError(prefix === undefined ? message : `${prefix}: ${message}`);
  }
  return `${value}`;
}

function requiredArguments(present, required, prefix) {
  if (present < required) {
    throw new TypeError(`${prefix}: ${required} argument${required === 1 ? "" : "s"} required, but only ${present} present.`);
  }
}

function illegalInvocation() {
  return new TypeError("Illegal invocation");
}

// Makes a class look like a WebIDL interface: prototype members enumerable, [Symbol.toStringTag],
// constants on the interface object and the prototype, and the interface object on globalThis.
function defineInterface(klass, name, constants, expose = true) {
  const prototype = klass.prototype;
  const keys = ReflectOwnKeys(prototype);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (key === "constructor") continue;
    const descriptor = ObjectGetOwnPropertyDescriptor(prototype, key);
    descriptor.enumerable = true;
    ObjectDefineProperty(prototype, key, descriptor);
  }
  const statics = ObjectGetOwnPropertyNames(klass);
  for (let i = 0; i < statics.length; i++) {
    const key = statics[i];
    if (key === "length" || key === "name" || key === "prototype") continue;
    const descriptor = ObjectGetOwnPropertyDescriptor(klass, key);
    descriptor.enumerable = true;
    ObjectDefineProperty(klass, key, descriptor);
  }
  ObjectDefineProperty(prototype, SymbolToStringTag, {
    value: name, writable: false, enumerable: false, configurable: true,
  });
  if (constants !== undefined) {
    const names = ObjectGetOwnPropertyNames(constants);
    for (let i = 0; i < names.length; i++) {
      const descriptor = { value: constants[names[i]], writable: false, enumerable: true, configurable: false };
      ObjectDefineProperty(klass, names[i], descriptor);
      ObjectDefineProperty(prototype, names[i], descriptor);
    }
  }
  if (expose) {
    ObjectDefineProperty(globalThis, name, { value: klass, writable: true, enumerable: false, configurable: true });
  }
}

// How the console shows an instance of an interface: its class name and the values of `names` (attributes),
// as Deno shows them, through the console's Deno.customInspect hook. On what is not an instance (the
// interface's prototype, say) the attributes throw; they show as getters then, as in Deno.
const customInspect = SymbolFor("Deno.customInspect");
const shownGetter = { __proto__: null, get() {}, enumerable: true, configurable: true };
const shownAccessor = { __proto__: null, get() {}, set(_) {}, enumerable: true, configurable: true };

function hasSetter(prototype, name) {
  for (let p = prototype; p !== null; p = ObjectGetPrototypeOf(p)) {
    const descriptor = ObjectGetOwnPropertyDescriptor(p, name);
    if (descriptor !== undefined) return descriptor.set !== undefined;
  }
  return false;
}
function defineInspect(klass, name, names) {
  const proto = { __proto__: null };
  const constructor = { [name]: function () {} }[name];
  constructor.prototype = proto;
  ObjectDefineProperty(proto, "constructor", { value: constructor, writable: true, enumerable: false, configurable: true });
  const { inspect } = {
    inspect(inspect, options) {
      const shown = { __proto__: proto };
      for (let i = 0; i < names.length; i++) {
        try {
          shown[names[i]] = this[names[i]];
        } catch {
          ObjectDefineProperty(shown, names[i], hasSetter(klass.prototype, names[i]) ? shownAccessor : shownGetter);
        }
      }
      return inspect(shown, options);
    },
  };
  ObjectDefineProperty(klass.prototype, customInspect, {
    value: inspect, writable: true, enumerable: false, configurable: true,
  });
}

// WebIDL's ArrayBuffer (not shared): only a real one has the [[ArrayBufferData]] the byteLength getter reads.
function isArrayBuffer(value) {
  try {
    ArrayBufferPrototypeGetByteLength(value);
    return true;
  } catch {
    return false;
  }
}

internals.webidl = ObjectFreeze({
  toDOMString, requiredArguments, illegalInvocation, defineInterface, defineInspect, isArrayBuffer,
});

// ---- DOMException ------------------------------------------------------------------------------------
// The "DOMException names table": names with a legacy code.
const legacyCodes = {
  __proto__: null,
  IndexSizeError: 1, HierarchyRequestError: 3, WrongDocumentError: 4, InvalidCharacterError: 5,
  NoModificationAllowedError: 7, NotFoundError: 8, NotSupportedError: 9, InUseAttributeError: 10,
  InvalidStateError: 11, SyntaxError: 12, InvalidModificationError: 13, NamespaceError: 14,
  InvalidAccessError: 15, TypeMismatchError: 17, SecurityError: 18, NetworkError: 19, AbortError: 20,
  URLMismatchError: 21, QuotaExceededError: 22, TimeoutError: 23, InvalidNodeTypeError: 24, DataCloneError: 25,
};

class DOMException {
  #name;
  #message;

  constructor(message = undefined, name = undefined) {
    const prefix = "Failed to construct 'DOMException'";
    this.#message = message === undefined ? "" : toDOMString(message, prefix, "Argument 1");
    this.#name = name === undefined ? "Error" : toDOMString(name, prefix, "Argument 2");
    // Like an Error, a DOMException records where it was made.
    ErrorCaptureStackTrace(this, new.target);
  }

  get name() {
    if (!(#name in this)) throw illegalInvocation();
    return this.#name;
  }

  get message() {
    if (!(#name in this)) throw illegalInvocation();
    return this.#message;
  }

  get code() {
    if (!(#name in this)) throw illegalInvocation();
    return legacyCodes[this.#name] ?? 0;
  }

  static isDOMException(value) {
    return value !== null && typeof value === "object" && #name in value;
  }
}
const isDOMException = DOMException.isDOMException;
delete DOMException.isDOMException;

// The interface prototype object inherits from %Error.prototype%, as WebIDL says for DOMException.
ObjectSetPrototypeOf(DOMException.prototype, ErrorPrototype);

defineInterface(DOMException, "DOMException", {
  INDEX_SIZE_ERR: 1, DOMSTRING_SIZE_ERR: 2, HIERARCHY_REQUEST_ERR: 3, WRONG_DOCUMENT_ERR: 4,
  INVALID_CHARACTER_ERR: 5, NO_DATA_ALLOWED_ERR: 6, NO_MODIFICATION_ALLOWED_ERR: 7, NOT_FOUND_ERR: 8,
  NOT_SUPPORTED_ERR: 9, INUSE_ATTRIBUTE_ERR: 10, INVALID_STATE_ERR: 11, SYNTAX_ERR: 12,
  INVALID_MODIFICATION_ERR: 13, NAMESPACE_ERR: 14, INVALID_ACCESS_ERR: 15, VALIDATION_ERR: 16,
  TYPE_MISMATCH_ERR: 17, SECURITY_ERR: 18, NETWORK_ERR: 19, ABORT_ERR: 20, URL_MISMATCH_ERR: 21,
  QUOTA_EXCEEDED_ERR: 22, TIMEOUT_ERR: 23, INVALID_NODE_TYPE_ERR: 24, DATA_CLONE_ERR: 25,
});

// WebIDL's QuotaExceededError: a DOMException named "QuotaExceededError" with optional quota and requested.
class QuotaExceededError extends DOMException {
  #quota = null;
  #requested = null;

  constructor(message = undefined, options = undefined) {
    const prefix = "Failed to construct 'QuotaExceededError'";
    if (message !== undefined) message = toDOMString(message, prefix, "Argument 1");
    if (options !== undefined && options !== null && typeof options !== "object" && typeof options !== "function") {
      throw new TypeError(`${prefix}: Argument 2 is not of type 'QuotaExceededErrorOptions'.`);
    }
    // QuotaExceededErrorOptions: `double quota; double requested;`, read in that order.
    const quota = toOptionalDouble(options?.quota, prefix, "quota");
    const requested = toOptionalDouble(options?.requested, prefix, "requested");
    super(message, "QuotaExceededError");
    if (quota !== undefined) {
      if (quota < 0) throw new RangeError(`${prefix}: 'quota' must not be negative.`);
      this.#quota = quota;
    }
    if (requested !== undefined) {
      if (requested < 0) throw new RangeError(`${prefix}: 'requested' must not be negative.`);
      this.#requested = requested;
    }
    if (this.#quota !== null && this.#requested !== null && this.#requested < this.#quota) {
      throw new RangeError(`${prefix}: 'requested' must not be less than 'quota'.`);
    }
  }

  get quota() {
    if (!(#quota in this)) throw illegalInvocation();
    return this.#quota;
  }

  get requested() {
    if (!(#quota in this)) throw illegalInvocation();
    return this.#requested;
  }
}

function toOptionalDouble(value, prefix, member) {
  if (value === undefined) return undefined;
  const number = +value;
  if (number !== number || number === Infinity || number === -Infinity) {
    throw new TypeError(`${prefix}: '${member}' of QuotaExceededErrorOptions is not a finite number.`);
  }
  return number;
}
defineInterface(QuotaExceededError, "QuotaExceededError");

internals.QuotaExceededError = QuotaExceededError;
internals.DOMException = DOMException;
internals.isDOMException = isDOMException;

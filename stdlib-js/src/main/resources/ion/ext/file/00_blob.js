// File API: Blob and File. https://w3c.github.io/FileAPI/
// A Blob's bytes are a list of Uint8Array chunks that are never written to nor handed out after the Blob
// is made, so slices and Blobs built from Blobs share them: slicing copies no bytes, only chunk views.
const {
  ArrayBufferIsView, ArrayBufferPrototypeGetByteLength, ArrayBufferPrototypeGetResizable, ArrayPrototypePush,
  BigInt, BigIntAsIntN, DataViewPrototypeGetBuffer, DataViewPrototypeGetByteLength, DataViewPrototypeGetByteOffset,
  DateNow, FunctionPrototypeCall, MathFloor, MathMax, MathMin, Number, NumberIsFinite,
  ObjectGetOwnPropertyDescriptor, ObjectSetPrototypeOf, PromiseReject, PromiseResolve, ReflectApply, RegExpPrototypeSymbolReplace,
  StringPrototypeCharCodeAt, StringPrototypeToLowerCase, SymbolIterator, TypeError, TypedArrayPrototypeGetBuffer,
  TypedArrayPrototypeGetByteLength, TypedArrayPrototypeGetByteOffset, TypedArrayPrototypeGetLength,
  TypedArrayPrototypeGetSymbolToStringTag, TypedArrayPrototypeSet, TypedArrayPrototypeSubarray, Uint8Array,
  globalThis,
} = primordials;
const { toDOMString, requiredArguments, illegalInvocation, defineInterface, defineInspect, isArrayBuffer } = internals.webidl;

// UTF-8 through the encoding extension's own methods, captured before user code can replace them.
const TextEncoderPrototypeEncode = globalThis.TextEncoder.prototype.encode;
const TextDecoderPrototypeDecode = globalThis.TextDecoder.prototype.decode;
const TextDecoder = globalThis.TextDecoder;
const TextEncoder = globalThis.TextEncoder;
let encoder;
function encodeUtf8(string) {
  encoder ??= new TextEncoder();
  return ReflectApply(TextEncoderPrototypeEncode, encoder, [string]);
}
// "UTF-8 decode": BOM skipped, invalid sequences become U+FFFD.
function decodeUtf8(bytes) {
  return ReflectApply(TextDecoderPrototypeDecode, new TextDecoder(), [bytes]);
}

// Internal lists inherit nothing, so indexed accessors user code puts on Array.prototype cannot take the pushes.
const newList = () => ObjectSetPrototypeOf([], null);

// ---- WebIDL conversions ------------------------------------------------------------------------------
function describe(value) {
  if (typeof value === "string") return `"${value}"`;
  if (typeof value === "symbol" || typeof value === "function") return `a ${typeof value}`;
  if (value === null || typeof value !== "object") return `${value}`;
  return "an object";
}

// V8 installs SharedArrayBuffer in each context (it is not in the startup snapshot's primordials).
let sharedByteLength;
internals.onContextStart(() => {
  const SharedArrayBuffer = globalThis.SharedArrayBuffer;
  sharedByteLength = SharedArrayBuffer && ObjectGetOwnPropertyDescriptor(SharedArrayBuffer.prototype, "byteLength").get;
});
function isSharedArrayBuffer(value) {
  if (!sharedByteLength) return false;
  try {
    ReflectApply(sharedByteLength, value, []);
    return true;
  } catch {
    return false;
  }
}

// BufferSource without [AllowShared] or [AllowResizable]: "get a copy of the bytes held by the buffer source".
function copyBufferSource(value, prefix, what) {
  let buffer, offset, length;
  if (ArrayBufferIsView(value)) {
    if (TypedArrayPrototypeGetSymbolToStringTag(value) !== undefined) {
      buffer = TypedArrayPrototypeGetBuffer(value);
      offset = TypedArrayPrototypeGetByteOffset(value);
      length = TypedArrayPrototypeGetByteLength(value);
    } else {
      buffer = DataViewPrototypeGetBuffer(value);
      try {
        offset = DataViewPrototypeGetByteOffset(value);
        length = DataViewPrototypeGetByteLength(value);
      } catch {
        offset = length = 0; // detached
      }
    }
  } else {
    buffer = value;
    offset = 0;
    length = ArrayBufferPrototypeGetByteLength(value);
  }
  const which = buffer === value ? "is" : "is a view on";
  if (!isArrayBuffer(buffer)) {
    throw new TypeError(`${prefix}: ${what} ${which} a SharedArrayBuffer, which a Blob cannot hold; copy it into an ArrayBuffer first.`);
  }
  if (ArrayBufferPrototypeGetResizable(buffer)) {
    throw new TypeError(`${prefix}: ${what} ${which} a resizable ArrayBuffer, which a Blob cannot hold; copy it into a fixed-length ArrayBuffer first.`);
  }
  const copy = new Uint8Array(length);
  if (length > 0) TypedArrayPrototypeSet(copy, new Uint8Array(buffer, offset, length));
  return copy;
}

// BlobPropertyBag and FilePropertyBag: null and undefined are the empty dictionary; members are read in
// WebIDL's order (the inherited dictionary's members first, each dictionary's in lexicographic order).
function toDictionary(value, prefix, type) {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "object" && typeof value !== "function") {
    throw new TypeError(`${prefix}: Argument ${type === "FilePropertyBag" ? 3 : 2} is not of type '${type}' (got ${describe(value)}).`);
  }
  return value;
}

function toEndings(dictionary, prefix) {
  const value = dictionary?.endings;
  if (value === undefined) return "transparent";
  const endings = toDOMString(value, prefix, "'endings'");
  if (endings !== "transparent" && endings !== "native") {
    throw new TypeError(`${prefix}: The provided value '${endings}' is not a valid enum value of type EndingType.`);
  }
  return endings;
}

function toType(dictionary, prefix) {
  const value = dictionary?.type;
  return value === undefined ? "" : toDOMString(value, prefix, "'type'");
}

// A type with any code unit outside U+0020-U+007E becomes "", otherwise it is lowercased (ASCII only then).
function normalizeType(type) {
  for (let i = 0; i < type.length; i++) {
    const c = StringPrototypeCharCodeAt(type, i);
    if (c < 0x20 || c > 0x7E) return "";
  }
  return StringPrototypeToLowerCase(type);
}

// WebIDL `long long` with [Clamp]: NaN is 0, then clamped and rounded half to even.
function toClampedLongLong(value) {
  let x = Number(value);
  if (x !== x) return 0;
  x = MathMin(MathMax(x, -9223372036854775808), 9223372036854775807);
  let rounded = MathFloor(x);
  const fraction = x - rounded;
  if (fraction > 0.5 || (fraction === 0.5 && rounded % 2 !== 0)) rounded += 1;
  return rounded === 0 ? 0 : rounded;
}

// WebIDL `long long` without extended attributes: truncated, then wrapped modulo 2^64.
function toLongLong(value) {
  const x = Number(value);
  if (!NumberIsFinite(x)) return 0;
  const truncated = x < 0 ? -MathFloor(-x) : MathFloor(x);
  if (truncated >= -9223372036854775808 && truncated < 9223372036854775808) return truncated === 0 ? 0 : truncated;
  return Number(BigIntAsIntN(64, BigInt(truncated)));
}

const newlines = /\r\n|\r|\n/g;
let nativeLineEnding;
// "Convert line endings to native".
function toNativeLineEndings(string) {
  nativeLineEnding ??= ops.op_file_native_line_ending();
  return RegExpPrototypeSymbolReplace(newlines, string, nativeLineEnding);
}

// ---- Blob --------------------------------------------------------------------------------------------
// Made by File and by structuredClone: a Blob from chunks that already belong to Blobs.
const fromChunks = { __proto__: null };

// Set by Blob's static block.
let isBlob, blobChunks, blobSize, blobType, newBlob;

class Blob {
  #chunks;
  #size;
  #type;

  constructor(blobParts = undefined, options = undefined) {
    if (blobParts === fromChunks) {
      this.#chunks = options.chunks;
      this.#size = options.size;
      this.#type = options.type;
      return;
    }
    const prefix = "Failed to construct 'Blob'";
    const parts = blobParts === undefined ? undefined : toBlobParts(blobParts, prefix);
    const dictionary = toDictionary(options, prefix, "BlobPropertyBag");
    const endings = toEndings(dictionary, prefix);
    const type = toType(dictionary, prefix);
    const { chunks, size } = processBlobParts(parts, endings);
    this.#chunks = chunks;
    this.#size = size;
    this.#type = normalizeType(type);
  }

  get size() {
    if (!(#size in this)) throw illegalInvocation();
    return this.#size;
  }

  get type() {
    if (!(#size in this)) throw illegalInvocation();
    return this.#type;
  }

  slice(start = undefined, end = undefined, contentType = undefined) {
    if (!(#size in this)) throw illegalInvocation();
    const size = this.#size;
    let relativeStart = 0;
    if (start !== undefined) {
      const n = toClampedLongLong(start);
      relativeStart = n < 0 ? MathMax(size + n, 0) : MathMin(n, size);
    }
    let relativeEnd = size;
    if (end !== undefined) {
      const n = toClampedLongLong(end);
      relativeEnd = n < 0 ? MathMax(size + n, 0) : MathMin(n, size);
    }
    const type = contentType === undefined ? ""
      : normalizeType(toDOMString(contentType, "Failed to execute 'slice' on 'Blob'", "Argument 3"));
    const span = MathMax(relativeEnd - relativeStart, 0);
    return newBlob(sliceChunks(this.#chunks, relativeStart, span), span, type);
  }

  text() {
    if (!(#size in this)) return PromiseReject(illegalInvocation());
    return PromiseResolve(decodeUtf8(readAll(this.#chunks, this.#size)));
  }

  arrayBuffer() {
    if (!(#size in this)) return PromiseReject(illegalInvocation());
    return PromiseResolve(TypedArrayPrototypeGetBuffer(readAll(this.#chunks, this.#size)));
  }

  bytes() {
    if (!(#size in this)) return PromiseReject(illegalInvocation());
    return PromiseResolve(readAll(this.#chunks, this.#size));
  }

  static {
    isBlob = (value) => value !== null && typeof value === "object" && #size in value;
    blobChunks = (blob) => blob.#chunks;
    blobSize = (blob) => blob.#size;
    blobType = (blob) => blob.#type;
    newBlob = (chunks, size, type) => new Blob(fromChunks, { chunks, size, type });
  }
}

// sequence<BlobPart>: each element is converted as it is iterated, so getters and conversions interleave
// with the iteration as WebIDL says.
function toBlobParts(value, prefix) {
  if (value === null || (typeof value !== "object" && typeof value !== "function")) {
    throw new TypeError(`${prefix}: Argument 1 can not be converted to a sequence (got ${describe(value)}); pass an array of strings, ArrayBuffers, views or Blobs.`);
  }
  const method = value[SymbolIterator];
  if (method === undefined || method === null) {
    throw new TypeError(`${prefix}: Argument 1 can not be converted to a sequence: the object is not iterable; pass an array of strings, ArrayBuffers, views or Blobs.`);
  }
  if (typeof method !== "function") {
    throw new TypeError(`${prefix}: Argument 1 can not be converted to a sequence: its Symbol.iterator is not a function.`);
  }
  const iterator = FunctionPrototypeCall(method, value);
  if (iterator === null || (typeof iterator !== "object" && typeof iterator !== "function")) {
    throw new TypeError(`${prefix}: Argument 1 can not be converted to a sequence: its iterator is not an object.`);
  }
  const next = iterator.next;
  const parts = newList();
  for (let index = 0; ; index++) {
    const step = FunctionPrototypeCall(next, iterator);
    if (step === null || (typeof step !== "object" && typeof step !== "function")) {
      throw new TypeError(`${prefix}: Argument 1 can not be converted to a sequence: its iterator returned a non-object.`);
    }
    if (step.done) return parts;
    ArrayPrototypePush(parts, toBlobPart(step.value, prefix, `Argument 1, index ${index}`));
  }
}

// The union (BufferSource or Blob or USVString): a Blob, a copy of a buffer's bytes, or a string.
function toBlobPart(value, prefix, what) {
  if (typeof value === "string") return value;
  if (value !== null && typeof value === "object") {
    if (isBlob(value)) return value;
    if (ArrayBufferIsView(value) || isArrayBuffer(value)) return copyBufferSource(value, prefix, what);
    if (isSharedArrayBuffer(value)) {
      throw new TypeError(`${prefix}: ${what} is a SharedArrayBuffer, which a Blob cannot hold; copy it into an ArrayBuffer first.`);
    }
  }
  return toDOMString(value, prefix, what);
}

// "Process blob parts": strings become UTF-8 (after the line endings), buffers their copied bytes, Blobs
// lend their chunks. Runs of strings and buffers are joined into one chunk so small parts stay cheap to read.
function processBlobParts(parts, endings) {
  const chunks = newList();
  let size = 0;
  if (parts === undefined) return { chunks, size };
  let pending = newList();
  let pendingSize = 0;
  const flush = () => {
    if (pendingSize > 0) ArrayPrototypePush(chunks, concat(pending, pendingSize));
    pending = newList();
    pendingSize = 0;
  };
  for (let i = 0; i < parts.length; i++) {
    let part = parts[i];
    if (typeof part === "string") {
      part = encodeUtf8(endings === "native" ? toNativeLineEndings(part) : part);
    } else if (isBlob(part)) {
      flush();
      const own = blobChunks(part);
      for (let j = 0; j < own.length; j++) ArrayPrototypePush(chunks, own[j]);
      size += blobSize(part);
      continue;
    }
    const length = TypedArrayPrototypeGetLength(part);
    if (length === 0) continue;
    ArrayPrototypePush(pending, part);
    pendingSize += length;
    size += length;
  }
  flush();
  return { chunks, size };
}

function concat(list, size) {
  if (list.length === 1) return list[0];
  const out = new Uint8Array(size);
  let offset = 0;
  for (let i = 0; i < list.length; i++) {
    TypedArrayPrototypeSet(out, list[i], offset);
    offset += TypedArrayPrototypeGetLength(list[i]);
  }
  return out;
}

// The chunks covering [start, start + span): views on the same bytes.
function sliceChunks(chunks, start, span) {
  const out = newList();
  let skip = start;
  let left = span;
  for (let i = 0; i < chunks.length && left > 0; i++) {
    const chunk = chunks[i];
    const length = TypedArrayPrototypeGetLength(chunk);
    if (skip >= length) {
      skip -= length;
      continue;
    }
    const take = MathMin(length - skip, left);
    ArrayPrototypePush(out, skip === 0 && take === length ? chunk : TypedArrayPrototypeSubarray(chunk, skip, skip + take));
    left -= take;
    skip = 0;
  }
  return out;
}

// A fresh copy of all the bytes, which the caller may hand out.
function readAll(chunks, size) {
  const out = new Uint8Array(size);
  let offset = 0;
  for (let i = 0; i < chunks.length; i++) {
    TypedArrayPrototypeSet(out, chunks[i], offset);
    offset += TypedArrayPrototypeGetLength(chunks[i]);
  }
  return out;
}

defineInterface(Blob, "Blob");
defineInspect(Blob, "Blob", ["size", "type"]);

// ---- File --------------------------------------------------------------------------------------------
let isFile, nameOfFile, lastModifiedOfFile;

class File extends Blob {
  #name;
  #lastModified;

  constructor(fileBits, fileName, options = undefined) {
    if (fileBits === fromChunks) {
      super(fromChunks, fileName);
      this.#name = fileName.name;
      this.#lastModified = fileName.lastModified;
      return;
    }
    const prefix = "Failed to construct 'File'";
    requiredArguments(arguments.length, 2, prefix);
    const parts = toBlobParts(fileBits, prefix);
    const name = toUSVString(fileName, prefix, "Argument 2");
    const dictionary = toDictionary(options, prefix, "FilePropertyBag");
    const endings = toEndings(dictionary, prefix);
    const type = toType(dictionary, prefix);
    const lastModified = dictionary?.lastModified;
    const time = lastModified === undefined ? DateNow() : toLongLong(lastModified);
    const { chunks, size } = processBlobParts(parts, endings);
    super(fromChunks, { chunks, size, type: normalizeType(type) });
    this.#name = name;
    this.#lastModified = time;
  }

  get name() {
    if (!(#name in this)) throw illegalInvocation();
    return this.#name;
  }

  get lastModified() {
    if (!(#name in this)) throw illegalInvocation();
    return this.#lastModified;
  }

  static {
    isFile = (value) => value !== null && typeof value === "object" && #name in value;
    nameOfFile = (file) => file.#name;
    lastModifiedOfFile = (file) => file.#lastModified;
  }
}

// USVString: lone surrogates become U+FFFD.
const loneSurrogates = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
function toUSVString(value, prefix, what) {
  return RegExpPrototypeSymbolReplace(loneSurrogates, toDOMString(value, prefix, what), "\uFFFD");
}

defineInterface(File, "File");
defineInspect(File, "File", ["name", "size", "type"]);

// [Serializable]: a copy shares the original's immutable chunks.
internals.registerSerializable({
  is: isFile,
  serialize: (file) => ({
    chunks: blobChunks(file), size: blobSize(file), type: blobType(file),
    name: nameOfFile(file), lastModified: lastModifiedOfFile(file),
  }),
  deserialize: (data) => new File(fromChunks, data),
});
internals.registerSerializable({
  is: (value) => isBlob(value) && !isFile(value),
  serialize: (blob) => ({ chunks: blobChunks(blob), size: blobSize(blob), type: blobType(blob) }),
  deserialize: (data) => newBlob(data.chunks, data.size, data.type),
});

// The Encoding Standard: https://encoding.spec.whatwg.org/
// TextEncoder (UTF-8 only) and TextDecoder for every encoding of the standard. UTF-8, UTF-16LE/BE and
// x-user-defined are decoded here; single-byte legacy encodings through a 128-entry table that Java
// builds once from the JDK's charset; multi-byte legacy ones (gbk, gb18030, big5, euc-jp, iso-2022-jp,
// shift_jis, euc-kr) with the spec's decoders, over indexes Java builds once from the JDK's charsets.
const {
  ArrayBuffer, ArrayBufferIsView, ArrayBufferPrototypeGetByteLength, DataViewPrototypeGetBuffer,
  DataViewPrototypeGetByteLength, DataViewPrototypeGetByteOffset, Map, MapPrototypeGet, MapPrototypeSet,
  ObjectDefineProperty, ObjectPrototypeToString, RangeError, ReflectApply, RegExpPrototypeSymbolReplace,
  SharedArrayBufferPrototypeGetByteLength, String, StringFromCharCode, StringPrototypeCharCodeAt,
  StringPrototypeIsWellFormed, StringPrototypeSlice, StringPrototypeSplit, StringPrototypeToWellFormed,
  SymbolToStringTag, TypeError, TypedArrayPrototypeGetBuffer, TypedArrayPrototypeGetByteLength,
  TypedArrayPrototypeGetByteOffset, TypedArrayPrototypeGetLength, TypedArrayPrototypeGetSymbolToStringTag,
  TypedArrayPrototypeSet, TypedArrayPrototypeSlice, TypedArrayPrototypeSubarray, Uint16Array, Uint32Array,
  Uint8Array, globalThis,
} = primordials;

// encodings.json: [name, labels].
const ENCODINGS = [
  ["utf-8", "unicode-1-1-utf-8 unicode11utf8 unicode20utf8 utf-8 utf8 x-unicode20utf8"],
  ["ibm866", "866 cp866 csibm866 ibm866"],
  ["iso-8859-2", "csisolatin2 iso-8859-2 iso-ir-101 iso8859-2 iso88592 iso_8859-2 iso_8859-2:1987 l2 latin2"],
  ["iso-8859-3", "csisolatin3 iso-8859-3 iso-ir-109 iso8859-3 iso88593 iso_8859-3 iso_8859-3:1988 l3 latin3"],
  ["iso-8859-4", "csisolatin4 iso-8859-4 iso-ir-110 iso8859-4 iso88594 iso_8859-4 iso_8859-4:1988 l4 latin4"],
  ["iso-8859-5", "csisolatincyrillic cyrillic iso-8859-5 iso-ir-144 iso8859-5 iso88595 iso_8859-5 iso_8859-5:1988"],
  ["iso-8859-6", "arabic asmo-708 csiso88596e csiso88596i csisolatinarabic ecma-114 iso-8859-6 iso-8859-6-e iso-8859-6-i iso-ir-127 iso8859-6 iso88596 iso_8859-6 iso_8859-6:1987"],
  ["iso-8859-7", "csisolatingreek ecma-118 elot_928 greek greek8 iso-8859-7 iso-ir-126 iso8859-7 iso88597 iso_8859-7 iso_8859-7:1987 sun_eu_greek"],
  ["iso-8859-8", "csiso88598e csisolatinhebrew hebrew iso-8859-8 iso-8859-8-e iso-ir-138 iso8859-8 iso88598 iso_8859-8 iso_8859-8:1988 visual"],
  ["iso-8859-8-i", "csiso88598i iso-8859-8-i logical"],
  ["iso-8859-10", "csisolatin6 iso-8859-10 iso-ir-157 iso8859-10 iso885910 l6 latin6"],
  ["iso-8859-13", "iso-8859-13 iso8859-13 iso885913"],
  ["iso-8859-14", "iso-8859-14 iso8859-14 iso885914"],
  ["iso-8859-15", "csisolatin9 iso-8859-15 iso8859-15 iso885915 iso_8859-15 l9"],
  ["iso-8859-16", "iso-8859-16"],
  ["koi8-r", "cskoi8r koi koi8 koi8-r koi8_r"],
  ["koi8-u", "koi8-ru koi8-u"],
  ["macintosh", "csmacintosh mac macintosh x-mac-roman"],
  ["windows-874", "dos-874 iso-8859-11 iso8859-11 iso885911 tis-620 windows-874"],
  ["windows-1250", "cp1250 windows-1250 x-cp1250"],
  ["windows-1251", "cp1251 windows-1251 x-cp1251"],
  ["windows-1252", "ansi_x3.4-1968 ascii cp1252 cp819 csisolatin1 ibm819 iso-8859-1 iso-ir-100 iso8859-1 iso88591 iso_8859-1 iso_8859-1:1987 l1 latin1 us-ascii windows-1252 x-cp1252"],
  ["windows-1253", "cp1253 windows-1253 x-cp1253"],
  ["windows-1254", "cp1254 csisolatin5 iso-8859-9 iso-ir-148 iso8859-9 iso88599 iso_8859-9 iso_8859-9:1989 l5 latin5 windows-1254 x-cp1254"],
  ["windows-1255", "cp1255 windows-1255 x-cp1255"],
  ["windows-1256", "cp1256 windows-1256 x-cp1256"],
  ["windows-1257", "cp1257 windows-1257 x-cp1257"],
  ["windows-1258", "cp1258 windows-1258 x-cp1258"],
  ["x-mac-cyrillic", "x-mac-cyrillic x-mac-ukrainian"],
  ["gbk", "chinese csgb2312 csiso58gb231280 gb2312 gb_2312 gb_2312-80 gbk iso-ir-58 x-gbk"],
  ["gb18030", "gb18030"],
  ["big5", "big5 big5-hkscs cn-big5 csbig5 x-x-big5"],
  ["euc-jp", "cseucpkdfmtjapanese euc-jp x-euc-jp"],
  ["iso-2022-jp", "csiso2022jp iso-2022-jp"],
  ["shift_jis", "csshiftjis ms932 ms_kanji shift-jis shift_jis sjis windows-31j x-sjis"],
  ["euc-kr", "cseuckr csksc56011987 euc-kr iso-ir-149 korean ks_c_5601-1987 ks_c_5601-1989 ksc5601 ksc_5601 windows-949"],
  ["replacement", "csiso2022kr hz-gb-2312 iso-2022-cn iso-2022-cn-ext iso-2022-kr replacement"],
  ["utf-16be", "unicodefffe utf-16be"],
  ["utf-16le", "csunicode iso-10646-ucs-2 ucs-2 unicode unicodefeff utf-16 utf-16le"],
  ["x-user-defined", "x-user-defined"],
];
const labelToName = new Map();
for (let i = 0; i < ENCODINGS.length; i++) {
  const labels = StringPrototypeSplit(ENCODINGS[i][1], " ");
  for (let j = 0; j < labels.length; j++) {
    MapPrototypeSet(labelToName, labels[j], ENCODINGS[i][0]);
  }
}

const asciiWhitespace = /^[\t\n\f\r ]+|[\t\n\f\r ]+$/g;
const asciiUpper = /[A-Z]/g;
function lowerChar(c) {
  return StringFromCharCode(StringPrototypeCharCodeAt(c, 0) + 32);
}

// "Get an encoding": strip ASCII whitespace, ASCII-lowercase, look the label up.
function getEncoding(label) {
  const key = RegExpPrototypeSymbolReplace(asciiUpper,
    RegExpPrototypeSymbolReplace(asciiWhitespace, label, ""), lowerChar);
  return MapPrototypeGet(labelToName, key);
}

// WebIDL DOMString conversion (a Symbol throws a TypeError).
function toDOMString(value) {
  if (typeof value === "symbol") {
    throw new TypeError("Cannot convert a Symbol value to a string");
  }
  return String(value);
}

// WebIDL USVString: a DOMString whose lone surrogates become U+FFFD.
function toUSVString(value) {
  const string = toDOMString(value);
  return StringPrototypeIsWellFormed(string) ? string : StringPrototypeToWellFormed(string);
}

function toDictionary(value, what) {
  if (value === undefined || value === null) {
    return undefined;
  }
  if (typeof value !== "object" && typeof value !== "function") {
    throw new TypeError(`${what}: Argument 2 can not be converted to a dictionary`);
  }
  return value;
}

function describe(value) {
  if (typeof value === "string") return `"${value}"`;
  if (typeof value === "symbol" || value === null || typeof value !== "object") return String(value);
  return ObjectPrototypeToString(value);
}

// WebIDL AllowSharedBufferSource to a Uint8Array over the same bytes (a copy is not needed: decoding
// is synchronous and reads each byte once). A detached buffer reads as empty.
function toBytes(input) {
  if (ArrayBufferIsView(input)) {
    if (TypedArrayPrototypeGetSymbolToStringTag(input) === undefined) {
      const buffer = DataViewPrototypeGetBuffer(input);
      const length = DataViewPrototypeGetByteLength(input);
      return length === 0 ? new Uint8Array(0) : new Uint8Array(buffer, DataViewPrototypeGetByteOffset(input), length);
    }
    if (TypedArrayPrototypeGetSymbolToStringTag(input) === "Uint8Array") {
      return input;
    }
    const length = TypedArrayPrototypeGetByteLength(input);
    return length === 0 ? new Uint8Array(0)
      : new Uint8Array(TypedArrayPrototypeGetBuffer(input), TypedArrayPrototypeGetByteOffset(input), length);
  }
  let isBuffer = false;
  try {
    ArrayBufferPrototypeGetByteLength(input);
    isBuffer = true;
  } catch {
    try {
      SharedArrayBufferPrototypeGetByteLength(input);
      isBuffer = true;
    } catch { /* neither */ }
  }
  if (!isBuffer) {
    throw new TypeError("Failed to execute 'decode' on 'TextDecoder': Argument 1 is not an ArrayBuffer, " +
      `SharedArrayBuffer, or a view on one (got ${describe(input)}).`);
  }
  try {
    return new Uint8Array(input);
  } catch {
    return new Uint8Array(0);            // detached
  }
}

// Code units to a string, in chunks small enough for Function.prototype.apply.
function unitsToString(units, length) {
  if (length <= 0x2000) {
    return ReflectApply(StringFromCharCode, null, TypedArrayPrototypeSubarray(units, 0, length));
  }
  let result = "";
  for (let i = 0; i < length; i += 0x2000) {
    result += ReflectApply(StringFromCharCode, null,
      TypedArrayPrototypeSubarray(units, i, i + 0x2000 < length ? i + 0x2000 : length));
  }
  return result;
}

function invalidData(name) {
  return new TypeError(`The encoded data is not valid for encoding ${name}`);
}

// ---- Decoders. Each has decode(bytes, flush) returning a string; fatal errors throw. ----

// https://encoding.spec.whatwg.org/#utf-8-decoder
class Utf8Decoder {
  constructor(fatal) {
    this.fatal = fatal;
    this.codePoint = 0;
    this.bytesSeen = 0;
    this.bytesNeeded = 0;
    this.lower = 0x80;
    this.upper = 0xBF;
  }

  reset() {
    this.codePoint = 0;
    this.bytesSeen = 0;
    this.bytesNeeded = 0;
    this.lower = 0x80;
    this.upper = 0xBF;
  }

  error() {
    if (this.fatal) {
      this.reset();
      throw invalidData("utf-8");
    }
    return 0xFFFD;
  }

  decode(bytes, flush) {
    const length = TypedArrayPrototypeGetLength(bytes);
    const out = new Uint16Array(length + 4);
    let n = 0;
    let i = 0;
    let { codePoint, bytesSeen, bytesNeeded, lower, upper } = this;
    while (i < length) {
      const byte = bytes[i];
      if (bytesNeeded === 0) {
        i++;
        if (byte < 0x80) {
          out[n++] = byte;
        } else if (byte >= 0xC2 && byte <= 0xDF) {
          bytesNeeded = 1;
          codePoint = byte & 0x1F;
        } else if (byte >= 0xE0 && byte <= 0xEF) {
          if (byte === 0xE0) lower = 0xA0;
          else if (byte === 0xED) upper = 0x9F;
          bytesNeeded = 2;
          codePoint = byte & 0xF;
        } else if (byte >= 0xF0 && byte <= 0xF4) {
          if (byte === 0xF0) lower = 0x90;
          else if (byte === 0xF4) upper = 0x8F;
          bytesNeeded = 3;
          codePoint = byte & 0x7;
        } else {
          out[n++] = this.error();
        }
        continue;
      }
      if (byte < lower || byte > upper) {
        // Not consumed: the byte is processed again as the start of a new sequence.
        codePoint = bytesNeeded = bytesSeen = 0;
        lower = 0x80;
        upper = 0xBF;
        out[n++] = this.error();
        continue;
      }
      i++;
      lower = 0x80;
      upper = 0xBF;
      codePoint = (codePoint << 6) | (byte & 0x3F);
      bytesSeen++;
      if (bytesSeen !== bytesNeeded) {
        continue;
      }
      if (codePoint > 0xFFFF) {
        codePoint -= 0x10000;
        out[n++] = 0xD800 + (codePoint >> 10);
        out[n++] = 0xDC00 + (codePoint & 0x3FF);
      } else {
        out[n++] = codePoint;
      }
      codePoint = bytesNeeded = bytesSeen = 0;
    }
    if (flush && bytesNeeded !== 0) {
      codePoint = bytesNeeded = bytesSeen = 0;
      lower = 0x80;
      upper = 0xBF;
      out[n++] = this.error();
    }
    this.codePoint = codePoint;
    this.bytesSeen = bytesSeen;
    this.bytesNeeded = bytesNeeded;
    this.lower = lower;
    this.upper = upper;
    return unitsToString(out, n);
  }
}

// https://encoding.spec.whatwg.org/#shared-utf-16-decoder
class Utf16Decoder {
  constructor(fatal, bigEndian) {
    this.fatal = fatal;
    this.bigEndian = bigEndian;
    this.leadByte = -1;
    this.leadSurrogate = -1;
  }

  reset() {
    this.leadByte = -1;
    this.leadSurrogate = -1;
  }

  error() {
    if (this.fatal) {
      const name = this.bigEndian ? "utf-16be" : "utf-16le";
      this.reset();
      throw invalidData(name);
    }
    return 0xFFFD;
  }

  decode(bytes, flush) {
    const length = TypedArrayPrototypeGetLength(bytes);
    const out = new Uint16Array(((length + 2) >> 1) + 2);
    let n = 0;
    for (let i = 0; i < length; i++) {
      const byte = bytes[i];
      if (this.leadByte === -1) {
        this.leadByte = byte;
        continue;
      }
      const unit = this.bigEndian ? (this.leadByte << 8) | byte : this.leadByte | (byte << 8);
      this.leadByte = -1;
      if (this.leadSurrogate !== -1) {
        const lead = this.leadSurrogate;
        this.leadSurrogate = -1;
        if (unit >= 0xDC00 && unit <= 0xDFFF) {
          out[n++] = lead;
          out[n++] = unit;
          continue;
        }
        // The code unit is pushed back and processed after the error.
        out[n++] = this.error();
      }
      if (unit >= 0xD800 && unit <= 0xDBFF) {
        this.leadSurrogate = unit;
      } else if (unit >= 0xDC00 && unit <= 0xDFFF) {
        out[n++] = this.error();
      } else {
        out[n++] = unit;
      }
    }
    if (flush && (this.leadByte !== -1 || this.leadSurrogate !== -1)) {
      this.leadByte = -1;
      this.leadSurrogate = -1;
      out[n++] = this.error();
    }
    return unitsToString(out, n);
  }
}

// https://encoding.spec.whatwg.org/#x-user-defined-decoder
class UserDefinedDecoder {
  reset() {}

  decode(bytes) {
    const length = TypedArrayPrototypeGetLength(bytes);
    const out = new Uint16Array(length);
    for (let i = 0; i < length; i++) {
      const byte = bytes[i];
      out[i] = byte < 0x80 ? byte : 0xF780 + byte - 0x80;
    }
    return unitsToString(out, length);
  }
}

// https://encoding.spec.whatwg.org/#single-byte-decoder; tables (code units for 0x80-0xFF, U+FFFD for
// bytes the index leaves unmapped) come from Java, except for the two ISO 8859 parts the JDK lacks.
const singleByteTables = new Map();
const EXTRA_TABLES = {
  __proto__: null,
  "iso-8859-10": "\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008A\u008B\u008C\u008D\u008E\u008F" +
    "\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009A\u009B\u009C\u009D\u009E\u009F" +
    "\u00A0\u0104\u0112\u0122\u012A\u0128\u0136\u00A7\u013B\u0110\u0160\u0166\u017D\u00AD\u016A\u014A" +
    "\u00B0\u0105\u0113\u0123\u012B\u0129\u0137\u00B7\u013C\u0111\u0161\u0167\u017E\u2015\u016B\u014B" +
    "\u0100\u00C1\u00C2\u00C3\u00C4\u00C5\u00C6\u012E\u010C\u00C9\u0118\u00CB\u0116\u00CD\u00CE\u00CF" +
    "\u00D0\u0145\u014C\u00D3\u00D4\u00D5\u00D6\u0168\u00D8\u0172\u00DA\u00DB\u00DC\u00DD\u00DE\u00DF" +
    "\u0101\u00E1\u00E2\u00E3\u00E4\u00E5\u00E6\u012F\u010D\u00E9\u0119\u00EB\u0117\u00ED\u00EE\u00EF" +
    "\u00F0\u0146\u014D\u00F3\u00F4\u00F5\u00F6\u0169\u00F8\u0173\u00FA\u00FB\u00FC\u00FD\u00FE\u0138",
  "iso-8859-14": "\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008A\u008B\u008C\u008D\u008E\u008F" +
    "\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009A\u009B\u009C\u009D\u009E\u009F" +
    "\u00A0\u1E02\u1E03\u00A3\u010A\u010B\u1E0A\u00A7\u1E80\u00A9\u1E82\u1E0B\u1EF2\u00AD\u00AE\u0178" +
    "\u1E1E\u1E1F\u0120\u0121\u1E40\u1E41\u00B6\u1E56\u1E81\u1E57\u1E83\u1E60\u1EF3\u1E84\u1E85\u1E61" +
    "\u00C0\u00C1\u00C2\u00C3\u00C4\u00C5\u00C6\u00C7\u00C8\u00C9\u00CA\u00CB\u00CC\u00CD\u00CE\u00CF" +
    "\u0174\u00D1\u00D2\u00D3\u00D4\u00D5\u00D6\u1E6A\u00D8\u00D9\u00DA\u00DB\u00DC\u00DD\u0176\u00DF" +
    "\u00E0\u00E1\u00E2\u00E3\u00E4\u00E5\u00E6\u00E7\u00E8\u00E9\u00EA\u00EB\u00EC\u00ED\u00EE\u00EF" +
    "\u0175\u00F1\u00F2\u00F3\u00F4\u00F5\u00F6\u1E6B\u00F8\u00F9\u00FA\u00FB\u00FC\u00FD\u0177\u00FF",
};

const TABLE_PATCHES = {
  __proto__: null,
  "koi8-u": [0xAE, 0x045E, 0xBE, 0x040E],
  "windows-1255": [0xCA, 0x05BA],
  "x-mac-cyrillic": [0xFF, 0x20AC],
};

function singleByteTable(name) {
  let table = MapPrototypeGet(singleByteTables, name);
  if (table === undefined) {
    const string = EXTRA_TABLES[name] !== undefined ? EXTRA_TABLES[name] : ops.op_encoding_single_byte_table(name);
    table = new Uint16Array(128);
    for (let i = 0; i < 128; i++) {
      table[i] = StringPrototypeCharCodeAt(string, i);
    }
    // Where the JDK's charset differs from the spec's index.
    const patches = TABLE_PATCHES[name];
    if (patches !== undefined) {
      for (let i = 0; i < patches.length; i += 2) {
        table[patches[i] - 0x80] = patches[i + 1];
      }
    }
    MapPrototypeSet(singleByteTables, name, table);
  }
  return table;
}

class SingleByteDecoder {
  constructor(name, fatal) {
    this.name = name;
    this.fatal = fatal;
    this.table = singleByteTable(name);
  }

  reset() {}

  decode(bytes) {
    const length = TypedArrayPrototypeGetLength(bytes);
    const out = new Uint16Array(length);
    const table = this.table;
    for (let i = 0; i < length; i++) {
      const byte = bytes[i];
      if (byte < 0x80) {
        out[i] = byte;
      } else {
        const unit = table[byte - 0x80];
        if (unit === 0xFFFD && this.fatal) {
          throw invalidData(this.name);
        }
        out[i] = unit;
      }
    }
    return unitsToString(out, length);
  }
}

// ---- Multi-byte legacy decoders, as the spec writes them, over the spec's indexes (built by Java
// from the JDK's charsets, pointer by pointer; see EncodingExtension#index). ----
const indexes = new Map();
function getIndex(name) {
  let index = MapPrototypeGet(indexes, name);
  if (index === undefined) {
    index = ops.op_encoding_index(name);
    MapPrototypeSet(indexes, name, index);
  }
  return index;
}

// The index's code point for `pointer`, or -1.
function indexCodePoint(name, pointer) {
  const index = getIndex(name);
  if (pointer < 0 || pointer * 2 >= index.length) return -1;
  const c = StringPrototypeCharCodeAt(index, pointer * 2);
  if (c === 0) return -1;
  const low = StringPrototypeCharCodeAt(index, pointer * 2 + 1);
  return low === 0 ? c : ((c - 0xD800) << 10) + (low - 0xDC00) + 0x10000;
}

const CONTINUE = -1;
const ERROR = -2;
const ERROR_PREPEND = -3;      // an error, and the byte is processed again

function isAscii(byte) {
  return byte < 0x80;
}

// The shared loop: step(byte) returns a code point, CONTINUE, ERROR or ERROR_PREPEND; a second code
// point may be left in `extra`, bytes to process again before the current one in `prepend`.
class LegacyDecoder {
  constructor(name, fatal) {
    this.name = name;
    this.fatal = fatal;
    this.extra = -1;
    this.prepend = null;
    this.reset();
  }

  decode(bytes, flush) {
    let input = bytes;
    let length = TypedArrayPrototypeGetLength(input);
    let out = new Uint16Array(length * 2 + 16);
    let n = 0;
    let i = 0;
    for (;;) {
      let result;
      if (i < length) {
        result = this.step(input[i]);
        if (result === ERROR_PREPEND) {
          if (this.prepend !== null) {
            const rest = new Uint8Array(this.prepend.length + length - i);
            for (let k = 0; k < this.prepend.length; k++) rest[k] = this.prepend[k];
            for (let k = i; k < length; k++) rest[this.prepend.length + k - i] = input[k];
            this.prepend = null;
            input = rest;
            length = TypedArrayPrototypeGetLength(rest);
            i = 0;
            if (n + length * 2 + 16 > out.length) {
              const bigger = new Uint16Array(n + length * 2 + 16);
              for (let k = 0; k < n; k++) bigger[k] = out[k];
              out = bigger;
            }
          }
        } else {
          i++;
        }
      } else if (flush) {
        result = this.end();
        if (result === CONTINUE) break;
        if (this.prepend !== null) {
          input = new Uint8Array(this.prepend);
          length = this.prepend.length;
          this.prepend = null;
          i = 0;
        }
      } else {
        break;
      }
      if (result === CONTINUE) continue;
      if (result < 0) {
        if (this.fatal) {
          this.reset();
          throw invalidData(this.name);
        }
        out[n++] = 0xFFFD;
        continue;
      }
      n = putCodePoint(out, n, result);
      if (this.extra >= 0) {
        n = putCodePoint(out, n, this.extra);
        this.extra = -1;
      }
    }
    return unitsToString(out, n);
  }
}

function putCodePoint(out, n, cp) {
  if (cp > 0xFFFF) {
    cp -= 0x10000;
    out[n++] = 0xD800 + (cp >> 10);
    out[n++] = 0xDC00 + (cp & 0x3FF);
  } else {
    out[n++] = cp;
  }
  return n;
}

// The state every decoder with a single lead byte shares: a lead left at the end of the input is an error.
class LeadByteDecoder extends LegacyDecoder {
  reset() {
    this.lead = 0;
  }

  end() {
    if (this.lead === 0) return CONTINUE;
    this.lead = 0;
    return ERROR;
  }
}

// https://encoding.spec.whatwg.org/#shift_jis-decoder
class ShiftJisDecoder extends LeadByteDecoder {
  step(byte) {
    if (this.lead !== 0) {
      const lead = this.lead;
      this.lead = 0;
      let pointer = -1;
      if ((byte >= 0x40 && byte <= 0x7E) || (byte >= 0x80 && byte <= 0xFC)) {
        pointer = (lead - (lead < 0xA0 ? 0x81 : 0xC1)) * 188 + byte - (byte < 0x7F ? 0x40 : 0x41);
      }
      if (pointer >= 8836 && pointer <= 10715) return 0xE000 - 8836 + pointer;
      const cp = pointer < 0 ? -1 : indexCodePoint("jis0208", pointer);
      if (cp >= 0) return cp;
      return isAscii(byte) ? ERROR_PREPEND : ERROR;
    }
    if (byte <= 0x80) return byte;
    if (byte >= 0xA1 && byte <= 0xDF) return 0xFF61 - 0xA1 + byte;
    if ((byte >= 0x81 && byte <= 0x9F) || (byte >= 0xE0 && byte <= 0xFC)) {
      this.lead = byte;
      return CONTINUE;
    }
    return ERROR;
  }
}

// https://encoding.spec.whatwg.org/#euc-kr-decoder
class EucKrDecoder extends LeadByteDecoder {
  step(byte) {
    if (this.lead !== 0) {
      const lead = this.lead;
      this.lead = 0;
      const cp = byte >= 0x41 && byte <= 0xFE ? indexCodePoint("euc-kr", (lead - 0x81) * 190 + byte - 0x41) : -1;
      if (cp >= 0) return cp;
      return isAscii(byte) ? ERROR_PREPEND : ERROR;
    }
    if (isAscii(byte)) return byte;
    if (byte >= 0x81 && byte <= 0xFE) {
      this.lead = byte;
      return CONTINUE;
    }
    return ERROR;
  }
}

// https://encoding.spec.whatwg.org/#big5-decoder
class Big5Decoder extends LeadByteDecoder {
  step(byte) {
    if (this.lead !== 0) {
      const lead = this.lead;
      this.lead = 0;
      let pointer = -1;
      if ((byte >= 0x40 && byte <= 0x7E) || (byte >= 0xA1 && byte <= 0xFE)) {
        pointer = (lead - 0x81) * 157 + byte - (byte < 0x7F ? 0x40 : 0x62);
      }
      switch (pointer) {
        case 1133: this.extra = 0x0304; return 0x00CA;
        case 1135: this.extra = 0x030C; return 0x00CA;
        case 1164: this.extra = 0x0304; return 0x00EA;
        case 1166: this.extra = 0x030C; return 0x00EA;
      }
      const cp = pointer < 0 ? -1 : indexCodePoint("big5", pointer);
      if (cp >= 0) return cp;
      return isAscii(byte) ? ERROR_PREPEND : ERROR;
    }
    if (isAscii(byte)) return byte;
    if (byte >= 0x81 && byte <= 0xFE) {
      this.lead = byte;
      return CONTINUE;
    }
    return ERROR;
  }
}

// https://encoding.spec.whatwg.org/#euc-jp-decoder
class EucJpDecoder extends LegacyDecoder {
  reset() {
    this.lead = 0;
    this.jis0212 = false;
  }

  end() {
    if (this.lead === 0) return CONTINUE;
    this.lead = 0;
    this.jis0212 = false;
    return ERROR;
  }

  step(byte) {
    const lead = this.lead;
    if (lead === 0x8E && byte >= 0xA1 && byte <= 0xDF) {
      this.lead = 0;
      return 0xFF61 - 0xA1 + byte;
    }
    if (lead === 0x8F && byte >= 0xA1 && byte <= 0xFE) {
      this.jis0212 = true;
      this.lead = byte;
      return CONTINUE;
    }
    if (lead !== 0) {
      this.lead = 0;
      let cp = -1;
      if (lead >= 0xA1 && lead <= 0xFE && byte >= 0xA1 && byte <= 0xFE) {
        cp = indexCodePoint(this.jis0212 ? "jis0212" : "jis0208", (lead - 0xA1) * 94 + byte - 0xA1);
      }
      this.jis0212 = false;
      if (cp >= 0) return cp;
      return isAscii(byte) ? ERROR_PREPEND : ERROR;
    }
    if (isAscii(byte)) return byte;
    if (byte === 0x8E || byte === 0x8F || (byte >= 0xA1 && byte <= 0xFE)) {
      this.lead = byte;
      return CONTINUE;
    }
    return ERROR;
  }
}

// https://encoding.spec.whatwg.org/#gb18030-decoder (gbk uses the same decoder)
const gb18030Ranges = new Map();
function gb18030RangesCodePoint(pointer) {
  if ((pointer > 39419 && pointer < 189000) || pointer > 1237575) return -1;
  if (pointer === 7457) return 0xE7C7;
  if (pointer >= 189000) return 0x10000 + pointer - 189000;
  let cp = MapPrototypeGet(gb18030Ranges, pointer);
  if (cp === undefined) {
    cp = ops.op_encoding_gb18030_four(pointer);
    MapPrototypeSet(gb18030Ranges, pointer, cp);
  }
  return cp === 0 ? -1 : cp;
}

class Gb18030Decoder extends LegacyDecoder {
  reset() {
    this.first = 0;
    this.second = 0;
    this.third = 0;
  }

  end() {
    if (this.first === 0 && this.second === 0 && this.third === 0) return CONTINUE;
    this.reset();
    return ERROR;
  }

  step(byte) {
    if (this.third !== 0) {
      if (byte < 0x30 || byte > 0x39) {
        this.prepend = [this.second, this.third];
        this.reset();
        return ERROR_PREPEND;
      }
      const pointer = (this.first - 0x81) * 12600 + (this.second - 0x30) * 1260 + (this.third - 0x81) * 10 +
        byte - 0x30;
      this.reset();
      const cp = gb18030RangesCodePoint(pointer);
      return cp < 0 ? ERROR : cp;
    }
    if (this.second !== 0) {
      if (byte >= 0x81 && byte <= 0xFE) {
        this.third = byte;
        return CONTINUE;
      }
      this.prepend = [this.second];
      this.first = 0;
      this.second = 0;
      return ERROR_PREPEND;
    }
    if (this.first !== 0) {
      if (byte >= 0x30 && byte <= 0x39) {
        this.second = byte;
        return CONTINUE;
      }
      const lead = this.first;
      this.first = 0;
      let cp = -1;
      if ((byte >= 0x40 && byte <= 0x7E) || (byte >= 0x80 && byte <= 0xFE)) {
        cp = indexCodePoint("gb18030", (lead - 0x81) * 190 + byte - (byte < 0x7F ? 0x40 : 0x41));
      }
      if (cp >= 0) return cp;
      return isAscii(byte) ? ERROR_PREPEND : ERROR;
    }
    if (isAscii(byte)) return byte;
    if (byte === 0x80) return 0x20AC;
    if (byte >= 0x81 && byte <= 0xFE) {
      this.first = byte;
      return CONTINUE;
    }
    return ERROR;
  }
}

// https://encoding.spec.whatwg.org/#iso-2022-jp-decoder
const ASCII = 0, ROMAN = 1, KATAKANA = 2, LEAD_BYTE = 3, TRAIL_BYTE = 4, ESCAPE_START = 5, ESCAPE = 6;

class Iso2022JpDecoder extends LegacyDecoder {
  reset() {
    this.state = ASCII;
    this.outputState = ASCII;
    this.lead = 0;
    this.outputFlag = false;
  }

  end() {
    switch (this.state) {
      case TRAIL_BYTE:
        this.state = LEAD_BYTE;
        return ERROR;
      case ESCAPE_START:
        this.outputFlag = false;
        this.state = this.outputState;
        return ERROR;
      case ESCAPE:
        this.prepend = [this.lead];
        this.lead = 0;
        this.outputFlag = false;
        this.state = this.outputState;
        return ERROR;
      default:
        return CONTINUE;
    }
  }

  step(byte) {
    switch (this.state) {
      case ASCII:
        if (byte === 0x1B) {
          this.state = ESCAPE_START;
          return CONTINUE;
        }
        this.outputFlag = false;
        return byte <= 0x7F && byte !== 0x0E && byte !== 0x0F ? byte : ERROR;
      case ROMAN:
        if (byte === 0x1B) {
          this.state = ESCAPE_START;
          return CONTINUE;
        }
        this.outputFlag = false;
        if (byte === 0x5C) return 0x00A5;
        if (byte === 0x7E) return 0x203E;
        return byte <= 0x7F && byte !== 0x0E && byte !== 0x0F ? byte : ERROR;
      case KATAKANA:
        if (byte === 0x1B) {
          this.state = ESCAPE_START;
          return CONTINUE;
        }
        this.outputFlag = false;
        return byte >= 0x21 && byte <= 0x5F ? 0xFF61 - 0x21 + byte : ERROR;
      case LEAD_BYTE:
        if (byte === 0x1B) {
          this.state = ESCAPE_START;
          return CONTINUE;
        }
        this.outputFlag = false;
        if (byte >= 0x21 && byte <= 0x7E) {
          this.lead = byte;
          this.state = TRAIL_BYTE;
          return CONTINUE;
        }
        return ERROR;
      case TRAIL_BYTE: {
        if (byte === 0x1B) {
          this.state = ESCAPE_START;
          return ERROR;
        }
        this.state = LEAD_BYTE;
        if (byte >= 0x21 && byte <= 0x7E) {
          const cp = indexCodePoint("jis0208", (this.lead - 0x21) * 94 + byte - 0x21);
          return cp < 0 ? ERROR : cp;
        }
        return ERROR;
      }
      case ESCAPE_START:
        if (byte === 0x24 || byte === 0x28) {
          this.lead = byte;
          this.state = ESCAPE;
          return CONTINUE;
        }
        this.outputFlag = false;
        this.state = this.outputState;
        return ERROR_PREPEND;
      default: {
        const lead = this.lead;
        this.lead = 0;
        let state = -1;
        if (lead === 0x28 && byte === 0x42) state = ASCII;
        else if (lead === 0x28 && byte === 0x4A) state = ROMAN;
        else if (lead === 0x28 && byte === 0x49) state = KATAKANA;
        else if (lead === 0x24 && (byte === 0x40 || byte === 0x42)) state = LEAD_BYTE;
        if (state >= 0) {
          this.state = state;
          this.outputState = state;
          const output = this.outputFlag;
          this.outputFlag = true;
          return output ? ERROR : CONTINUE;
        }
        this.prepend = [lead];
        this.outputFlag = false;
        this.state = this.outputState;
        return ERROR_PREPEND;
      }
    }
  }
}

function newDecoder(name, fatal) {
  switch (name) {
    case "utf-8": return new Utf8Decoder(fatal);
    case "utf-16le": return new Utf16Decoder(fatal, false);
    case "utf-16be": return new Utf16Decoder(fatal, true);
    case "x-user-defined": return new UserDefinedDecoder();
    case "gbk": case "gb18030": return new Gb18030Decoder(name, fatal);
    case "big5": return new Big5Decoder(name, fatal);
    case "euc-jp": return new EucJpDecoder(name, fatal);
    case "shift_jis": return new ShiftJisDecoder(name, fatal);
    case "euc-kr": return new EucKrDecoder(name, fatal);
    case "iso-2022-jp": return new Iso2022JpDecoder(name, fatal);
    default: return new SingleByteDecoder(name, fatal);
  }
}

// ---- TextDecoder ----

class TextDecoder {
  #encoding;
  #fatal;
  #ignoreBOM;
  #decoder;
  #bomSeen = false;
  #doNotFlush = false;

  constructor(label = "utf-8", options = undefined) {
    const what = "Failed to construct 'TextDecoder'";
    label = toDOMString(label);
    const dict = toDictionary(options, what);
    const fatal = dict === undefined ? false : !!dict.fatal;
    const ignoreBOM = dict === undefined ? false : !!dict.ignoreBOM;
    const encoding = getEncoding(label);
    if (encoding === undefined || encoding === "replacement") {
      throw new RangeError(`The encoding label provided ('${label}') is invalid.`);
    }
    this.#encoding = encoding;
    this.#fatal = fatal;
    this.#ignoreBOM = ignoreBOM;
    this.#decoder = newDecoder(encoding, fatal);
  }

  get encoding() {
    if (!(#encoding in this)) {
      throw new TypeError("Illegal invocation");
    }
    return this.#encoding;
  }

  get fatal() {
    if (!(#encoding in this)) {
      throw new TypeError("Illegal invocation");
    }
    return this.#fatal;
  }

  get ignoreBOM() {
    if (!(#encoding in this)) {
      throw new TypeError("Illegal invocation");
    }
    return this.#ignoreBOM;
  }

  decode(input = undefined, options = undefined) {
    if (!(#encoding in this)) {
      throw new TypeError("Illegal invocation");
    }
    const bytes = input === undefined ? new Uint8Array(0) : toBytes(input);
    const dict = toDictionary(options, "Failed to execute 'decode' on 'TextDecoder'");
    const stream = dict === undefined ? false : !!dict.stream;
    if (!this.#doNotFlush) {
      this.#decoder.reset();
      this.#bomSeen = false;
    }
    this.#doNotFlush = stream;
    let output;
    try {
      output = this.#decoder.decode(bytes, !stream);
    } catch (error) {
      this.#doNotFlush = false;
      throw error;
    }
    if (!this.#ignoreBOM && !this.#bomSeen && output.length > 0) {
      const name = this.#encoding;
      if (name === "utf-8" || name === "utf-16le" || name === "utf-16be") {
        this.#bomSeen = true;
        if (StringPrototypeCharCodeAt(output, 0) === 0xFEFF) {
          output = StringPrototypeSlice(output, 1);
        }
      }
    }
    return output;
  }
}

// ---- TextEncoder ----

// Whether this machine stores the low byte of a word first, so that four ASCII code units can be
// written as one Uint32 store (a fixed property of the machine, so fine to compute at load).
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

// Copies the ASCII prefix of `string` into `buffer` (string.length bytes) and returns its length. Four
// code units are read and stored as one word per step: most text is ASCII, and the stores, not the
// reads, dominate a byte-per-step loop.
function encodeAsciiPrefix(string, buffer) {
  const length = string.length;
  let i = 0;
  if (LITTLE_ENDIAN) {
    const words = new Uint32Array(buffer, 0, length >> 2);
    const wordCount = length >> 2;
    for (let k = 0; k < wordCount; k++, i += 4) {
      const a = StringPrototypeCharCodeAt(string, i), b = StringPrototypeCharCodeAt(string, i + 1);
      const c = StringPrototypeCharCodeAt(string, i + 2), d = StringPrototypeCharCodeAt(string, i + 3);
      if ((a | b | c | d) >= 0x80) break;
      words[k] = a | (b << 8) | (c << 16) | (d << 24);
    }
  }
  const bytes = new Uint8Array(buffer);
  for (; i < length; i++) {
    const c = StringPrototypeCharCodeAt(string, i);
    if (c >= 0x80) return i;
    bytes[i] = c;
  }
  return i;
}

// UTF-8 of a well-formed string from index `i` on, into `out` from index `n` on; returns the index after
// the last byte written. `out` must be large enough (3 bytes per code unit).
function encodeUtf8(string, i, out, n) {
  const length = string.length;
  for (; i < length; i++) {
    let c = StringPrototypeCharCodeAt(string, i);
    if (c < 0x80) {
      out[n++] = c;
    } else if (c < 0x800) {
      out[n++] = 0xC0 | (c >> 6);
      out[n++] = 0x80 | (c & 0x3F);
    } else if (c >= 0xD800 && c <= 0xDBFF) {
      // Well-formed input: a trail surrogate follows.
      c = 0x10000 + ((c - 0xD800) << 10) + (StringPrototypeCharCodeAt(string, ++i) - 0xDC00);
      out[n++] = 0xF0 | (c >> 18);
      out[n++] = 0x80 | ((c >> 12) & 0x3F);
      out[n++] = 0x80 | ((c >> 6) & 0x3F);
      out[n++] = 0x80 | (c & 0x3F);
    } else {
      out[n++] = 0xE0 | (c >> 12);
      out[n++] = 0x80 | ((c >> 6) & 0x3F);
      out[n++] = 0x80 | (c & 0x3F);
    }
  }
  return n;
}

// UTF-8 of a well-formed string as a new Uint8Array. ASCII text is written once into a buffer of the
// exact size; from the first non-ASCII code unit on, the rest goes into a worst-case buffer (3 bytes per
// code unit) that is cut to size, which is cheaper than a second pass counting the bytes.
function encodeUtf8Array(string) {
  const length = string.length;
  const buffer = new ArrayBuffer(length);
  const ascii = encodeAsciiPrefix(string, buffer);
  if (ascii === length) return new Uint8Array(buffer);
  const out = new Uint8Array(ascii + (length - ascii) * 3);
  TypedArrayPrototypeSet(out, new Uint8Array(buffer, 0, ascii));
  const n = encodeUtf8(string, ascii, out, ascii);
  return TypedArrayPrototypeSlice(out, 0, n);
}

class TextEncoder {
  #brand = true;

  get encoding() {
    if (!(#brand in this)) {
      throw new TypeError("Illegal invocation");
    }
    return "utf-8";
  }

  encode(input = "") {
    if (!(#brand in this)) {
      throw new TypeError("Illegal invocation");
    }
    return encodeUtf8Array(toUSVString(input));
  }

  encodeInto(source, destination) {
    if (!(#brand in this)) {
      throw new TypeError("Illegal invocation");
    }
    if (arguments.length < 2) {
      throw new TypeError("Failed to execute 'encodeInto' on 'TextEncoder': 2 arguments required, but only " +
        `${arguments.length} present.`);
    }
    const string = toUSVString(source);
    if (!ArrayBufferIsView(destination) || TypedArrayPrototypeGetSymbolToStringTag(destination) !== "Uint8Array") {
      throw new TypeError("Failed to execute 'encodeInto' on 'TextEncoder': Argument 2 is not a Uint8Array " +
        `(got ${describe(destination)}).`);
    }
    const available = TypedArrayPrototypeGetLength(destination);
    const length = string.length;
    // ASCII prefix: one byte per code unit, so only the shorter of the two bounds the loop.
    const asciiEnd = length < available ? length : available;
    let read = 0;
    while (read < asciiEnd) {
      const c = StringPrototypeCharCodeAt(string, read);
      if (c >= 0x80) break;
      destination[read++] = c;
    }
    let written = read;
    while (read < length) {
      let c = StringPrototypeCharCodeAt(string, read);
      if (c < 0x80) {
        if (written >= available) break;
        destination[written++] = c;
        read++;
      } else if (c < 0x800) {
        if (written + 2 > available) break;
        destination[written++] = 0xC0 | (c >> 6);
        destination[written++] = 0x80 | (c & 0x3F);
        read++;
      } else if (c >= 0xD800 && c <= 0xDBFF) {
        if (written + 4 > available) break;
        c = 0x10000 + ((c - 0xD800) << 10) + (StringPrototypeCharCodeAt(string, read + 1) - 0xDC00);
        destination[written++] = 0xF0 | (c >> 18);
        destination[written++] = 0x80 | ((c >> 12) & 0x3F);
        destination[written++] = 0x80 | ((c >> 6) & 0x3F);
        destination[written++] = 0x80 | (c & 0x3F);
        read += 2;
      } else {
        if (written + 3 > available) break;
        destination[written++] = 0xE0 | (c >> 12);
        destination[written++] = 0x80 | ((c >> 6) & 0x3F);
        destination[written++] = 0x80 | (c & 0x3F);
        read++;
      }
    }
    return { read, written };
  }
}

// ---- WebIDL shape: enumerable members, toStringTag, non-enumerable globals. ----
function exposeInterface(ctor, members) {
  const proto = ctor.prototype;
  for (let i = 0; i < members.length; i++) {
    ObjectDefineProperty(proto, members[i], { enumerable: true });
  }
  ObjectDefineProperty(proto, SymbolToStringTag, {
    value: ctor.name, writable: false, enumerable: false, configurable: true,
  });
  ObjectDefineProperty(globalThis, ctor.name, {
    value: ctor, writable: true, enumerable: false, configurable: true,
  });
}
exposeInterface(TextDecoder, ["encoding", "fatal", "ignoreBOM", "decode"]);
exposeInterface(TextEncoder, ["encoding", "encode", "encodeInto"]);

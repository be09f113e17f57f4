// HTML atob/btoa: https://html.spec.whatwg.org/multipage/webappapis.html#atob
// Decoding is the Infra standard's forgiving-base64 decode: https://infra.spec.whatwg.org/#forgiving-base64-decode
const {
  ArrayPrototypeJoin, ArrayPrototypePush, ObjectDefineProperty, StringFromCharCode, StringPrototypeCharCodeAt,
  String, TypeError, globalThis,
} = primordials;
const { DOMException } = internals;

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const DECODE = [];
for (let i = 0; i < 128; i++) DECODE[i] = -1;
for (let i = 0; i < 64; i++) DECODE[StringPrototypeCharCodeAt(ALPHABET, i)] = i;

// WebIDL DOMString conversion: a Symbol throws a TypeError, as the template literal does.
function toDOMString(value) {
  return `${value}`;
}

function isAsciiWhitespace(c) {
  return c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d || c === 0x20;
}

function invalid(message) {
  return new DOMException(message, "InvalidCharacterError");
}

const { atob, btoa } = {
  btoa(data) {
    if (arguments.length === 0) {
      throw new TypeError("Failed to execute 'btoa': 1 argument required, but only 0 present.");
    }
    const input = toDOMString(data);
    const length = input.length;
    for (let i = 0; i < length; i++) {
      if (StringPrototypeCharCodeAt(input, i) > 0xff) {
        throw invalid("Failed to execute 'btoa': The string to be encoded contains characters outside of the Latin1 range.");
      }
    }
    const parts = [];
    let i = 0;
    for (; i + 2 < length; i += 3) {
      const n = (StringPrototypeCharCodeAt(input, i) << 16) | (StringPrototypeCharCodeAt(input, i + 1) << 8) |
        StringPrototypeCharCodeAt(input, i + 2);
      ArrayPrototypePush(parts, ALPHABET[n >> 18] + ALPHABET[(n >> 12) & 63] + ALPHABET[(n >> 6) & 63] + ALPHABET[n & 63]);
    }
    if (length - i === 1) {
      const n = StringPrototypeCharCodeAt(input, i) << 16;
      ArrayPrototypePush(parts, ALPHABET[n >> 18] + ALPHABET[(n >> 12) & 63] + "==");
    } else if (length - i === 2) {
      const n = (StringPrototypeCharCodeAt(input, i) << 16) | (StringPrototypeCharCodeAt(input, i + 1) << 8);
      ArrayPrototypePush(parts, ALPHABET[n >> 18] + ALPHABET[(n >> 12) & 63] + ALPHABET[(n >> 6) & 63] + "=");
    }
    return ArrayPrototypeJoin(parts, "");
  },

  atob(data) {
    if (arguments.length === 0) {
      throw new TypeError("Failed to execute 'atob': 1 argument required, but only 0 present.");
    }
    const input = toDOMString(data);
    // Step 1: remove ASCII whitespace.
    const codes = [];
    for (let i = 0; i < input.length; i++) {
      const c = StringPrototypeCharCodeAt(input, i);
      if (!isAsciiWhitespace(c)) ArrayPrototypePush(codes, c);
    }
    let length = codes.length;
    // Step 2: a length divisible by 4 may end with one or two "=", which are removed.
    if (length % 4 === 0 && length > 0 && codes[length - 1] === 0x3d) {
      length--;
      if (codes[length - 1] === 0x3d) length--;
    }
    // Step 3: a remaining length of 1 mod 4 is an error.
    if (length % 4 === 1) {
      throw invalid("Failed to execute 'atob': The string to be decoded is not correctly encoded.");
    }
    // Steps 4-9: only the base64 alphabet remains; decode 6 bits at a time.
    let out = "";
    let buffer = 0;
    let bits = 0;
    const chunk = [];
    for (let i = 0; i < length; i++) {
      const c = codes[i];
      const v = c < 128 ? DECODE[c] : -1;
      if (v < 0) {
        throw invalid("Failed to execute 'atob': The string to be decoded is not correctly encoded.");
      }
      buffer = (buffer << 6) | v;
      bits += 6;
      if (bits >= 8) {
        bits -= 8;
        ArrayPrototypePush(chunk, (buffer >> bits) & 0xff);
        buffer &= (1 << bits) - 1;
        if (chunk.length >= 4096) {
          out += ReflectApplyFromCharCode(chunk);
          chunk.length = 0;
        }
      }
    }
    // Leftover bits (12 or 18 bits read) are discarded.
    return out + ReflectApplyFromCharCode(chunk);
  },
};

function ReflectApplyFromCharCode(chunk) {
  return primordials.ReflectApply(StringFromCharCode, null, chunk);
}

ObjectDefineProperty(globalThis, "atob", { value: atob, writable: true, enumerable: true, configurable: true });
ObjectDefineProperty(globalThis, "btoa", { value: btoa, writable: true, enumerable: true, configurable: true });

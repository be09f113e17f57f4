// URL Standard: https://url.spec.whatwg.org/ — the URL parser, the host parser, URL and URLSearchParams.
// Every URL record is a plain object { scheme, username, password, host, port, path, query, fragment }:
// host is null or the serialized host, path an array of segments or a string (an opaque path).
const {
  ArrayPrototypeJoin, ArrayPrototypePop, ArrayPrototypePush, ArrayPrototypeSlice, ArrayPrototypeSort, Map,
  MapPrototypeClear, MapPrototypeGet, MapPrototypeGetSize, MapPrototypeSet, MathFloor, NumberPrototypeToString,
  ObjectDefineProperty, ObjectGetOwnPropertyDescriptor, ObjectGetPrototypeOf, ObjectSetPrototypeOf,
  ReflectApply, ReflectOwnKeys, StringFromCharCode, StringFromCodePoint, StringPrototypeCharCodeAt,
  StringPrototypeCodePointAt, StringPrototypeIndexOf, StringPrototypeLastIndexOf, StringPrototypeReplaceAll,
  StringPrototypeSlice, StringPrototypeSplit, StringPrototypeToLowerCase, StringPrototypeToUpperCase,
  StringPrototypeToWellFormed, SymbolFor, SymbolIterator, SymbolToStringTag, TypeError, Uint16Array,
  globalThis,
} = primordials;

const IteratorPrototype = ObjectGetPrototypeOf(ObjectGetPrototypeOf([][SymbolIterator]()));
const EOF = -1;
const FAILURE = null;

// ---------------------------------------------------------------------------------------------------
// WebIDL conversions

// USVString: ToString (a Symbol throws), then lone surrogates become U+FFFD.
function toUSVString(value) {
  return StringPrototypeToWellFormed(`${value}`);
}

function requireArgs(length, required, what, iface) {
  if (length < required) {
    throw new TypeError(`Failed to ${what === "constructor" ? "construct" : "execute"} '${
      what === "constructor" ? iface : what}'${what === "constructor" ? "" : ` on '${iface}'`}: ${required} argument${
      required === 1 ? "" : "s"} required, but only ${length} present.`);
  }
}

function describe(value) {
  return value.length > 100 ? `${StringPrototypeSlice(value, 0, 100)}...` : value;
}

// ---------------------------------------------------------------------------------------------------
// Code points, UTF-8 and percent-encoding

function codePoints(string) {
  const out = [];
  for (let i = 0; i < string.length; i++) {
    const c = StringPrototypeCodePointAt(string, i);
    ArrayPrototypePush(out, c);
    if (c > 0xFFFF) i++;
  }
  return out;
}

function utf8Bytes(cp, out) {
  if (cp < 0x80) ArrayPrototypePush(out, cp);
  else if (cp < 0x800) ArrayPrototypePush(out, 0xC0 | (cp >> 6), 0x80 | (cp & 0x3F));
  else if (cp < 0x10000) ArrayPrototypePush(out, 0xE0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3F), 0x80 | (cp & 0x3F));
  else {
    ArrayPrototypePush(out, 0xF0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3F), 0x80 | ((cp >> 6) & 0x3F),
      0x80 | (cp & 0x3F));
  }
  return out;
}

const HEX = [];
for (let i = 0; i < 256; i++) {
  HEX[i] = `%${i < 16 ? "0" : ""}${StringPrototypeToUpperCase(NumberPrototypeToString(i, 16))}`;
}

// The percent-encode sets, as the standard defines them (predicates on a code point). They are only
// used to fill SETS below.
const inC0ControlSet = (c) => c < 0x20 || c > 0x7E;
const inFragmentSet = (c) => inC0ControlSet(c) || c === 0x20 || c === 0x22 || c === 0x3C || c === 0x3E || c === 0x60;
const inQuerySet = (c) => inC0ControlSet(c) || c === 0x20 || c === 0x22 || c === 0x23 || c === 0x3C || c === 0x3E;
const inSpecialQuerySet = (c) => inQuerySet(c) || c === 0x27;
const inPathSet = (c) => inQuerySet(c) || c === 0x3F || c === 0x5E || c === 0x60 || c === 0x7B || c === 0x7D;
const inUserinfoSet = (c) => inPathSet(c) || c === 0x2F || c === 0x3A || c === 0x3B || c === 0x3D || c === 0x40 ||
  (c >= 0x5B && c <= 0x5D) || c === 0x7C;
const inComponentSet = (c) => inUserinfoSet(c) || (c >= 0x24 && c <= 0x26) || c === 0x2B || c === 0x2C;
const inFormSet = (c) => inComponentSet(c) || c === 0x21 || (c >= 0x27 && c <= 0x29) || c === 0x7E;

// One bit per percent-encode set (every set holds all non-ASCII code points), bits for the ASCII code
// points that end a run the parser copies as is in a state (a stop needs a look at that code point
// alone), and the forbidden domain code points. SETS[c] holds the bits of each ASCII code point c.
const C0_CONTROL_SET = 1, FRAGMENT_SET = 2, QUERY_SET = 4, SPECIAL_QUERY_SET = 8, PATH_SET = 16,
  USERINFO_SET = 32, COMPONENT_SET = 64, FORM_SET = 128;
const PATH_STOP = 256, HOST_STOP = 512, AUTHORITY_STOP = 1024, OPAQUE_PATH_STOP = 2048;
const FORBIDDEN_DOMAIN = 4096;
const SETS = new Uint16Array(128);
for (let c = 0; c < 128; c++) {
  SETS[c] = (inC0ControlSet(c) ? C0_CONTROL_SET : 0) | (inFragmentSet(c) ? FRAGMENT_SET : 0) |
    (inQuerySet(c) ? QUERY_SET : 0) | (inSpecialQuerySet(c) ? SPECIAL_QUERY_SET : 0) |
    (inPathSet(c) ? PATH_SET : 0) | (inUserinfoSet(c) ? USERINFO_SET : 0) |
    (inComponentSet(c) ? COMPONENT_SET : 0) | (inFormSet(c) ? FORM_SET : 0) |
    (isForbiddenDomain(c) ? FORBIDDEN_DOMAIN : 0);
}
for (const c of [0x2F, 0x5C, 0x3F, 0x23]) SETS[c] |= PATH_STOP;                         // / \ ? #
for (const c of [0x3A, 0x2F, 0x5C, 0x3F, 0x23, 0x5B, 0x5D]) SETS[c] |= HOST_STOP;       // : / \ ? # [ ]
for (const c of [0x40, 0x2F, 0x5C, 0x3F, 0x23]) SETS[c] |= AUTHORITY_STOP;              // @ / \ ? #
for (const c of [0x3F, 0x23, 0x20]) SETS[c] |= OPAQUE_PATH_STOP;                        // ? # space

// The end of the run of code units from `start` on that are ASCII and have none of `bits`.
function runEnd(input, start, bits) {
  const length = input.length;
  let i = start;
  while (i < length) {
    const c = StringPrototypeCharCodeAt(input, i);
    if (c >= 0x80 || (SETS[c] & bits) !== 0) break;
    i++;
  }
  return i;
}

// Where the code units a state copies as they are end: the run from `p` that `bits` lets through, or just the
// unit at `p` when that one is in the set itself (the state copies it too).
function copyEnd(input, p, bits) {
  const end = runEnd(input, p, bits);
  return end === p ? p + 1 : end;
}

const ASCII = [];
for (let i = 0; i < 128; i++) ASCII[i] = StringFromCharCode(i);

// A code point percent-encoded (UTF-8) if it is in `set` (one of the *_SET bits).
function percentEncode(c, set) {
  if (c < 0x80) return (SETS[c] & set) === 0 ? ASCII[c] : HEX[c];
  if (c < 0x800) return HEX[0xC0 | (c >> 6)] + HEX[0x80 | (c & 0x3F)];
  if (c < 0x10000) return HEX[0xE0 | (c >> 12)] + HEX[0x80 | ((c >> 6) & 0x3F)] + HEX[0x80 | (c & 0x3F)];
  return HEX[0xF0 | (c >> 18)] + HEX[0x80 | ((c >> 12) & 0x3F)] + HEX[0x80 | ((c >> 6) & 0x3F)] +
    HEX[0x80 | (c & 0x3F)];
}

// A well-formed string percent-encoded with `set`; runs that need no encoding are copied whole, and a
// string that needs none is returned as is.
function percentEncodeString(string, set) {
  const length = string.length;
  let out = "", start = 0;
  for (let i = runEnd(string, 0, set); i < length; i = runEnd(string, start, set)) {
    out += StringPrototypeSlice(string, start, i);
    const c = StringPrototypeCodePointAt(string, i);
    out += percentEncode(c, set);
    start = c > 0xFFFF ? i + 2 : i + 1;
  }
  return start === 0 ? string : out + StringPrototypeSlice(string, start);
}

function hexValue(c) {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  return -1;
}

// Percent-decode a string to bytes.
function percentDecode(string) {
  const bytes = [];
  for (let i = 0; i < string.length; i++) {
    const c = StringPrototypeCodePointAt(string, i);
    if (c > 0xFFFF) i++;
    if (c === 0x25 && i + 2 < string.length + 0) {
      const h = hexValue(StringPrototypeCharCodeAt(string, i + 1));
      const l = hexValue(StringPrototypeCharCodeAt(string, i + 2));
      if (h >= 0 && l >= 0) {
        ArrayPrototypePush(bytes, h * 16 + l);
        i += 2;
        continue;
      }
    }
    utf8Bytes(c, bytes);
  }
  return bytes;
}

// UTF-8 decode without BOM (errors become U+FFFD, as the Encoding Standard says).
function utf8Decode(bytes) {
  let out = "";
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      out += StringFromCharCode(b);
      i++;
      continue;
    }
    let need, cp, lower = 0x80, upper = 0xBF;
    if (b >= 0xC2 && b <= 0xDF) {
      need = 1; cp = b & 0x1F;
    } else if (b >= 0xE0 && b <= 0xEF) {
      if (b === 0xE0) lower = 0xA0;
      if (b === 0xED) upper = 0x9F;
      need = 2; cp = b & 0xF;
    } else if (b >= 0xF0 && b <= 0xF4) {
      if (b === 0xF0) lower = 0x90;
      if (b === 0xF4) upper = 0x8F;
      need = 3; cp = b & 7;
    } else {
      out += "\uFFFD";
      i++;
      continue;
    }
    let j = i + 1, ok = true;
    for (let k = 0; k < need; k++, j++) {
      const c = bytes[j];
      if (j >= n || c < lower || c > upper) {
        ok = false;
        break;
      }
      lower = 0x80; upper = 0xBF;
      cp = (cp << 6) | (c & 0x3F);
    }
    out += ok ? StringFromCodePoint(cp) : "\uFFFD";
    i = j;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Hosts

function isSpecialScheme(scheme) {
  switch (scheme) {
    case "ftp": case "file": case "http": case "https": case "ws": case "wss":
      return true;
    default:
      return false;
  }
}

function defaultPort(scheme) {
  switch (scheme) {
    case "ftp": return 21;
    case "http": case "ws": return 80;
    case "https": case "wss": return 443;
    default: return null;
  }
}

// A parsed scheme, as the literal when it is a special one: records then share one string, which later
// comparisons with the literals settle on identity.
function canonicalScheme(scheme) {
  switch (scheme) {
    case "ftp": return "ftp";
    case "file": return "file";
    case "http": return "http";
    case "https": return "https";
    case "ws": return "ws";
    case "wss": return "wss";
    default: return scheme;
  }
}

function isForbiddenHost(c) {
  return c === 0 || c === 0x09 || c === 0x0A || c === 0x0D || c === 0x20 || c === 0x23 || c === 0x2F ||
    c === 0x3A || c === 0x3C || c === 0x3E || c === 0x3F || c === 0x40 || c === 0x5B || c === 0x5C ||
    c === 0x5D || c === 0x5E || c === 0x7C;
}

function isForbiddenDomain(c) {
  return isForbiddenHost(c) || c <= 0x1F || c === 0x25 || c === 0x7F;
}

function hostParse(input, isOpaque) {
  if (StringPrototypeCharCodeAt(input, 0) === 0x5B) {
    if (StringPrototypeCharCodeAt(input, input.length - 1) !== 0x5D) return FAILURE;
    const address = ipv6Parse(codePoints(StringPrototypeSlice(input, 1, -1)));
    return address === FAILURE ? FAILURE : `[${ipv6Serialize(address)}]`;
  }
  if (isOpaque) {
    for (let i = 0; i < input.length; i++) {
      if (isForbiddenHost(StringPrototypeCharCodeAt(input, i))) return FAILURE;
    }
    return percentEncodeString(input, C0_CONTROL_SET);
  }
  const domain = StringPrototypeIndexOf(input, "%") === -1 ? input : utf8Decode(percentDecode(input));
  const asciiDomain = domainToASCII(domain);
  if (asciiDomain === FAILURE) return FAILURE;
  for (let i = 0; i < asciiDomain.length; i++) {
    const c = StringPrototypeCharCodeAt(asciiDomain, i);
    if (c < 0x80 && (SETS[c] & FORBIDDEN_DOMAIN) !== 0) return FAILURE;
  }
  if (endsInANumber(asciiDomain)) return ipv4Parse(asciiDomain);
  return asciiDomain;
}

// https://url.spec.whatwg.org/#ends-in-a-number-checker on indexes: the last label (after one trailing
// empty label is dropped) is all ASCII digits or parses as an IPv4 number.
function endsInANumber(input) {
  let end = input.length;
  if (end > 0 && StringPrototypeCharCodeAt(input, end - 1) === 0x2E) end--;
  if (end === 0) return false;
  const start = StringPrototypeLastIndexOf(input, ".", end - 1) + 1;
  // An empty label is neither digits nor an IPv4 number, and every IPv4 number starts with a digit.
  if (start === end || !isDigit(StringPrototypeCharCodeAt(input, start))) return false;
  const last = StringPrototypeSlice(input, start, end);
  for (let i = 1; i < last.length; i++) {
    if (!isDigit(StringPrototypeCharCodeAt(last, i))) return ipv4NumberParse(last) !== FAILURE;
  }
  return true;
}

function ipv4NumberParse(input) {
  if (input === "") return FAILURE;
  let radix = 10;
  if (input.length >= 2 && StringPrototypeCharCodeAt(input, 0) === 0x30 &&
      (StringPrototypeCharCodeAt(input, 1) | 0x20) === 0x78) {
    input = StringPrototypeSlice(input, 2);
    radix = 16;
  } else if (input.length >= 2 && StringPrototypeCharCodeAt(input, 0) === 0x30) {
    input = StringPrototypeSlice(input, 1);
    radix = 8;
  }
  let value = 0;
  for (let i = 0; i < input.length; i++) {
    const d = hexValue(StringPrototypeCharCodeAt(input, i));
    if (d < 0 || d >= radix) return FAILURE;
    value = value * radix + d;
  }
  return value;
}

function ipv4Parse(input) {
  const parts = StringPrototypeSplit(input, ".");
  if (parts[parts.length - 1] === "" && parts.length > 1) ArrayPrototypePop(parts);
  if (parts.length > 4) return FAILURE;
  const numbers = [];
  for (let i = 0; i < parts.length; i++) {
    const n = ipv4NumberParse(parts[i]);
    if (n === FAILURE) return FAILURE;
    ArrayPrototypePush(numbers, n);
  }
  for (let i = 0; i < numbers.length - 1; i++) {
    if (numbers[i] > 255) return FAILURE;
  }
  const last = numbers[numbers.length - 1];
  if (last >= 256 ** (5 - numbers.length)) return FAILURE;
  let ipv4 = last;
  for (let i = 0; i < numbers.length - 1; i++) ipv4 += numbers[i] * 256 ** (3 - i);
  const out = [];
  for (let i = 0; i < 4; i++) {
    out[3 - i] = `${ipv4 % 256}`;
    ipv4 = MathFloor(ipv4 / 256);
  }
  return ArrayPrototypeJoin(out, ".");
}

function ipv6Parse(input) {
  const address = [0, 0, 0, 0, 0, 0, 0, 0];
  let pieceIndex = 0, compress = null, p = 0;
  const at = (i) => (i < input.length ? input[i] : EOF);
  if (at(p) === 0x3A) {
    if (at(p + 1) !== 0x3A) return FAILURE;
    p += 2;
    compress = ++pieceIndex;
  }
  while (at(p) !== EOF) {
    if (pieceIndex === 8) return FAILURE;
    if (at(p) === 0x3A) {
      if (compress !== null) return FAILURE;
      p++;
      compress = ++pieceIndex;
      continue;
    }
    let value = 0, length = 0;
    while (length < 4 && at(p) !== EOF && hexValue(at(p)) >= 0) {
      value = value * 0x10 + hexValue(at(p));
      p++;
      length++;
    }
    if (at(p) === 0x2E) {
      if (length === 0) return FAILURE;
      p -= length;
      if (pieceIndex > 6) return FAILURE;
      let numbersSeen = 0;
      while (at(p) !== EOF) {
        let ipv4Piece = null;
        if (numbersSeen > 0) {
          if (at(p) === 0x2E && numbersSeen < 4) p++;
          else return FAILURE;
        }
        if (!(at(p) >= 0x30 && at(p) <= 0x39)) return FAILURE;
        while (at(p) >= 0x30 && at(p) <= 0x39) {
          const number = at(p) - 0x30;
          if (ipv4Piece === null) ipv4Piece = number;
          else if (ipv4Piece === 0) return FAILURE;
          else ipv4Piece = ipv4Piece * 10 + number;
          if (ipv4Piece > 255) return FAILURE;
          p++;
        }
        address[pieceIndex] = address[pieceIndex] * 0x100 + ipv4Piece;
        numbersSeen++;
        if (numbersSeen === 2 || numbersSeen === 4) pieceIndex++;
      }
      if (numbersSeen !== 4) return FAILURE;
      break;
    } else if (at(p) === 0x3A) {
      p++;
      if (at(p) === EOF) return FAILURE;
    } else if (at(p) !== EOF) {
      return FAILURE;
    }
    address[pieceIndex] = value;
    pieceIndex++;
  }
  if (compress !== null) {
    let swaps = pieceIndex - compress;
    pieceIndex = 7;
    while (pieceIndex !== 0 && swaps > 0) {
      const t = address[pieceIndex];
      address[pieceIndex] = address[compress + swaps - 1];
      address[compress + swaps - 1] = t;
      pieceIndex--;
      swaps--;
    }
  } else if (pieceIndex !== 8) {
    return FAILURE;
  }
  return address;
}

function ipv6Serialize(address) {
  // The first longest run of two or more zero pieces is compressed.
  let compress = -1, bestLength = 1;
  for (let i = 0; i < 8;) {
    if (address[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && address[j] === 0) j++;
    if (j - i > bestLength) {
      bestLength = j - i;
      compress = i;
    }
    i = j;
  }
  let out = "";
  let ignore0 = false;
  for (let i = 0; i < 8; i++) {
    if (ignore0 && address[i] === 0) continue;
    ignore0 = false;
    if (compress === i) {
      out += i === 0 ? "::" : ":";
      ignore0 = true;
      continue;
    }
    out += NumberPrototypeToString(address[i], 16);
    if (i !== 7) out += ":";
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Domain to ASCII: https://url.spec.whatwg.org/#concept-domain-to-ascii. For an ASCII domain without an
// "xn--" label, UTS #46 processing (with the URL Standard's options) only lowercases, so that is done
// here; any other domain goes to Java (ICU4J's UTS #46: mapping, normalization, validity, punycode, bidi
// and joiner rules), which returns null on failure.

// The last domains Java converted, so that a page of URLs on one non-ASCII host calls Java once.
const idnaCache = new Map();

function uts46ToASCII(domain) {
  let ascii = MapPrototypeGet(idnaCache, domain);
  if (ascii === undefined) {
    ascii = ops.op_url_domain_to_ascii(domain);
    if (MapPrototypeGetSize(idnaCache) >= 256) MapPrototypeClear(idnaCache);
    MapPrototypeSet(idnaCache, domain, ascii);
  }
  return ascii;
}

function domainToASCII(domain) {
  let ascii = true;
  for (let i = 0; i < domain.length; i++) {
    if (StringPrototypeCharCodeAt(domain, i) >= 0x80) {
      ascii = false;
      break;
    }
  }
  let result;
  if (ascii) {
    result = StringPrototypeToLowerCase(domain);
    if (StringPrototypeIndexOf(result, "xn--") !== -1) result = uts46ToASCII(domain);
  } else {
    result = uts46ToASCII(domain);
  }
  return result === null || result === "" ? FAILURE : result;
}

// ---------------------------------------------------------------------------------------------------
// The basic URL parser

const SCHEME_START = 1, SCHEME = 2, NO_SCHEME = 3, SPECIAL_RELATIVE_OR_AUTHORITY = 4, PATH_OR_AUTHORITY = 5,
  RELATIVE = 6, RELATIVE_SLASH = 7, SPECIAL_AUTHORITY_SLASHES = 8, SPECIAL_AUTHORITY_IGNORE_SLASHES = 9,
  AUTHORITY = 10, HOST = 11, HOSTNAME = 12, PORT = 13, FILE = 14, FILE_SLASH = 15, FILE_HOST = 16,
  PATH_START = 17, PATH = 18, OPAQUE_PATH = 19, QUERY = 20, FRAGMENT = 21;

function newRecord() {
  return { scheme: "", username: "", password: "", host: null, port: null, path: [], query: null, fragment: null };
}

const hasOpaquePath = (url) => typeof url.path === "string";
const includesCredentials = (url) => url.username !== "" || url.password !== "";
const isAlpha = (c) => (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A);
const isDigit = (c) => c >= 0x30 && c <= 0x39;
const isSchemeCodePoint = (c) => isAlpha(c) || isDigit(c) || c === 0x2B || c === 0x2D || c === 0x2E;

function isWindowsDriveLetter(string, normalizedOnly) {
  if (string.length !== 2 || !isAlpha(StringPrototypeCharCodeAt(string, 0))) return false;
  const c = StringPrototypeCharCodeAt(string, 1);
  return c === 0x3A || (!normalizedOnly && c === 0x7C);
}

// The parser walks the input by UTF-16 code unit: the input is a USVString, so a surrogate is always half
// of a pair, and the states that look at a single code point only compare it with ASCII, except where
// a code point is percent-encoded (there the pair is read whole). Past the end is EOF.
function unitAt(input, i) {
  return i < input.length ? StringPrototypeCharCodeAt(input, i) : EOF;
}

function startsWithWindowsDriveLetter(input, p) {
  const remaining = input.length - p;
  if (remaining < 2 || !isAlpha(unitAt(input, p))) return false;
  const second = unitAt(input, p + 1);
  if (second !== 0x3A && second !== 0x7C) return false;
  if (remaining === 2) return true;
  const c = unitAt(input, p + 2);
  return c === 0x2F || c === 0x5C || c === 0x3F || c === 0x23;
}

function shortenPath(url) {
  const path = url.path;
  if (url.scheme === "file" && path.length === 1 && isWindowsDriveLetter(path[0], true)) return;
  ArrayPrototypePop(path);
}

function isSingleDot(s) {
  return s === "." || (s.length === 3 && StringPrototypeToLowerCase(s) === "%2e");
}

function isDoubleDot(s) {
  if (s === "..") return true;
  if (s.length < 4 || s.length > 6) return false;
  const l = StringPrototypeToLowerCase(s);
  return l === ".%2e" || l === "%2e." || l === "%2e%2e";
}

function trimControlAndSpace(input) {
  let start = 0, end = input.length;
  while (start < end && StringPrototypeCharCodeAt(input, start) <= 0x20) start++;
  while (end > start && StringPrototypeCharCodeAt(input, end - 1) <= 0x20) end--;
  return start === 0 && end === input.length ? input : StringPrototypeSlice(input, start, end);
}

function removeTabAndNewline(input) {
  if (StringPrototypeIndexOf(input, "\t") === -1 && StringPrototypeIndexOf(input, "\n") === -1 &&
      StringPrototypeIndexOf(input, "\r") === -1) {
    return input;
  }
  let out = null;
  for (let i = 0; i < input.length; i++) {
    const c = StringPrototypeCharCodeAt(input, i);
    if (c === 0x09 || c === 0x0A || c === 0x0D) {
      if (out === null) out = StringPrototypeSlice(input, 0, i);
    } else if (out !== null) {
      out += input[i];
    }
  }
  return out === null ? input : out;
}

// The index of the first "/", backslash, "?" or "#" from `start` on (a special URL's authority or path
// segment ends there), or the input's length.
function segmentEnd(input, start) {
  const length = input.length;
  let i = start;
  while (i < length) {
    const c = StringPrototypeCharCodeAt(input, i);
    if (c < 0x80 && (SETS[c] & PATH_STOP) !== 0) break;
    i++;
  }
  return i;
}

// The basic URL parser's result for the most common input, "scheme://[userinfo@]host[:port][/path][?query]
// [#fragment]" with a special scheme other than file, worked out by index instead of code point by code
// point; it is what the state machine gives for such input (the base URL does not matter once "//"
// follows a special scheme). Returns undefined for any other input (an IPv6 host included), which the
// state machine then parses.
function parseSpecialAuthorityURL(input) {
  const length = input.length;
  let i = 0;
  while (i < length && isSchemeCodePoint(StringPrototypeCharCodeAt(input, i))) i++;
  if (i === 0 || i + 2 >= length || !isAlpha(StringPrototypeCharCodeAt(input, 0)) ||
      StringPrototypeCharCodeAt(input, i) !== 0x3A || StringPrototypeCharCodeAt(input, i + 1) !== 0x2F ||
      StringPrototypeCharCodeAt(input, i + 2) !== 0x2F) {
    return undefined;
  }
  const scheme = canonicalScheme(StringPrototypeToLowerCase(StringPrototypeSlice(input, 0, i)));
  if (!isSpecialScheme(scheme) || scheme === "file") return undefined;
  // Special authority slashes, then any more slashes or backslashes are skipped.
  let start = i + 3;
  while (start < length) {
    const c = StringPrototypeCharCodeAt(input, start);
    if (c !== 0x2F && c !== 0x5C) break;
    start++;
  }
  const url = newRecord();
  url.scheme = scheme;
  // Authority: everything before the last "@" is the userinfo, its first ":" starts the password.
  const authorityEnd = segmentEnd(input, start);
  const at = StringPrototypeLastIndexOf(input, "@", authorityEnd - 1);
  let hostStart = start;
  if (at >= start) {
    hostStart = at + 1;
    if (hostStart === authorityEnd) return FAILURE;
    const colon = StringPrototypeIndexOf(input, ":", start);
    if (colon !== -1 && colon < at) {
      url.username = percentEncodeString(StringPrototypeSlice(input, start, colon), USERINFO_SET);
      url.password = percentEncodeString(StringPrototypeSlice(input, colon + 1, at), USERINFO_SET);
    } else {
      url.username = percentEncodeString(StringPrototypeSlice(input, start, at), USERINFO_SET);
    }
  }
  // Host and port.
  if (hostStart === authorityEnd) return FAILURE;
  const bracket = StringPrototypeIndexOf(input, "[", hostStart);
  if (bracket !== -1 && bracket < authorityEnd) return undefined;
  let hostEnd = StringPrototypeIndexOf(input, ":", hostStart);
  if (hostEnd === -1 || hostEnd > authorityEnd) hostEnd = authorityEnd;
  if (hostEnd === hostStart) return FAILURE;
  const host = hostParse(StringPrototypeSlice(input, hostStart, hostEnd), false);
  if (host === FAILURE) return FAILURE;
  url.host = host;
  if (hostEnd < authorityEnd) {
    let port = 0;
    for (let k = hostEnd + 1; k < authorityEnd; k++) {
      const c = StringPrototypeCharCodeAt(input, k);
      if (!isDigit(c)) return FAILURE;
      port = port * 10 + (c - 0x30);
      if (port > 65535) return FAILURE;
    }
    if (hostEnd + 1 < authorityEnd && port !== defaultPort(scheme)) url.port = port;
  }
  // Path: segments end at a slash or backslash (special scheme), the path at "?" or "#".
  let p = authorityEnd;
  let c = p < length ? StringPrototypeCharCodeAt(input, p) : EOF;
  if (c !== 0x2F && c !== 0x5C) {
    ArrayPrototypePush(url.path, "");
  } else {
    do {
      const end = segmentEnd(input, p + 1);
      const segment = percentEncodeString(StringPrototypeSlice(input, p + 1, end), PATH_SET);
      c = end < length ? StringPrototypeCharCodeAt(input, end) : EOF;
      const slash = c === 0x2F || c === 0x5C;
      if (isDoubleDot(segment)) {
        ArrayPrototypePop(url.path);
        if (!slash) ArrayPrototypePush(url.path, "");
      } else if (isSingleDot(segment)) {
        if (!slash) ArrayPrototypePush(url.path, "");
      } else {
        ArrayPrototypePush(url.path, segment);
      }
      p = end;
    } while (c === 0x2F || c === 0x5C);
  }
  if (c === 0x3F) {
    const hash = StringPrototypeIndexOf(input, "#", p + 1);
    const end = hash === -1 ? length : hash;
    url.query = percentEncodeString(StringPrototypeSlice(input, p + 1, end), SPECIAL_QUERY_SET);
    p = end;
    c = p < length ? 0x23 : EOF;
  }
  if (c === 0x23) url.fragment = percentEncodeString(StringPrototypeSlice(input, p + 1), FRAGMENT_SET);
  return url;
}

function basicParse(input, base, url, override) {
  if (url === undefined) {
    input = removeTabAndNewline(trimControlAndSpace(input));
    const parsed = parseSpecialAuthorityURL(input);
    if (parsed !== undefined) return parsed;
    url = newRecord();
  } else {
    input = removeTabAndNewline(input);
  }
  let state = override || SCHEME_START;
  let buffer = "";
  let atSignSeen = false, insideBrackets = false, passwordTokenSeen = false;
  const len = input.length;
  for (let p = 0; ; p++) {
    const c = p < len ? StringPrototypeCharCodeAt(input, p) : EOF;
    switch (state) {
      case SCHEME_START:
        if (isAlpha(c)) {
          buffer += StringFromCharCode(c | 0x20);
          state = SCHEME;
        } else if (!override) {
          state = NO_SCHEME;
          p--;
        } else {
          return FAILURE;
        }
        break;
      case SCHEME:
        if (isSchemeCodePoint(c)) {
          let end = p + 1;
          while (end < len && isSchemeCodePoint(StringPrototypeCharCodeAt(input, end))) end++;
          buffer += StringPrototypeToLowerCase(StringPrototypeSlice(input, p, end));
          p = end - 1;
        } else if (c === 0x3A) {
          if (override) {
            if (isSpecialScheme(url.scheme) !== isSpecialScheme(buffer)) return url;
            if ((includesCredentials(url) || url.port !== null) && buffer === "file") return url;
            if (url.scheme === "file" && url.host === "") return url;
          }
          url.scheme = canonicalScheme(buffer);
          if (override) {
            if (url.port === defaultPort(url.scheme)) url.port = null;
            return url;
          }
          buffer = "";
          if (url.scheme === "file") {
            state = FILE;
          } else if (isSpecialScheme(url.scheme) && base !== null && base.scheme === url.scheme) {
            state = SPECIAL_RELATIVE_OR_AUTHORITY;
          } else if (isSpecialScheme(url.scheme)) {
            state = SPECIAL_AUTHORITY_SLASHES;
          } else if (unitAt(input, p + 1) === 0x2F) {
            state = PATH_OR_AUTHORITY;
            p++;
          } else {
            url.path = "";
            state = OPAQUE_PATH;
          }
        } else if (!override) {
          buffer = "";
          state = NO_SCHEME;
          p = -1;
        } else {
          return FAILURE;
        }
        break;
      case NO_SCHEME:
        if (base === null || (hasOpaquePath(base) && c !== 0x23)) return FAILURE;
        if (hasOpaquePath(base) && c === 0x23) {
          url.scheme = base.scheme;
          url.path = base.path;
          url.query = base.query;
          url.fragment = "";
          state = FRAGMENT;
        } else {
          state = base.scheme !== "file" ? RELATIVE : FILE;
          p--;
        }
        break;
      case SPECIAL_RELATIVE_OR_AUTHORITY:
        if (c === 0x2F && unitAt(input, p + 1) === 0x2F) {
          state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
          p++;
        } else {
          state = RELATIVE;
          p--;
        }
        break;
      case PATH_OR_AUTHORITY:
        if (c === 0x2F) {
          state = AUTHORITY;
        } else {
          state = PATH;
          p--;
        }
        break;
      case RELATIVE:
        url.scheme = base.scheme;
        if (c === 0x2F || (c === 0x5C && isSpecialScheme(url.scheme))) {
          state = RELATIVE_SLASH;
        } else {
          url.username = base.username;
          url.password = base.password;
          url.host = base.host;
          url.port = base.port;
          url.path = ArrayPrototypeSlice(base.path);
          url.query = base.query;
          if (c === 0x3F) {
            url.query = "";
            state = QUERY;
          } else if (c === 0x23) {
            url.fragment = "";
            state = FRAGMENT;
          } else if (c !== EOF) {
            url.query = null;
            shortenPath(url);
            state = PATH;
            p--;
          }
        }
        break;
      case RELATIVE_SLASH:
        if (isSpecialScheme(url.scheme) && (c === 0x2F || c === 0x5C)) {
          state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
        } else if (c === 0x2F) {
          state = AUTHORITY;
        } else {
          url.username = base.username;
          url.password = base.password;
          url.host = base.host;
          url.port = base.port;
          state = PATH;
          p--;
        }
        break;
      case SPECIAL_AUTHORITY_SLASHES:
        if (c === 0x2F && unitAt(input, p + 1) === 0x2F) {
          p++;
        } else {
          p--;
        }
        state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
        break;
      case SPECIAL_AUTHORITY_IGNORE_SLASHES:
        if (c !== 0x2F && c !== 0x5C) {
          state = AUTHORITY;
          p--;
        }
        break;
      case AUTHORITY:
        if (c === 0x40) {
          if (atSignSeen) buffer = `%40${buffer}`;
          atSignSeen = true;
          // The first ":" (before any "@" seen earlier) separates the username from the password.
          const colon = passwordTokenSeen ? -1 : StringPrototypeIndexOf(buffer, ":");
          if (passwordTokenSeen) {
            url.password += percentEncodeString(buffer, USERINFO_SET);
          } else if (colon === -1) {
            url.username += percentEncodeString(buffer, USERINFO_SET);
          } else {
            passwordTokenSeen = true;
            url.username += percentEncodeString(StringPrototypeSlice(buffer, 0, colon), USERINFO_SET);
            url.password += percentEncodeString(StringPrototypeSlice(buffer, colon + 1), USERINFO_SET);
          }
          buffer = "";
        } else if (c === EOF || c === 0x2F || c === 0x3F || c === 0x23 ||
                   (c === 0x5C && isSpecialScheme(url.scheme))) {
          if (atSignSeen && buffer === "") return FAILURE;
          p -= buffer.length + 1;
          buffer = "";
          state = HOST;
        } else {
          const end = copyEnd(input, p, AUTHORITY_STOP);
          buffer += StringPrototypeSlice(input, p, end);
          p = end - 1;
        }
        break;
      case HOST:
      case HOSTNAME:
        if (override && url.scheme === "file") {
          p--;
          state = FILE_HOST;
        } else if (c === 0x3A && !insideBrackets) {
          if (buffer === "") return FAILURE;
          if (override === HOSTNAME) return FAILURE;
          const host = hostParse(buffer, !isSpecialScheme(url.scheme));
          if (host === FAILURE) return FAILURE;
          url.host = host;
          buffer = "";
          state = PORT;
        } else if (c === EOF || c === 0x2F || c === 0x3F || c === 0x23 ||
                   (c === 0x5C && isSpecialScheme(url.scheme))) {
          p--;
          if (isSpecialScheme(url.scheme) && buffer === "") return FAILURE;
          if (override && buffer === "" && (includesCredentials(url) || url.port !== null)) return FAILURE;
          const host = hostParse(buffer, !isSpecialScheme(url.scheme));
          if (host === FAILURE) return FAILURE;
          url.host = host;
          buffer = "";
          state = PATH_START;
          if (override) return url;
        } else {
          if (c === 0x5B) insideBrackets = true;
          if (c === 0x5D) insideBrackets = false;
          const end = copyEnd(input, p, HOST_STOP);
          buffer += StringPrototypeSlice(input, p, end);
          p = end - 1;
        }
        break;
      case PORT:
        if (isDigit(c)) {
          let end = p + 1;
          while (end < len && isDigit(StringPrototypeCharCodeAt(input, end))) end++;
          buffer += StringPrototypeSlice(input, p, end);
          p = end - 1;
        } else if (c === EOF || c === 0x2F || c === 0x3F || c === 0x23 ||
                   (c === 0x5C && isSpecialScheme(url.scheme)) || override) {
          if (buffer !== "") {
            let port = 0;
            for (let i = 0; i < buffer.length; i++) {
              port = port * 10 + (StringPrototypeCharCodeAt(buffer, i) - 0x30);
              if (port > 65535) return FAILURE;
            }
            url.port = port === defaultPort(url.scheme) ? null : port;
            buffer = "";
            if (override) return url;
          }
          if (override) return FAILURE;
          state = PATH_START;
          p--;
        } else {
          return FAILURE;
        }
        break;
      case FILE:
        url.scheme = "file";
        url.host = "";
        if (c === 0x2F || c === 0x5C) {
          state = FILE_SLASH;
        } else if (base !== null && base.scheme === "file") {
          url.host = base.host;
          url.path = ArrayPrototypeSlice(base.path);
          url.query = base.query;
          if (c === 0x3F) {
            url.query = "";
            state = QUERY;
          } else if (c === 0x23) {
            url.fragment = "";
            state = FRAGMENT;
          } else if (c !== EOF) {
            url.query = null;
            if (!startsWithWindowsDriveLetter(input, p)) shortenPath(url);
            else url.path = [];
            state = PATH;
            p--;
          }
        } else {
          state = PATH;
          p--;
        }
        break;
      case FILE_SLASH:
        if (c === 0x2F || c === 0x5C) {
          state = FILE_HOST;
        } else {
          if (base !== null && base.scheme === "file") {
            url.host = base.host;
            if (!startsWithWindowsDriveLetter(input, p) && base.path.length > 0 &&
                isWindowsDriveLetter(base.path[0], true)) {
              ArrayPrototypePush(url.path, base.path[0]);
            }
          }
          state = PATH;
          p--;
        }
        break;
      case FILE_HOST:
        if (c === EOF || c === 0x2F || c === 0x5C || c === 0x3F || c === 0x23) {
          p--;
          if (!override && isWindowsDriveLetter(buffer, false)) {
            state = PATH;
          } else if (buffer === "") {
            url.host = "";
            if (override) return url;
            state = PATH_START;
          } else {
            let host = hostParse(buffer, !isSpecialScheme(url.scheme));
            if (host === FAILURE) return FAILURE;
            if (host === "localhost") host = "";
            url.host = host;
            if (override) return url;
            buffer = "";
            state = PATH_START;
          }
        } else {
          const end = copyEnd(input, p, PATH_STOP);
          buffer += StringPrototypeSlice(input, p, end);
          p = end - 1;
        }
        break;
      case PATH_START:
        if (isSpecialScheme(url.scheme)) {
          state = PATH;
          if (c !== 0x2F && c !== 0x5C) p--;
        } else if (!override && c === 0x3F) {
          url.query = "";
          state = QUERY;
        } else if (!override && c === 0x23) {
          url.fragment = "";
          state = FRAGMENT;
        } else if (c !== EOF) {
          state = PATH;
          if (c !== 0x2F) p--;
        } else if (override && url.host === null) {
          ArrayPrototypePush(url.path, "");
        }
        break;
      case PATH: {
        const slash = c === 0x2F || (c === 0x5C && isSpecialScheme(url.scheme));
        if (c === EOF || slash || (!override && (c === 0x3F || c === 0x23))) {
          if (isDoubleDot(buffer)) {
            shortenPath(url);
            if (!slash) ArrayPrototypePush(url.path, "");
          } else if (isSingleDot(buffer)) {
            if (!slash) ArrayPrototypePush(url.path, "");
          } else {
            if (url.scheme === "file" && url.path.length === 0 && isWindowsDriveLetter(buffer, false)) {
              buffer = `${buffer[0]}:`;
            }
            ArrayPrototypePush(url.path, buffer);
          }
          buffer = "";
          if (c === 0x3F) {
            url.query = "";
            state = QUERY;
          } else if (c === 0x23) {
            url.fragment = "";
            state = FRAGMENT;
          }
        } else {
          const end = runEnd(input, p, PATH_SET | PATH_STOP);
          if (end === p) {
            const cp = StringPrototypeCodePointAt(input, p);
            if (cp > 0xFFFF) p++;
            buffer += percentEncode(cp, PATH_SET);
          } else {
            buffer += StringPrototypeSlice(input, p, end);
            p = end - 1;
          }
        }
        break;
      }
      case OPAQUE_PATH:
        if (c === 0x3F) {
          url.query = "";
          state = QUERY;
        } else if (c === 0x23) {
          url.fragment = "";
          state = FRAGMENT;
        } else if (c === 0x20) {
          // A space right before the query or fragment is encoded, so the path keeps it.
          const next = unitAt(input, p + 1);
          url.path += next === 0x3F || next === 0x23 ? "%20" : " ";
        } else if (c !== EOF) {
          const end = runEnd(input, p, C0_CONTROL_SET | OPAQUE_PATH_STOP);
          if (end === p) {
            const cp = StringPrototypeCodePointAt(input, p);
            if (cp > 0xFFFF) p++;
            url.path += percentEncode(cp, C0_CONTROL_SET);
          } else {
            url.path += StringPrototypeSlice(input, p, end);
            p = end - 1;
          }
        }
        break;
      case QUERY: {
        // The query runs to the first "#" (to the end with a state override) and is encoded whole.
        const hash = override ? -1 : StringPrototypeIndexOf(input, "#", p);
        const end = hash === -1 ? len : hash;
        url.query += percentEncodeString(StringPrototypeSlice(input, p, end),
          isSpecialScheme(url.scheme) ? SPECIAL_QUERY_SET : QUERY_SET);
        if (hash === -1) return url;
        url.fragment = "";
        state = FRAGMENT;
        p = end;
        break;
      }
      case FRAGMENT:
        url.fragment += percentEncodeString(StringPrototypeSlice(input, p), FRAGMENT_SET);
        return url;
    }
    if (p >= len) return url;
  }
}

function serializePath(url) {
  if (hasOpaquePath(url)) return url.path;
  let out = "";
  for (let i = 0; i < url.path.length; i++) out += `/${url.path[i]}`;
  return out;
}

function serializeURL(url, excludeFragment) {
  let out = `${url.scheme}:`;
  if (url.host !== null) {
    out += "//";
    if (includesCredentials(url)) {
      out += url.username;
      if (url.password !== "") out += `:${url.password}`;
      out += "@";
    }
    out += url.host;
    if (url.port !== null) out += `:${url.port}`;
  } else if (!hasOpaquePath(url) && url.path.length > 1 && url.path[0] === "") {
    out += "/.";
  }
  out += serializePath(url);
  if (url.query !== null) out += `?${url.query}`;
  if (!excludeFragment && url.fragment !== null) out += `#${url.fragment}`;
  return out;
}

function serializeOrigin(url) {
  switch (url.scheme) {
    case "blob": {
      const pathURL = basicParse(serializePath(url), null);
      if (pathURL !== FAILURE && (pathURL.scheme === "http" || pathURL.scheme === "https")) {
        return serializeOrigin(pathURL);
      }
      return "null";
    }
    case "ftp": case "http": case "https": case "ws": case "wss":
      return `${url.scheme}://${url.host}${url.port === null ? "" : `:${url.port}`}`;
    default:
      return "null";
  }
}

// The parser never modifies a base URL record, so the last one parsed is kept for the next call.
let lastBase = null, lastBaseRecord = null;

// Whether the input starts with "scheme:", for the hint given when a relative URL has no base.
function hasScheme(input) {
  const trimmed = trimControlAndSpace(input);
  if (!isAlpha(StringPrototypeCharCodeAt(trimmed, 0))) return false;
  for (let i = 1; i < trimmed.length; i++) {
    const c = StringPrototypeCharCodeAt(trimmed, i);
    if (c === 0x3A) return true;
    if (!isAlpha(c) && !isDigit(c) && c !== 0x2B && c !== 0x2D && c !== 0x2E) return false;
  }
  return false;
}

function parseURL(input, base) {
  let baseRecord = null;
  if (base !== undefined) {
    if (base === lastBase) {
      baseRecord = lastBaseRecord;
    } else {
      baseRecord = basicParse(base, null);
      lastBase = base;
      lastBaseRecord = baseRecord;
    }
    if (baseRecord === FAILURE) return FAILURE;
  }
  return basicParse(input, baseRecord);
}

// ---------------------------------------------------------------------------------------------------
// application/x-www-form-urlencoded

function formDecode(string) {
  let hasPlus = false, hasPercent = false;
  for (let i = 0; i < string.length; i++) {
    const c = StringPrototypeCharCodeAt(string, i);
    if (c === 0x2B) hasPlus = true;
    else if (c === 0x25) hasPercent = true;
  }
  if (hasPlus) {
    let replaced = "";
    for (let i = 0; i < string.length; i++) replaced += string[i] === "+" ? " " : string[i];
    string = replaced;
  }
  return hasPercent ? utf8Decode(percentDecode(string)) : string;
}

function formParse(input) {
  const list = [];
  const sequences = StringPrototypeSplit(input, "&");
  for (let i = 0; i < sequences.length; i++) {
    const bytes = sequences[i];
    if (bytes === "") continue;
    const eq = StringPrototypeIndexOf(bytes, "=");
    const name = eq === -1 ? bytes : StringPrototypeSlice(bytes, 0, eq);
    const value = eq === -1 ? "" : StringPrototypeSlice(bytes, eq + 1);
    ArrayPrototypePush(list, [formDecode(name), formDecode(value)]);
  }
  return list;
}

// Percent-encoding with spaces as "+". Only an encoded space can give "%20" in the output, since the
// input's own "%" becomes "%25".
function formEncode(string) {
  const encoded = percentEncodeString(string, FORM_SET);
  return StringPrototypeIndexOf(encoded, "%20") === -1 ? encoded : StringPrototypeReplaceAll(encoded, "%20", "+");
}

function formSerialize(list) {
  let out = "";
  for (let i = 0; i < list.length; i++) {
    if (i > 0) out += "&";
    out += `${formEncode(list[i][0])}=${formEncode(list[i][1])}`;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// URLSearchParams

let paramsList, paramsSetURL, isParams, urlRecordOf;

function illegal() {
  return new TypeError("Illegal invocation");
}

class URLSearchParams {
  #list = [];
  #url = null;

  constructor(init = "") {
    if (typeof init === "object" && init !== null || typeof init === "function") {
      const method = init[SymbolIterator];
      if (method !== undefined && method !== null) {
        if (typeof method !== "function") {
          throw new TypeError("Failed to construct 'URLSearchParams': The provided value cannot be converted to a sequence.");
        }
        for (const pair of { [SymbolIterator]: () => ReflectApply(method, init, []) }) {
          if (typeof pair !== "object" && typeof pair !== "function" || pair === null ||
              pair[SymbolIterator] === undefined) {
            throw new TypeError("Failed to construct 'URLSearchParams': The provided value cannot be converted to a sequence.");
          }
          const items = [];
          for (const item of pair) ArrayPrototypePush(items, toUSVString(item));
          if (items.length !== 2) {
            throw new TypeError(`Failed to construct 'URLSearchParams': Sequence initializer must only contain pair elements, but got ${items.length} element${items.length === 1 ? "" : "s"}.`);
          }
          ArrayPrototypePush(this.#list, items);
        }
      } else {
        const keys = ReflectOwnKeys(init);
        for (let i = 0; i < keys.length; i++) {
          const key = keys[i];
          if (typeof key === "symbol") continue; // as engines do: symbol keys are not entries
          const desc = ObjectGetOwnPropertyDescriptor(init, key);
          if (desc !== undefined && desc.enumerable) {
            const name = toUSVString(key);
            ArrayPrototypePush(this.#list, [name, toUSVString(init[key])]);
          }
        }
      }
    } else {
      init = toUSVString(init);
      if (StringPrototypeCharCodeAt(init, 0) === 0x3F) init = StringPrototypeSlice(init, 1);
      this.#list = formParse(init);
    }
  }

  static {
    paramsList = (p) => p.#list;
    isParams = (p) => typeof p === "object" && p !== null && #list in p;
    paramsSetURL = (p, url, list) => {
      p.#url = url;
      p.#list = list;
    };
  }

  static #check(self) {
    if (typeof self !== "object" || self === null || !(#list in self)) throw illegal();
    return self;
  }

  #update() {
    if (this.#url === null) return;
    const record = urlRecordOf(this.#url);
    const serialized = formSerialize(this.#list);
    record.query = serialized === "" ? null : serialized;
  }

  get size() {
    return URLSearchParams.#check(this).#list.length;
  }

  append(name, value) {
    URLSearchParams.#check(this);
    requireArgs(arguments.length, 2, "append", "URLSearchParams");
    ArrayPrototypePush(this.#list, [toUSVString(name), toUSVString(value)]);
    this.#update();
  }

  delete(name, value = undefined) {
    URLSearchParams.#check(this);
    requireArgs(arguments.length, 1, "delete", "URLSearchParams");
    name = toUSVString(name);
    if (value !== undefined) value = toUSVString(value);
    const list = this.#list;
    let j = 0;
    for (let i = 0; i < list.length; i++) {
      if (list[i][0] === name && (value === undefined || list[i][1] === value)) continue;
      list[j++] = list[i];
    }
    list.length = j;
    this.#update();
  }

  get(name) {
    URLSearchParams.#check(this);
    requireArgs(arguments.length, 1, "get", "URLSearchParams");
    name = toUSVString(name);
    const list = this.#list;
    for (let i = 0; i < list.length; i++) if (list[i][0] === name) return list[i][1];
    return null;
  }

  getAll(name) {
    URLSearchParams.#check(this);
    requireArgs(arguments.length, 1, "getAll", "URLSearchParams");
    name = toUSVString(name);
    const list = this.#list;
    const out = [];
    for (let i = 0; i < list.length; i++) if (list[i][0] === name) ArrayPrototypePush(out, list[i][1]);
    return out;
  }

  has(name, value = undefined) {
    URLSearchParams.#check(this);
    requireArgs(arguments.length, 1, "has", "URLSearchParams");
    name = toUSVString(name);
    if (value !== undefined) value = toUSVString(value);
    const list = this.#list;
    for (let i = 0; i < list.length; i++) {
      if (list[i][0] === name && (value === undefined || list[i][1] === value)) return true;
    }
    return false;
  }

  set(name, value) {
    URLSearchParams.#check(this);
    requireArgs(arguments.length, 2, "set", "URLSearchParams");
    name = toUSVString(name);
    value = toUSVString(value);
    const list = this.#list;
    let found = false, j = 0;
    for (let i = 0; i < list.length; i++) {
      if (list[i][0] === name) {
        if (found) continue;
        found = true;
        list[i][1] = value;
      }
      list[j++] = list[i];
    }
    list.length = j;
    if (!found) ArrayPrototypePush(list, [name, value]);
    this.#update();
  }

  sort() {
    URLSearchParams.#check(this);
    // Array.prototype.sort is stable; `<` on strings compares code units, as the standard asks.
    ArrayPrototypeSort(this.#list, (a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    this.#update();
  }

  forEach(callback, thisArg = undefined) {
    URLSearchParams.#check(this);
    requireArgs(arguments.length, 1, "forEach", "URLSearchParams");
    if (typeof callback !== "function") {
      throw new TypeError("Failed to execute 'forEach' on 'URLSearchParams': parameter 1 is not of type 'Function'.");
    }
    const list = this.#list;
    for (let i = 0; i < list.length; i++) ReflectApply(callback, thisArg, [list[i][1], list[i][0], this]);
  }

  entries() {
    return new URLSearchParamsIterator(URLSearchParams.#check(this), 0);
  }

  keys() {
    return new URLSearchParamsIterator(URLSearchParams.#check(this), 1);
  }

  values() {
    return new URLSearchParamsIterator(URLSearchParams.#check(this), 2);
  }

  toString() {
    return formSerialize(URLSearchParams.#check(this).#list);
  }
}

class URLSearchParamsIterator {
  #params;
  #kind;
  #index = 0;

  constructor(params, kind) {
    this.#params = params;
    this.#kind = kind;
  }

  next() {
    if (typeof this !== "object" || this === null || !(#params in this)) throw illegal();
    const list = paramsList(this.#params);
    if (this.#index >= list.length) return { value: undefined, done: true };
    const pair = list[this.#index++];
    const kind = this.#kind;
    return { value: kind === 0 ? [pair[0], pair[1]] : kind === 1 ? pair[0] : pair[1], done: false };
  }
}
ObjectSetPrototypeOf(URLSearchParamsIterator.prototype, IteratorPrototype);
delete URLSearchParamsIterator.prototype.constructor;
ObjectDefineProperty(URLSearchParamsIterator.prototype, "next", { enumerable: true });
ObjectDefineProperty(URLSearchParamsIterator.prototype, SymbolToStringTag, {
  value: "URLSearchParams Iterator", configurable: true,
});

// ---------------------------------------------------------------------------------------------------
// URL

// https://url.spec.whatwg.org/#cannot-have-a-username-password-port
function cannotHaveUsernamePasswordPort(url) {
  return url.host === null || url.host === "" || url.scheme === "file";
}

class URL {
  #url;
  #query = null;

  constructor(url, base = undefined) {
    requireArgs(arguments.length, 1, "constructor", "URL");
    url = toUSVString(url);
    if (base !== undefined) base = toUSVString(base);
    const record = parseURL(url, base);
    if (record === FAILURE) {
      let message = `Failed to construct 'URL': Invalid URL '${describe(url)}'`;
      if (base !== undefined) message += ` with base '${describe(base)}'`;
      else if (!hasScheme(url)) message += " (a relative URL needs a base: new URL(url, base))";
      throw new TypeError(message);
    }
    this.#url = record;
  }

  static {
    urlRecordOf = (u) => u.#url;
  }

  static #check(self) {
    if (typeof self !== "object" || self === null || !(#url in self)) throw illegal();
    return self;
  }

  static parse(url, base = undefined) {
    requireArgs(arguments.length, 1, "parse", "URL");
    url = toUSVString(url);
    if (base !== undefined) base = toUSVString(base);
    const record = parseURL(url, base);
    if (record === FAILURE) return null;
    const result = new URL("about:blank");
    result.#url = record;
    return result;
  }

  static canParse(url, base = undefined) {
    requireArgs(arguments.length, 1, "canParse", "URL");
    url = toUSVString(url);
    if (base !== undefined) base = toUSVString(base);
    return parseURL(url, base) !== FAILURE;
  }

  get href() {
    return serializeURL(URL.#check(this).#url, false);
  }

  set href(value) {
    URL.#check(this);
    value = toUSVString(value);
    const record = basicParse(value, null);
    if (record === FAILURE) throw new TypeError(`Failed to set the 'href' property on 'URL': Invalid URL '${describe(value)}'`);
    this.#url = record;
    if (this.#query !== null) {
      paramsSetURL(this.#query, this, record.query === null ? [] : formParse(record.query));
    }
  }

  get origin() {
    return serializeOrigin(URL.#check(this).#url);
  }

  get protocol() {
    return `${URL.#check(this).#url.scheme}:`;
  }

  set protocol(value) {
    URL.#check(this);
    basicParse(`${toUSVString(value)}:`, null, this.#url, SCHEME_START);
  }

  get username() {
    return URL.#check(this).#url.username;
  }

  set username(value) {
    URL.#check(this);
    value = toUSVString(value);
    const url = this.#url;
    if (cannotHaveUsernamePasswordPort(url)) return;
    url.username = percentEncodeString(value, USERINFO_SET);
  }

  get password() {
    return URL.#check(this).#url.password;
  }

  set password(value) {
    URL.#check(this);
    value = toUSVString(value);
    const url = this.#url;
    if (cannotHaveUsernamePasswordPort(url)) return;
    url.password = percentEncodeString(value, USERINFO_SET);
  }

  get host() {
    const url = URL.#check(this).#url;
    if (url.host === null) return "";
    return url.port === null ? url.host : `${url.host}:${url.port}`;
  }

  set host(value) {
    URL.#check(this);
    value = toUSVString(value);
    if (hasOpaquePath(this.#url)) return;
    basicParse(value, null, this.#url, HOST);
  }

  get hostname() {
    const host = URL.#check(this).#url.host;
    return host === null ? "" : host;
  }

  set hostname(value) {
    URL.#check(this);
    value = toUSVString(value);
    if (hasOpaquePath(this.#url)) return;
    basicParse(value, null, this.#url, HOSTNAME);
  }

  get port() {
    const port = URL.#check(this).#url.port;
    return port === null ? "" : `${port}`;
  }

  set port(value) {
    URL.#check(this);
    value = toUSVString(value);
    const url = this.#url;
    if (cannotHaveUsernamePasswordPort(url)) return;
    if (value === "") url.port = null;
    else basicParse(value, null, url, PORT);
  }

  get pathname() {
    return serializePath(URL.#check(this).#url);
  }

  set pathname(value) {
    URL.#check(this);
    value = toUSVString(value);
    const url = this.#url;
    if (hasOpaquePath(url)) return;
    url.path = [];
    basicParse(value, null, url, PATH_START);
  }

  get search() {
    const query = URL.#check(this).#url.query;
    return query === null || query === "" ? "" : `?${query}`;
  }

  set search(value) {
    URL.#check(this);
    value = toUSVString(value);
    const url = this.#url;
    if (value === "") {
      url.query = null;
      if (this.#query !== null) paramsSetURL(this.#query, this, []);
      return;
    }
    const input = StringPrototypeCharCodeAt(value, 0) === 0x3F ? StringPrototypeSlice(value, 1) : value;
    url.query = "";
    basicParse(input, null, url, QUERY);
    if (this.#query !== null) paramsSetURL(this.#query, this, formParse(input));
  }

  get searchParams() {
    URL.#check(this);
    if (this.#query === null) {
      const params = new URLSearchParams();
      paramsSetURL(params, this, this.#url.query === null ? [] : formParse(this.#url.query));
      this.#query = params;
    }
    return this.#query;
  }

  get hash() {
    const fragment = URL.#check(this).#url.fragment;
    return fragment === null || fragment === "" ? "" : `#${fragment}`;
  }

  set hash(value) {
    URL.#check(this);
    value = toUSVString(value);
    const url = this.#url;
    if (value === "") {
      url.fragment = null;
      return;
    }
    const input = StringPrototypeCharCodeAt(value, 0) === 0x23 ? StringPrototypeSlice(value, 1) : value;
    url.fragment = "";
    basicParse(input, null, url, FRAGMENT);
  }

  toString() {
    return serializeURL(URL.#check(this).#url, false);
  }

  toJSON() {
    return serializeURL(URL.#check(this).#url, false);
  }
}

// WebIDL: operations and attributes are enumerable; interfaces carry Symbol.toStringTag.
function finishInterface(ctor, tag) {
  const proto = ctor.prototype;
  const keys = ReflectOwnKeys(proto);
  for (let i = 0; i < keys.length; i++) {
    if (keys[i] !== "constructor") ObjectDefineProperty(proto, keys[i], { enumerable: true });
  }
  for (const name of ["parse", "canParse"]) {
    if (ObjectGetOwnPropertyDescriptor(ctor, name)) ObjectDefineProperty(ctor, name, { enumerable: true });
  }
  ObjectDefineProperty(proto, SymbolToStringTag, { value: tag, configurable: true });
  ObjectDefineProperty(globalThis, tag, { value: ctor, writable: true, enumerable: false, configurable: true });
}

finishInterface(URL, "URL");
finishInterface(URLSearchParams, "URLSearchParams");
ObjectDefineProperty(URLSearchParams.prototype, SymbolIterator, {
  value: URLSearchParams.prototype.entries, writable: true, enumerable: false, configurable: true,
});

// How console.log shows a URL (the console extension calls Deno-style custom inspect methods).
ObjectDefineProperty(URL.prototype, SymbolFor("Deno.customInspect"), {
  value: function inspectURL(inspect, options) {
    const url = this;
    const object = {
      href: url.href, origin: url.origin, protocol: url.protocol, username: url.username,
      password: url.password, host: url.host, hostname: url.hostname, port: url.port,
      pathname: url.pathname, hash: url.hash, search: url.search,
    };
    return `URL ${inspect(object, options)}`;
  },
  writable: true, enumerable: false, configurable: true,
});

// What URLPattern (the urlpattern extension) needs to canonicalize pattern components with the URL parser.
internals.urlParsing = {
  newRecord, basicParse, serializePath, HOSTNAME, PORT, PATH_START, OPAQUE_PATH, QUERY, FRAGMENT,
  parse: (input, base = undefined) => parseURL(input, base),
  percentEncodeUserinfo: (value) => percentEncodeString(value, USERINFO_SET),
};

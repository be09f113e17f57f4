// Deno-compatible value formatting: internals.inspect (the text of Deno.inspect), internals.formatArgs (a console
// argument list with its %s %d %i %f %o %O %c %% specifiers) and internals.getStringWidth (for console.table).
// Ported from Deno 2.5's ext/console/01_console.js, itself derived from Node's util.inspect (see README.md), so
// that Ion prints what Deno prints. Body of a function called with (ops, internals, primordials).
//
// Everything goes through primordials, so user code that replaces Array.prototype.map or Map.prototype.entries
// cannot change console output; arrays are walked by index, never with iterators or spread. Deno asks V8 for type
// checks; Ion has no such ops, so types are told by built-in methods that throw on a foreign receiver. What only
// V8 knows comes from the core (ion/core/01_core.js) through `internals`:
//   promiseState(promise) -> [state, result]: state 0 pending, 1 fulfilled, 2 rejected (V8's Promise::State)
//   valueKinds(values) -> one letter per value saying what V8 says it is ("P" for a proxy), in one op call
//   proxyDetails(proxy) -> [target, handler] (both null once revoked)
//   iteratorEntries(iterator) -> [kind, entries] of a Map or Set iterator, read without consuming it
const { iteratorEntries, promiseState, proxyDetails, valueKinds } = internals;
const {
  ArrayBufferIsView, ArrayBufferPrototype, ArrayBufferPrototypeGetByteLength, ArrayIsArray, ArrayPrototypeFilter,
  ArrayPrototypeIncludes, ArrayPrototypeJoin, ArrayPrototypePop, ArrayPrototypePush, ArrayPrototypeSlice,
  ArrayPrototypeSort, ArrayPrototypeSplice, ArrayPrototypeUnshift, BigIntPrototype, BigIntPrototypeValueOf,
  BooleanPrototype, BooleanPrototypeValueOf, DatePrototype, DatePrototypeGetTime, DatePrototypeToISOString,
  ErrorPrototype, ErrorPrototypeToString, FunctionPrototypeCall, FunctionPrototypeToString, globalThis, Map,
  MapPrototype, MapPrototypeEntries, MapPrototypeForEach, MapPrototypeGet, MapPrototypeGetSize, MapPrototypeHas,
  MapPrototypeSet, MathAbs, MathFloor, MathMax, MathMin, MathRound, MathSqrt, Number, NumberIsNaN, NumberParseFloat,
  NumberParseInt, NumberPrototype, NumberPrototypeToString, NumberPrototypeValueOf, ObjectCreate,
  ObjectGetOwnPropertyDescriptor, ObjectGetOwnPropertyDescriptors, ObjectGetOwnPropertyNames,
  ObjectGetOwnPropertySymbols, ObjectGetPrototypeOf, ObjectHasOwn, ObjectIs, ObjectIsExtensible, ObjectKeys,
  ObjectPrototypeIsPrototypeOf, ObjectPrototypePropertyIsEnumerable, ObjectPrototypeToString, ObjectSetPrototypeOf,
  PromisePrototype, ReflectHas, ReflectOwnKeys, RegExp, RegExpPrototype, RegExpPrototypeExec,
  RegExpPrototypeGetSource, RegExpPrototypeSymbolReplace, RegExpPrototypeTest, RegExpPrototypeToString, Set,
  SetPrototype, SetPrototypeAdd, SetPrototypeForEach, SetPrototypeGetSize, SetPrototypeHas, SetPrototypeValues,
  String, StringPrototype, StringPrototypeCharCodeAt, StringPrototypeCodePointAt, StringPrototypeEndsWith,
  StringPrototypeIncludes, StringPrototypeIndexOf, StringPrototypeLastIndexOf, StringPrototypeNormalize,
  StringPrototypePadEnd, StringPrototypePadStart, StringPrototypeRepeat, StringPrototypeReplace,
  StringPrototypeReplaceAll, StringPrototypeSlice, StringPrototypeSplit, StringPrototypeStartsWith,
  StringPrototypeToLowerCase, StringPrototypeToUpperCase, StringPrototypeTrim, StringPrototypeValueOf, SymbolFor,
  SymbolIterator, SymbolPrototype, SymbolPrototypeGetDescription, SymbolPrototypeToString, SymbolPrototypeValueOf,
  SymbolToStringTag, TypedArrayPrototypeGetLength, TypedArrayPrototypeGetSymbolToStringTag, Uint8Array, uncurryThis,
  WeakMapPrototype, WeakMapPrototypeHas, WeakSetPrototype, WeakSetPrototypeHas,
} = primordials;

// ---------------------------------------------------------------------------------------------------------------
// Regular expressions and type checks

// RegExp.prototype.test and String.prototype.replace look `exec`, `flags` and Symbol.replace up on the regexp at
// call time, where user code could have replaced them; ours inherit from a private copy of the prototype instead.
const regExpPrototypeCopy = ObjectCreate(null, ObjectGetOwnPropertyDescriptors(RegExpPrototype));
function safeRegExp(source, flags) {
  return ObjectSetPrototypeOf(new RegExp(source, flags), regExpPrototypeCopy);
}

// True when the built-in `method` accepts `value` as its receiver: built-ins check internal slots, which user code
// cannot fake the way it can fake a prototype or a Symbol.toStringTag.
function hasBrand(method, value) {
  try {
    method(value);
    return true;
  } catch {
    return false;
  }
}

function inheritsFrom(proto, value) {
  try {
    return ObjectPrototypeIsPrototypeOf(proto, value);
  } catch {
    return false; // a proxy's getPrototypeOf trap threw
  }
}

// Whether `value` is an instance of the built-in with `prototype`, confirmed by `method`. Throwing is slow, so the
// brand is only checked where the prototype chain suggests it, or where there is no prototype at all: only a
// built-in given an unrelated prototype is missed.
function isBuiltin(prototype, method, value) {
  return (inheritsFrom(prototype, value) || ObjectGetPrototypeOf(value) === null) && hasBrand(method, value);
}

const isMap = (value) => isBuiltin(MapPrototype, MapPrototypeGetSize, value);
const isSet = (value) => isBuiltin(SetPrototype, SetPrototypeGetSize, value);
const isWeakMap = (value) => isBuiltin(WeakMapPrototype, WeakMapPrototypeHas, value);
const isWeakSet = (value) => isBuiltin(WeakSetPrototype, WeakSetPrototypeHas, value);
const isDate = (value) => isBuiltin(DatePrototype, DatePrototypeGetTime, value);
const isArrayBuffer = (value) => isBuiltin(ArrayBufferPrototype, ArrayBufferPrototypeGetByteLength, value);
// V8 installs SharedArrayBuffer in each context after the snapshot the primordials come from, so it is captured
// when the context starts, before user code could replace it.
let SharedArrayBufferPrototype;
let SharedArrayBufferPrototypeGetByteLength;
internals.onContextStart(() => {
  SharedArrayBufferPrototype = globalThis.SharedArrayBuffer?.prototype;
  if (SharedArrayBufferPrototype !== undefined) {
    SharedArrayBufferPrototypeGetByteLength =
      uncurryThis(ObjectGetOwnPropertyDescriptor(SharedArrayBufferPrototype, "byteLength").get);
  }
});
const isSharedArrayBuffer = (value) => SharedArrayBufferPrototype !== undefined &&
  isBuiltin(SharedArrayBufferPrototype, SharedArrayBufferPrototypeGetByteLength, value);
// ArrayBuffer.isView and the typed arrays' toStringTag getter check internal slots without throwing.
const isTypedArray = (value) => TypedArrayPrototypeGetSymbolToStringTag(value) !== undefined;
const isDataView = (value) => ArrayBufferIsView(value) && !isTypedArray(value);
// RegExp.prototype is the one non-regexp whose `source` getter does not throw.
const isRegExp = (value) => value !== RegExpPrototype && isBuiltin(RegExpPrototype, RegExpPrototypeGetSource, value);

// Boxed primitives, in the order Deno tries them: the type, its prototype and the method that unwraps it.
const boxedTypes = [
  ["Number", NumberPrototype, NumberPrototypeValueOf], ["String", StringPrototype, StringPrototypeValueOf],
  ["Boolean", BooleanPrototype, BooleanPrototypeValueOf], ["BigInt", BigIntPrototype, BigIntPrototypeValueOf],
  ["Symbol", SymbolPrototype, SymbolPrototypeValueOf],
];
function boxedTypeOf(value) {
  for (let i = 0; i < boxedTypes.length; i++) {
    if (isBuiltin(boxedTypes[i][1], boxedTypes[i][2], value)) return boxedTypes[i];
  }
  return undefined;
}

// Without V8's type checks, these kinds are recognised by their intrinsic prototypes.
const AsyncFunctionPrototype = ObjectGetPrototypeOf(async function () {});
const GeneratorFunctionPrototype = ObjectGetPrototypeOf(function* () {});
const AsyncGeneratorFunctionPrototype = ObjectGetPrototypeOf(async function* () {});
const MapIteratorPrototype = ObjectGetPrototypeOf(MapPrototypeEntries(new Map()));
const SetIteratorPrototype = ObjectGetPrototypeOf(SetPrototypeValues(new Set()));
const IntlLocalePrototype = globalThis.Intl?.Locale?.prototype;

const isError = (value) => inheritsFrom(ErrorPrototype, value);
// The core tells a promise without a prototype (its state is undefined for anything else).
const isPromise = (value) => inheritsFrom(PromisePrototype, value) ||
  (ObjectGetPrototypeOf(value) === null && promiseState(value) !== undefined);
// V8 counts async generator functions as both async and generator functions.
const isAsyncFunction = (value) =>
  inheritsFrom(AsyncFunctionPrototype, value) || inheritsFrom(AsyncGeneratorFunctionPrototype, value);
const isGeneratorFunction = (value) =>
  inheritsFrom(GeneratorFunctionPrototype, value) || inheritsFrom(AsyncGeneratorFunctionPrototype, value);

// Arguments objects are the only objects Object.prototype.toString calls "Arguments" without a toStringTag.
function isArgumentsObject(value) {
  return ObjectPrototypeToString(value) === "[object Arguments]" && !ReflectHas(value, SymbolToStringTag);
}

// A module namespace is non-extensible, has a null prototype and a fixed Symbol.toStringTag of "Module".
function isModuleNamespaceObject(value) {
  const desc = ObjectGetOwnPropertyDescriptor(value, SymbolToStringTag);
  return desc !== undefined && desc.value === "Module" && !desc.writable && !desc.configurable &&
    ObjectGetPrototypeOf(value) === null && !ObjectIsExtensible(value);
}

function isAggregateError(value) {
  return value.name === "AggregateError" && ArrayIsArray(value.errors);
}

// V8's GetConstructorName, for objects whose prototype chain names no constructor: without V8 the class that
// created the object is unknown, so this names only the kinds that can be told apart.
function internalClassName(value) {
  if (typeof value === "function") return "Function";
  return ArrayIsArray(value) ? "Array" : "Object";
}

// ---------------------------------------------------------------------------------------------------------------
// Styles

// ANSI SGR [open, close] codes of the kinds of text Deno colours; property names ("name") stay plain.
const styleCodes = {
  __proto__: null,
  special: [36, 39], number: [33, 39], bigint: [33, 39], boolean: [33, 39], undefined: [90, 39], null: [1, 22],
  string: [32, 39], symbol: [32, 39], date: [35, 39], regexp: [31, 39], module: [4, 24], internalError: [31, 39],
};

function stylizeWithColor(text, style) {
  const codes = styleCodes[style];
  return codes === undefined ? text : `\x1b[${codes[0]}m${text}\x1b[${codes[1]}m`;
}

function stylizeNoColor(text) {
  return text;
}

const colorRegExp = safeRegExp("\x1b\\[\\d\\d?m", "g");
function removeColors(text) {
  return StringPrototypeReplace(text, colorRegExp, "");
}

// ---------------------------------------------------------------------------------------------------------------
// Strings

// Deno prefers double quotes, then single quotes, then backticks: the first one the string does not contain.
const QUOTES = ['"', "'", "`"];
// Per quote character, a pattern matching the positions that need a backslash: before it and before a backslash.
const escapePositions = {
  __proto__: null,
  '"': safeRegExp('(?=["\\\\])', "g"), "'": safeRegExp("(?=['\\\\])", "g"), "`": safeRegExp("(?=[`\\\\])", "g"),
};
const namedEscapes = {
  __proto__: null, "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\v": "\\v",
};
const controlCharRegExp = safeRegExp("[\\x00-\\x1f\\x7f-\\x9f]", "g");

function hexCode(char, width) {
  return StringPrototypePadStart(NumberPrototypeToString(StringPrototypeCharCodeAt(char, 0), 16), width, "0");
}

// Control characters could restyle or move the terminal's cursor, so they are shown escaped.
function escapeControlChar(char) {
  return namedEscapes[char] ?? `\\x${hexCode(char, 2)}`;
}

function quoteString(string, ctx) {
  let quote = QUOTES[0];
  for (let i = 0; i < QUOTES.length; i++) {
    if (!StringPrototypeIncludes(string, QUOTES[i])) {
      quote = QUOTES[i];
      break;
    }
  }
  string = StringPrototypeReplace(string, escapePositions[quote], "\\");
  if (ctx.escapeSequences) {
    string = StringPrototypeReplace(string, controlCharRegExp, escapeControlChar);
  }
  return `${quote}${string}${quote}`;
}

// Non-enumerable keys are shown in brackets, unquoted, with quotes, backslashes and control characters escaped
// the way Node's util.inspect does (upper-case hex).
const keyEscapeRegExp = safeRegExp("[\\x00-\\x1f\\x27\\x5c\\x7f-\\x9f]", "g");
const keyNamedEscapes = { __proto__: null, "\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r" };
function escapeKeyChar(char) {
  if (char === "'" || char === "\\") return `\\${char}`;
  return keyNamedEscapes[char] ?? `\\x${StringPrototypeToUpperCase(hexCode(char, 2))}`;
}

const plainSymbolRegExp = safeRegExp("^[a-zA-Z_][a-zA-Z_.0-9]*$");
function formatSymbol(symbol, ctx) {
  const description = SymbolPrototypeGetDescription(symbol);
  if (description === undefined || RegExpPrototypeTest(plainSymbolRegExp, description)) {
    return SymbolPrototypeToString(symbol);
  }
  return `Symbol(${quoteString(description, ctx)})`;
}

// The lines of `text`, each keeping its "\n".
function splitLinesKeepingNewlines(text) {
  const lines = [];
  let start = 0;
  for (let end = StringPrototypeIndexOf(text, "\n"); end !== -1; end = StringPrototypeIndexOf(text, "\n", start)) {
    ArrayPrototypePush(lines, StringPrototypeSlice(text, start, end + 1));
    start = end + 1;
  }
  if (start < text.length || lines.length === 0) ArrayPrototypePush(lines, StringPrototypeSlice(text, start));
  return lines;
}

// Matches ANSI escape sequences; adopted from https://github.com/chalk/ansi-regex (MIT).
const ansiRegExp = safeRegExp(
  "[\\u001B\\u009B][[\\]()#;?]*(?:(?:(?:(?:;[-a-zA-Z\\d\\/#&.:=?%@~_]+)*" +
  "|[a-zA-Z\\d]+(?:;[-a-zA-Z\\d\\/#&.:=?%@~_]*)*)?\\u0007)|(?:(?:\\d{1,4}(?:;\\d{0,4})*)?[\\dA-PR-TZcf-ntqry=><~]))",
  "g",
);

function isZeroWidthCodePoint(code) {
  return code <= 0x1f || (code >= 0x7f && code <= 0x9f) || (code >= 0x300 && code <= 0x36f) ||
    (code >= 0x200b && code <= 0x200f) || (code >= 0x20d0 && code <= 0x20ff) || (code >= 0xfe00 && code <= 0xfe0f) ||
    (code >= 0xfe20 && code <= 0xfe2f) || (code >= 0xe0100 && code <= 0xe01ef);
}

// Code points a terminal draws two columns wide, partly from Unicode's EastAsianWidth.txt.
function isFullWidthCodePoint(code) {
  return code >= 0x1100 && (code <= 0x115f || code === 0x2329 || code === 0x232a ||
    (code >= 0x2e80 && code <= 0x3247 && code !== 0x303f) || (code >= 0x3250 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0xa4c6) || (code >= 0xa960 && code <= 0xa97c) || (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe10 && code <= 0xfe19) || (code >= 0xfe30 && code <= 0xfe6b) ||
    (code >= 0xff01 && code <= 0xff60) || (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1b000 && code <= 0x1b001) || (code >= 0x1f200 && code <= 0x1f251) ||
    (code >= 0x1f300 && code <= 0x1f64f) || (code >= 0x20000 && code <= 0x3fffd));
}

// The number of terminal columns `text` takes.
function getStringWidth(text, removeControlChars = true) {
  if (removeControlChars) text = StringPrototypeReplace(text, ansiRegExp, "");
  text = StringPrototypeNormalize(text, "NFC");
  let width = 0;
  for (let i = 0; i < text.length;) {
    const code = StringPrototypeCodePointAt(text, i);
    i += code > 0xffff ? 2 : 1;
    if (isFullWidthCodePoint(code)) {
      width += 2;
    } else if (!isZeroWidthCodePoint(code)) {
      width++;
    }
  }
  return width;
}

// ---------------------------------------------------------------------------------------------------------------
// Options

// Deno's defaults. `maxArrayLength` and `maxStringLength` are Node's names, which the formatter uses internally;
// Deno's `iterableLimit` and `strAbbreviateSize` options set them.
function createContext(options) {
  const ctx = {
    __proto__: null,
    budget: { __proto__: null }, seen: [], indentationLvl: 0, currentDepth: 0, stylize: stylizeNoColor,
    showHidden: false, depth: 4, colors: false, showProxy: false, breakLength: 80, escapeSequences: true,
    compact: 3, sorted: false, getters: false, maxArrayLength: 100, maxStringLength: 10_000, customInspect: true,
    iterableLimit: 100, trailingComma: false, inspect,
    ...options,
  };
  if (options?.iterableLimit !== undefined) ctx.maxArrayLength = options.iterableLimit;
  if (options?.strAbbreviateSize !== undefined) ctx.maxStringLength = options.strAbbreviateSize;
  if (ctx.colors) ctx.stylize = stylizeWithColor;
  if (ctx.maxArrayLength === null) ctx.maxArrayLength = Infinity;
  if (ctx.maxStringLength === null) ctx.maxStringLength = Infinity;
  return ctx;
}

// The options a Node-style custom inspect function receives.
function userOptions(ctx) {
  return {
    stylize: ctx.stylize, showHidden: ctx.showHidden, depth: ctx.depth, colors: ctx.colors,
    customInspect: ctx.customInspect, showProxy: ctx.showProxy, maxArrayLength: ctx.maxArrayLength,
    maxStringLength: ctx.maxStringLength, breakLength: ctx.breakLength, compact: ctx.compact, sorted: ctx.sorted,
    getters: ctx.getters,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Values

const customInspect = SymbolFor("Deno.customInspect");
const nodeCustomInspect = SymbolFor("nodejs.util.inspect.custom");

// The kinds of entry lists: object properties, array elements, and elements followed by extra properties
// (arrays and typed arrays); they decide how entries are grouped and sorted.
const kObjectType = 0;
const kArrayType = 1;
const kArrayExtrasType = 2;
// Below this length a string is never split at its line breaks.
const kMinLineLength = 16;

function inspect(value, options) {
  return formatValue(createContext(options), value, 0);
}

// `recurseTimes` counts the nesting levels above `value`; `typedArray` is set for the `buffer` of a typed array
// shown with showHidden, whose bytes are already on display.
function formatValue(ctx, value, recurseTimes, typedArray) {
  if (typeof value !== "object" && typeof value !== "function") {
    return formatPrimitive(ctx.stylize, value, ctx);
  }
  if (value === null) {
    return ctx.stylize("null", "null");
  }
  // A proxy is shown through its target (as Deno shows it, see formatRaw), without running its traps.
  const proxy = proxyOf(ctx, value, recurseTimes);
  if (proxy !== null) {
    if (ctx.showProxy) return `Proxy ${formatValue(ctx, proxy, recurseTimes)}`;
    if (proxy[0] === null) return ctx.stylize("<Revoked Proxy>", "special");
    value = proxy[0];
  }
  if (ctx.customInspect) {
    const custom = formatCustom(ctx, value, recurseTimes);
    if (custom !== undefined) return custom;
  }
  if (ArrayPrototypeIncludes(ctx.seen, value)) {
    return formatCircular(ctx, value);
  }
  return formatRaw(ctx, value, recurseTimes, typedArray, proxy !== null);
}

// ---------------------------------------------------------------------------------------------------------------
// Proxies

// Only V8 tells a proxy from its target, and asking it takes an op call, which costs far more than formatting an
// object. So the objects that formatting will reach are checked a level at a time, a level in one call, before
// it reaches them: only objects known not to be proxies are looked into, so no trap runs. ctx.proxies maps each
// object checked to its [target, handler], or to null when it is not a proxy.
const kMaxOpArguments = 8192;

// [target, handler] when `value` is a proxy, else null.
function proxyOf(ctx, value, recurseTimes) {
  ctx.proxies ??= new Map();
  let details = MapPrototypeGet(ctx.proxies, value);
  if (details === undefined) {
    // Objects of the levels formatting shows (recurseTimes up to depth + 1) are checked.
    checkProxies(ctx, value, ctx.depth === null ? Infinity : ctx.depth - recurseTimes + 1);
    details = MapPrototypeGet(ctx.proxies, value);
  }
  return details;
}

// Checks `root`, then level by level the objects below it, down to `levels` levels below.
function checkProxies(ctx, root, levels) {
  MapPrototypeSet(ctx.proxies, root, undefined);
  let level = [root];
  for (let depth = 0; level.length !== 0; depth++) {
    recordProxies(ctx, level);
    if (depth >= levels) break;
    const next = [];
    for (let i = 0; i < level.length; i++) {
      if (MapPrototypeGet(ctx.proxies, level[i]) === null) collectChildren(ctx, level[i], next);
    }
    level = next;
  }
}

function recordProxies(ctx, values) {
  for (let start = 0; start < values.length; start += kMaxOpArguments) {
    const chunk = values.length <= kMaxOpArguments
      ? values : ArrayPrototypeSlice(values, start, start + kMaxOpArguments);
    const kinds = valueKinds(chunk);
    for (let i = 0; i < chunk.length; i++) {
      // Proxies are rare: their target and handler take an op call each.
      MapPrototypeSet(ctx.proxies, chunk[i], kinds[i] === "P" ? proxyDetails(chunk[i]) : null);
    }
  }
}

// Adds to `out` the unchecked objects `object` shows as elements, entries or data properties (those reached
// otherwise, through getters, causes or extra array properties, are checked when formatting reaches them).
function collectChildren(ctx, object, out) {
  try {
    if (ArrayIsArray(object)) {
      const shown = MathMin(object.length, ctx.maxArrayLength);
      for (let i = 0; i < shown; i++) queueProxyCheck(ctx, ObjectGetOwnPropertyDescriptor(object, i)?.value, out);
    } else if (isTypedArray(object)) {
      // elements are numbers
    } else if (isSet(object)) {
      let left = ctx.iterableLimit;
      SetPrototypeForEach(object, (value) => {
        if (left-- > 0) queueProxyCheck(ctx, value, out);
      });
    } else if (isMap(object)) {
      let left = ctx.iterableLimit;
      MapPrototypeForEach(object, (value, key) => {
        if (left-- > 0) {
          queueProxyCheck(ctx, key, out);
          queueProxyCheck(ctx, value, out);
        }
      });
    } else {
      const keys = ObjectKeys(object);
      for (let i = 0; i < keys.length; i++) {
        queueProxyCheck(ctx, ObjectGetOwnPropertyDescriptor(object, keys[i])?.value, out);
      }
    }
  } catch {
    // A module namespace with an uninitialized binding, say: what is missed is checked when reached.
  }
}

function queueProxyCheck(ctx, value, out) {
  if ((typeof value === "object" && value !== null) || typeof value === "function") {
    if (!MapPrototypeHas(ctx.proxies, value)) {
      MapPrototypeSet(ctx.proxies, value, undefined);
      ArrayPrototypePush(out, value);
    }
  }
}

// The text of a Deno or Node custom inspect method, or undefined when `value` has none.
function formatCustom(ctx, value, recurseTimes) {
  if (ReflectHas(value, customInspect)) {
    const method = value[customInspect];
    if (typeof method === "function") return String(FunctionPrototypeCall(method, value, inspect, ctx));
  }
  if (!ReflectHas(value, nodeCustomInspect)) return undefined;
  const method = value[nodeCustomInspect];
  // Prototypes that define the method for their instances are shown as plain objects.
  if (typeof method !== "function" || method === ctx.inspect ||
      (value.constructor && value.constructor.prototype === value)) {
    return undefined;
  }
  const depth = ctx.depth === null ? null : ctx.depth - recurseTimes;
  const result = FunctionPrototypeCall(method, value, depth, userOptions(ctx), ctx.inspect);
  if (result === value) return undefined; // it declined by returning `this`
  if (typeof result !== "string") return formatValue(ctx, result, recurseTimes);
  return StringPrototypeReplaceAll(result, "\n", `\n${StringPrototypeRepeat(" ", ctx.indentationLvl)}`);
}

// Numbers the objects that are reached again while being formatted, for "[Circular *1]" and "<ref *1>".
function circularIndex(ctx, value) {
  if (ctx.circular === undefined) ctx.circular = new Map();
  let index = MapPrototypeGet(ctx.circular, value);
  if (index === undefined) {
    index = MapPrototypeGetSize(ctx.circular) + 1;
    MapPrototypeSet(ctx.circular, value, index);
  }
  return index;
}

function formatCircular(ctx, value) {
  return ctx.stylize(`[Circular *${circularIndex(ctx, value)}]`, "special");
}

function formatPrimitive(stylize, value, ctx) {
  switch (typeof value) {
    case "string":
      return formatString(stylize, value, ctx);
    case "number":
      return formatNumber(stylize, value);
    case "bigint":
      return formatBigInt(stylize, value);
    case "boolean":
      return stylize(`${value}`, "boolean");
    case "undefined":
      return stylize("undefined", "undefined");
    default:
      return stylize(formatSymbol(value, ctx), "symbol");
  }
}

// A long string with line breaks is shown as one quoted piece per line, joined with " +".
function formatString(stylize, value, ctx) {
  let trailer = "";
  if (value.length > ctx.maxStringLength) {
    const remaining = value.length - ctx.maxStringLength;
    value = StringPrototypeSlice(value, 0, ctx.maxStringLength);
    trailer = `... ${remaining} more character${remaining > 1 ? "s" : ""}`;
  }
  if (ctx.compact !== true && value.length > kMinLineLength &&
      value.length > ctx.breakLength - ctx.indentationLvl - 4) {
    const lines = splitLinesKeepingNewlines(value);
    for (let i = 0; i < lines.length; i++) lines[i] = stylize(quoteString(lines[i], ctx), "string");
    return ArrayPrototypeJoin(lines, ` +\n${StringPrototypeRepeat(" ", ctx.indentationLvl + 2)}`) + trailer;
  }
  return stylize(quoteString(value, ctx), "string") + trailer;
}

function formatNumber(stylize, value) {
  return stylize(ObjectIs(value, -0) ? "-0" : `${value}`, "number");
}

function formatBigInt(stylize, value) {
  return stylize(`${value}n`, "bigint");
}

function moreItems(remaining) {
  return `... ${remaining} more item${remaining > 1 ? "s" : ""}`;
}

// The prefix naming an object's class before its braces, e.g. "Map(2) ", "Object [Generator] ",
// "[Array(2): null prototype] ".
function getPrefix(constructor, tag, fallback, size = "") {
  if (constructor === null) {
    if (tag !== "" && fallback !== tag) return `[${fallback}${size}: null prototype] [${tag}] `;
    return `[${fallback}${size}: null prototype] `;
  }
  if (tag !== "" && constructor !== tag) return `${constructor}${size} [${tag}] `;
  return `${constructor}${size} `;
}

function getCtxStyle(value, constructor, tag) {
  let fallback = "";
  if (constructor === null) {
    fallback = internalClassName(value);
    if (fallback === tag) fallback = "Object";
  }
  return getPrefix(constructor, tag, fallback);
}

// Formats an object, array, function or other non-primitive that is not circular. First `describe` picks how the
// kind of object is shown (or returns the whole text for simple cases), then its entries are formatted one level
// deeper and laid out on one line or several.
function formatRaw(ctx, value, recurseTimes, typedArray, isProxyTarget) {
  let protoProps;
  if (ctx.showHidden && (recurseTimes <= ctx.depth || ctx.depth === null)) protoProps = [];
  const constructor = getConstructorName(value, ctx, recurseTimes, protoProps);
  if (protoProps !== undefined && protoProps.length === 0) protoProps = undefined;
  // Deno reads no tag through a proxy (it would run the `get` trap), so a proxy's target shows none.
  let tag = isProxyTarget ? "" : value[SymbolToStringTag];
  if (typeof tag !== "string") tag = "";

  const shape = {
    keys: undefined, braces: undefined, base: "", formatter: formatNothing, extrasType: kObjectType, isProxyTarget,
  };
  const done = describe(ctx, value, recurseTimes, typedArray, constructor, tag, protoProps, shape);
  if (done !== undefined) return done;

  if (recurseTimes > ctx.depth && ctx.depth !== null) {
    const name = StringPrototypeSlice(getCtxStyle(value, constructor, tag), 0, -1);
    return ctx.stylize(constructor !== null ? `[${name}]` : name, "special");
  }
  recurseTimes += 1;
  ArrayPrototypePush(ctx.seen, value);
  ctx.currentDepth = recurseTimes;
  const { keys, braces, extrasType } = shape;
  let output;
  try {
    output = shape.formatter(ctx, value, recurseTimes);
    for (let i = 0; i < keys.length; i++) {
      ArrayPrototypePush(output, formatProperty(ctx, value, recurseTimes, keys[i], extrasType));
    }
    if (protoProps !== undefined) {
      for (let i = 0; i < protoProps.length; i++) ArrayPrototypePush(output, protoProps[i]);
    }
  } catch (error) {
    return ctx.stylize(`[Internal Formatting Error] ${error?.stack}`, "internalError");
  }

  let base = shape.base;
  const index = ctx.circular === undefined ? undefined : MapPrototypeGet(ctx.circular, value);
  if (index !== undefined) {
    const reference = ctx.stylize(`<ref *${index}>`, "special");
    if (ctx.compact !== true) {
      base = base === "" ? reference : `${reference} ${base}`;
    } else {
      braces[0] = `${reference} ${braces[0]}`;
    }
  }
  ArrayPrototypePop(ctx.seen);

  if (ctx.sorted) output = sortEntries(ctx, output, keys.length, extrasType);
  const result = reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value);
  // Past 2^27 characters at one indentation level, stop looking deeper so the string stays within V8's limits.
  const budget = (ctx.budget[ctx.indentationLvl] || 0) + result.length;
  ctx.budget[ctx.indentationLvl] = budget;
  if (budget > 2 ** 27) ctx.depth = -1;
  return result;
}

function formatNothing() {
  return [];
}

// Sorts object properties, or only the extra properties after an array's elements.
function sortEntries(ctx, output, keyCount, extrasType) {
  const comparator = ctx.sorted === true ? undefined : ctx.sorted;
  if (extrasType === kObjectType) return ArrayPrototypeSort(output, comparator);
  if (keyCount > 1) {
    const start = output.length - keyCount;
    const sorted = ArrayPrototypeSort(ArrayPrototypeSlice(output, start), comparator);
    for (let i = 0; i < keyCount; i++) output[start + i] = sorted[i];
  }
  return output;
}

// Fills `shape` (keys, braces, base, formatter, extrasType) for `value`, or returns the complete text when there
// is nothing to nest: an empty array, a function without properties, a date and the like.
function describe(ctx, value, recurseTimes, typedArray, constructor, tag, protoProps, shape) {
  // Iterables are told apart first; a null prototype hides Symbol.iterator, so those are checked too.
  if (ReflectHas(value, SymbolIterator) || constructor === null) {
    const done = describeIterable(ctx, value, constructor, tag, protoProps, shape);
    if (shape.keys !== undefined) return done;
  }
  return describeObject(ctx, value, recurseTimes, typedArray, constructor, tag, protoProps, shape);
}

function describeIterable(ctx, value, constructor, tag, protoProps, shape) {
  const noExtras = protoProps === undefined;
  if (ArrayIsArray(value)) {
    // Only arrays that are not plain say so: "Foo(2) [ 1, 2 ]".
    const prefix = constructor !== "Array" || tag !== ""
      ? getPrefix(constructor, tag, "Array", `(${value.length})`) : "";
    shape.keys = getNonIndexKeys(value, ctx.showHidden);
    shape.braces = [`${prefix}[`, "]"];
    if (value.length === 0 && shape.keys.length === 0 && noExtras) return `${prefix}[]`;
    shape.extrasType = kArrayExtrasType;
    shape.formatter = formatArray;
  } else if (isSet(value)) {
    const size = SetPrototypeGetSize(value);
    const prefix = getPrefix(constructor, tag, "Set", `(${size})`);
    shape.keys = getKeys(value, ctx.showHidden);
    shape.braces = [`${prefix}{`, "}"];
    if (size === 0 && shape.keys.length === 0 && noExtras) return `${prefix}{}`;
    shape.formatter = formatSet;
  } else if (isMap(value)) {
    const size = MapPrototypeGetSize(value);
    const prefix = getPrefix(constructor, tag, "Map", `(${size})`);
    shape.keys = getKeys(value, ctx.showHidden);
    shape.braces = [`${prefix}{`, "}"];
    if (size === 0 && shape.keys.length === 0 && noExtras) return `${prefix}{}`;
    shape.formatter = formatMap;
  } else if (isTypedArray(value)) {
    const length = TypedArrayPrototypeGetLength(value);
    const fallback = constructor === null ? TypedArrayPrototypeGetSymbolToStringTag(value) : "";
    const prefix = getPrefix(constructor, tag, fallback, `(${length})`);
    shape.keys = getNonIndexKeys(value, ctx.showHidden);
    shape.braces = [`${prefix}[`, "]"];
    if (length === 0 && shape.keys.length === 0 && !ctx.showHidden) return `${prefix}[]`;
    shape.extrasType = kArrayExtrasType;
    shape.formatter = formatTypedArray;
  } else if (inheritsFrom(MapIteratorPrototype, value) || inheritsFrom(SetIteratorPrototype, value)) {
    const type = inheritsFrom(MapIteratorPrototype, value) ? "Map" : "Set";
    const braces = [`[${tag === `${type} Iterator` || tag === "" ? "" : `${tag}] [`}${type} Iterator] {`, "}"];
    shape.keys = getKeys(value, ctx.showHidden);
    shape.braces = braces;
    shape.formatter = (_, iterator, innerRecurseTimes) => formatIterator(ctx, iterator, innerRecurseTimes, braces);
  }
  return undefined;
}

function describeObject(ctx, value, recurseTimes, typedArray, constructor, tag, protoProps, shape) {
  const keys = shape.keys = getKeys(value, ctx.showHidden);
  const braces = shape.braces = ["{", "}"];
  const isEmpty = keys.length === 0 && protoProps === undefined;
  if (constructor === "Object") {
    if (!shape.isProxyTarget && isArgumentsObject(value)) {
      braces[0] = "[Arguments] {";
    } else if (tag !== "") {
      braces[0] = `${getPrefix(constructor, tag, "Object")}{`;
    }
    if (isEmpty) return `${braces[0]}}`;
  } else if (typeof value === "function") {
    shape.base = getFunctionBase(value, constructor, tag, shape.isProxyTarget);
    if (isEmpty) return ctx.stylize(shape.base, "special");
  } else if (isRegExp(value)) {
    // RegExp.prototype.toString reads `source` and `flags`, which a null-prototype regexp lacks.
    shape.base = RegExpPrototypeToString(constructor !== null ? value : new RegExp(value));
    const prefix = getPrefix(constructor, tag, "RegExp");
    if (prefix !== "RegExp ") shape.base = `${prefix}${shape.base}`;
    if (isEmpty || (recurseTimes > ctx.depth && ctx.depth !== null)) return ctx.stylize(shape.base, "regexp");
  } else if (isDate(value)) {
    if (NumberIsNaN(DatePrototypeGetTime(value))) return ctx.stylize("Invalid Date", "date");
    shape.base = DatePrototypeToISOString(value);
    if (isEmpty) return ctx.stylize(shape.base, "date");
  } else if (IntlLocalePrototype !== undefined && inheritsFrom(IntlLocalePrototype, value)) {
    braces[0] = `${getPrefix(constructor, tag, "Intl.Locale")}{`;
    ArrayPrototypeUnshift(keys, "baseName", "calendar", "caseFirst", "collation", "hourCycle", "language",
      "numberingSystem", "numeric", "region", "script");
  } else if (isError(value)) {
    shape.base = formatError(value, ctx);
    if (isEmpty) return shape.base;
  } else if (shape.isProxyTarget) {
    // Deno asks V8 about the proxy itself from here on, which finds none of these kinds: a plain object.
    braces[0] = `${getCtxStyle(value, constructor, tag)}{`;
    if (isEmpty) return `${braces[0]}}`;
  } else if (isArrayBuffer(value) || isSharedArrayBuffer(value)) {
    const prefix = getPrefix(constructor, tag, isArrayBuffer(value) ? "ArrayBuffer" : "SharedArrayBuffer");
    if (typedArray === undefined) {
      shape.formatter = formatArrayBuffer;
    } else if (isEmpty) {
      return `${prefix}{ byteLength: ${formatNumber(ctx.stylize, byteLengthOf(value))} }`;
    }
    braces[0] = `${prefix}{`;
    ArrayPrototypeUnshift(keys, "byteLength");
  } else if (isDataView(value)) {
    braces[0] = `${getPrefix(constructor, tag, "DataView")}{`;
    // `buffer` goes last: it is the one that is not a primitive.
    ArrayPrototypeUnshift(keys, "byteLength", "byteOffset", "buffer");
  } else if (isPromise(value)) {
    braces[0] = `${getPrefix(constructor, tag, "Promise")}{`;
    shape.formatter = formatPromise;
  } else if (isWeakSet(value)) {
    braces[0] = `${getPrefix(constructor, tag, "WeakSet")}{`;
    shape.formatter = formatWeakCollection;
  } else if (isWeakMap(value)) {
    braces[0] = `${getPrefix(constructor, tag, "WeakMap")}{`;
    shape.formatter = formatWeakCollection;
  } else if (isModuleNamespaceObject(value)) {
    braces[0] = `${getPrefix(constructor, tag, "Module")}{`;
    // The bindings are formatted as entries rather than as properties, so uninitialized ones can be shown.
    shape.formatter = (_, namespace, innerRecurseTimes) =>
      formatNamespaceObject(ctx, namespace, innerRecurseTimes, keys);
    shape.keys = [];
  } else {
    const boxed = boxedTypeOf(value);
    if (boxed !== undefined) {
      shape.base = getBoxedBase(value, ctx, keys, constructor, tag, boxed);
      // getBoxedBase dropped a String object's index keys, so emptiness is decided afresh.
      if (keys.length === 0 && protoProps === undefined) return shape.base;
    } else {
      braces[0] = `${getCtxStyle(value, constructor, tag)}{`;
      if (isEmpty) return `${braces[0]}}`;
    }
  }
  return undefined;
}

function byteLengthOf(buffer) {
  return isArrayBuffer(buffer)
    ? ArrayBufferPrototypeGetByteLength(buffer) : SharedArrayBufferPrototypeGetByteLength(buffer);
}

// The name of the nearest constructor on the prototype chain that `obj` is an instance of; null for a null
// prototype. With showHidden, `protoProps` collects the non-method properties of the prototypes passed on the way.
function getConstructorName(obj, ctx, recurseTimes, protoProps) {
  let firstProto;
  const start = obj;
  while (obj) {
    let descriptor;
    try {
      descriptor = ObjectGetOwnPropertyDescriptor(obj, "constructor");
    } catch {
      // a proxy's getOwnPropertyDescriptor trap threw
    }
    if (descriptor !== undefined && typeof descriptor.value === "function" && descriptor.value.name !== "" &&
        inheritsFrom(descriptor.value.prototype, start)) {
      const constructorName = descriptor.value.name;
      if (protoProps !== undefined && (firstProto !== obj || !SetPrototypeHas(builtInObjects, constructorName))) {
        addPrototypeProperties(ctx, start, firstProto || start, recurseTimes, protoProps);
      }
      return String(constructorName);
    }
    obj = ObjectGetPrototypeOf(obj);
    if (firstProto === undefined) firstProto = obj;
  }
  if (firstProto === null) return null;

  const name = internalClassName(start);
  if (recurseTimes > ctx.depth && ctx.depth !== null) return `${name} <Complex prototype>`;
  const protoConstructor = getConstructorName(firstProto, ctx, recurseTimes + 1, protoProps);
  if (protoConstructor === null) {
    return `${name} <${inspect(firstProto, { ...ctx, customInspect: false, depth: -1 })}>`;
  }
  return `${name} <${protoConstructor}>`;
}

// The global constructors, whose prototypes' properties showHidden does not list.
const builtInObjects = new Set();
{
  const builtInNameRegExp = safeRegExp("^[A-Z][a-zA-Z0-9]+$");
  const names = ObjectGetOwnPropertyNames(globalThis);
  for (let i = 0; i < names.length; i++) {
    if (RegExpPrototypeTest(builtInNameRegExp, names[i])) SetPrototypeAdd(builtInObjects, names[i]);
  }
}

// With showHidden, an object also shows the accessors and data properties of up to three user-defined prototype
// layers, as if they were its own.
function addPrototypeProperties(ctx, main, obj, recurseTimes, output) {
  let depth = 0;
  let keys;
  let keySet;
  do {
    if (depth !== 0 || main === obj) {
      obj = ObjectGetPrototypeOf(obj);
      if (obj === null) return;
      const descriptor = ObjectGetOwnPropertyDescriptor(obj, "constructor");
      if (descriptor !== undefined && typeof descriptor.value === "function" &&
          SetPrototypeHas(builtInObjects, descriptor.value.name)) {
        return;
      }
    }
    if (depth === 0) {
      keySet = new Set();
    } else {
      for (let i = 0; i < keys.length; i++) SetPrototypeAdd(keySet, keys[i]);
    }
    keys = ReflectOwnKeys(obj);
    ArrayPrototypePush(ctx.seen, main);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (key === "constructor" || ObjectHasOwn(main, key) || (depth !== 0 && SetPrototypeHas(keySet, key))) {
        continue;
      }
      const desc = ObjectGetOwnPropertyDescriptor(obj, key);
      if (typeof desc.value === "function") continue;
      const value = formatProperty(ctx, obj, recurseTimes, key, kObjectType, desc, main);
      ArrayPrototypePush(output, ctx.colors ? `\x1b[2m${value}\x1b[22m` : value); // faint
    }
    ArrayPrototypePop(ctx.seen);
  } while (++depth !== 3);
}

// The own enumerable keys (all own keys with showHidden), strings before symbols. An error's `cause` is left out
// because formatError shows it.
function getKeys(value, showHidden) {
  let keys;
  const symbols = ObjectGetOwnPropertySymbols(value);
  if (showHidden) {
    keys = ObjectGetOwnPropertyNames(value);
  } else {
    try {
      keys = ObjectKeys(value);
    } catch {
      // A module namespace with an uninitialized binding throws; formatNamespaceObject shows those.
      keys = ObjectGetOwnPropertyNames(value);
    }
  }
  for (let i = 0; i < symbols.length; i++) {
    if (showHidden || ObjectPrototypePropertyIsEnumerable(value, symbols[i])) ArrayPrototypePush(keys, symbols[i]);
  }
  if (isError(value)) keys = ArrayPrototypeFilter(keys, (key) => key !== "cause");
  return keys;
}

function isArrayIndex(key) {
  if (typeof key !== "string") return false;
  const index = Number(key) >>> 0;
  return `${index}` === key && index !== 2 ** 32 - 1;
}

// Listing an object's own keys turns each of its indices into a string, which takes seconds for an array of
// millions of elements (Deno's V8 op skips indices). Past this length only symbol keys, which V8 lists without the
// indices, and an array's hidden `length` are looked for.
const kMaxIndexKeyScan = 100_000;

// The keys of an array or typed array other than its indices, in own-key order with symbols last.
function getNonIndexKeys(value, showHidden) {
  const isArray = ArrayIsArray(value);
  let ownKeys;
  if ((isArray ? value.length : TypedArrayPrototypeGetLength(value)) <= kMaxIndexKeyScan) {
    ownKeys = ReflectOwnKeys(value);
  } else {
    ownKeys = ObjectGetOwnPropertySymbols(value);
    if (isArray) ArrayPrototypeUnshift(ownKeys, "length");
  }
  const strings = [];
  const symbols = [];
  for (let i = 0; i < ownKeys.length; i++) {
    const key = ownKeys[i];
    if (isArrayIndex(key) || (!showHidden && !ObjectPrototypePropertyIsEnumerable(value, key))) continue;
    ArrayPrototypePush(typeof key === "symbol" ? symbols : strings, key);
  }
  for (let i = 0; i < symbols.length; i++) ArrayPrototypePush(strings, symbols[i]);
  return strings;
}

// ---------------------------------------------------------------------------------------------------------------
// Entries of the kinds of object

function formatArray(ctx, value, recurseTimes) {
  const length = value.length;
  const shown = MathMin(MathMax(0, ctx.maxArrayLength), length);
  const output = [];
  for (let i = 0; i < shown; i++) {
    if (!ObjectHasOwn(value, i)) return formatSparseArray(ctx, value, recurseTimes, shown, output, i);
    ArrayPrototypePush(output, formatProperty(ctx, value, recurseTimes, i, kArrayType));
  }
  if (length > shown) ArrayPrototypePush(output, moreItems(length - shown));
  return output;
}

// Continues formatArray from the first hole at `i`, showing runs of holes as "<n empty items>".
function formatSparseArray(ctx, value, recurseTimes, maxLength, output, i) {
  const keys = ObjectKeys(value);
  let index = i;
  for (; i < keys.length && output.length < maxLength; i++) {
    const key = keys[i];
    const numeric = +key;
    if (numeric > 2 ** 32 - 2) break; // not an index: the extra properties follow
    if (`${index}` !== key) {
      if (!isArrayIndex(key)) break;
      const emptyItems = numeric - index;
      ArrayPrototypePush(output, ctx.stylize(`<${emptyItems} empty item${emptyItems > 1 ? "s" : ""}>`, "undefined"));
      index = numeric;
      if (output.length === maxLength) break;
    }
    ArrayPrototypePush(output, formatProperty(ctx, value, recurseTimes, key, kArrayType));
    index++;
  }
  const remaining = value.length - index;
  if (output.length !== maxLength) {
    if (remaining > 0) {
      ArrayPrototypePush(output, ctx.stylize(`<${remaining} empty item${remaining > 1 ? "s" : ""}>`, "undefined"));
    }
  } else if (remaining > 0) {
    ArrayPrototypePush(output, moreItems(remaining));
  }
  return output;
}

function formatTypedArray(ctx, value, recurseTimes) {
  const length = TypedArrayPrototypeGetLength(value);
  const shown = MathMin(MathMax(0, ctx.maxArrayLength), length);
  const output = [];
  const formatElement = length > 0 && typeof value[0] === "number" ? formatNumber : formatBigInt;
  for (let i = 0; i < shown; i++) output[i] = formatElement(ctx.stylize, value[i]);
  if (length > shown) output[shown] = moreItems(length - shown);
  if (ctx.showHidden) {
    ctx.indentationLvl += 2;
    const hidden = ["BYTES_PER_ELEMENT", "length", "byteLength", "byteOffset", "buffer"];
    for (let i = 0; i < hidden.length; i++) {
      const key = hidden[i];
      ArrayPrototypePush(output, `[${key}]: ${formatValue(ctx, value[key], recurseTimes, true)}`);
    }
    ctx.indentationLvl -= 2;
  }
  return output;
}

function formatSet(ctx, value, recurseTimes) {
  const size = SetPrototypeGetSize(value);
  const shown = MathMin(MathMax(0, ctx.iterableLimit), size);
  const output = [];
  ctx.indentationLvl += 2;
  SetPrototypeForEach(value, (element) => {
    if (output.length < shown) ArrayPrototypePush(output, formatValue(ctx, element, recurseTimes));
  });
  ctx.indentationLvl -= 2;
  if (size > shown) ArrayPrototypePush(output, moreItems(size - shown));
  return output;
}

function formatMap(ctx, value, recurseTimes) {
  const size = MapPrototypeGetSize(value);
  const shown = MathMin(MathMax(0, ctx.iterableLimit), size);
  const output = [];
  ctx.indentationLvl += 2;
  MapPrototypeForEach(value, (entryValue, key) => {
    if (output.length < shown) {
      ArrayPrototypePush(output,
        `${formatValue(ctx, key, recurseTimes)} => ${formatValue(ctx, entryValue, recurseTimes)}`);
    }
  });
  ctx.indentationLvl -= 2;
  if (size > shown) ArrayPrototypePush(output, moreItems(size - shown));
  return output;
}

// The entries a Map or Set iterator has left, which the core reads through V8's inspector without consuming them;
// an iterator of key-value pairs says "Entries" in its braces and shows each pair as an array.
const iteratorBraceRegExp = safeRegExp(" Iterator] {$");
function formatIterator(ctx, iterator, recurseTimes, braces) {
  const preview = iteratorEntries(iterator);
  if (preview === undefined) return formatWeakCollection(ctx);
  const entries = preview[1];
  const shown = MathMin(MathMax(ctx.maxArrayLength, 0), entries.length);
  const isKeyValue = preview[0] === "entries";
  if (isKeyValue) braces[0] = StringPrototypeReplace(braces[0], iteratorBraceRegExp, " Entries] {");
  const output = [];
  ctx.indentationLvl += 2;
  for (let i = 0; i < shown; i++) {
    const entry = entries[i];
    if (isKeyValue) {
      const pair = [formatValue(ctx, entry.key, recurseTimes), formatValue(ctx, entry.value, recurseTimes)];
      output[i] = reduceToSingleString(ctx, pair, "", ["[", "]"], kArrayExtrasType, recurseTimes);
    } else {
      output[i] = formatValue(ctx, entry.value, recurseTimes);
    }
  }
  ctx.indentationLvl -= 2;
  if (entries.length > shown) ArrayPrototypePush(output, moreItems(entries.length - shown));
  return output;
}

function formatWeakCollection(ctx) {
  return [ctx.stylize("<items unknown>", "special")];
}

function formatArrayBuffer(ctx, value) {
  const byteLength = byteLengthOf(value);
  const shown = MathMin(MathMax(0, ctx.maxArrayLength), byteLength);
  let bytes;
  try {
    bytes = new Uint8Array(value, 0, shown);
  } catch {
    return [ctx.stylize("(detached)", "special")];
  }
  const hex = [];
  for (let i = 0; i < shown; i++) hex[i] = StringPrototypePadStart(NumberPrototypeToString(bytes[i], 16), 2, "0");
  let text = ArrayPrototypeJoin(hex, " ");
  const remaining = byteLength - shown;
  if (remaining > 0) text += ` ... ${remaining} more byte${remaining > 1 ? "s" : ""}`;
  return [`${ctx.stylize("[Uint8Contents]", "special")}: <${text}>`];
}

const kPending = 0;
const kRejected = 2;

function formatPromise(ctx, value, recurseTimes) {
  const details = promiseState(value);
  if (details[0] === kPending) return [ctx.stylize("<pending>", "special")];
  ctx.indentationLvl += 2;
  const result = formatValue(ctx, details[1], recurseTimes);
  ctx.indentationLvl -= 2;
  return [details[0] === kRejected ? `${ctx.stylize("<rejected>", "special")} ${result}` : result];
}

// A module namespace's bindings, where reading one that is not initialized yet throws: "<uninitialized>".
function formatNamespaceObject(ctx, value, recurseTimes, keys) {
  const output = [];
  for (let i = 0; i < keys.length; i++) {
    try {
      output[i] = formatProperty(ctx, value, recurseTimes, keys[i], kObjectType);
    } catch {
      // Format an empty string under the same key, for the same indentation, then replace the value.
      const text = formatProperty(ctx, { [keys[i]]: "" }, recurseTimes, keys[i], kObjectType);
      output[i] = StringPrototypeSlice(text, 0, StringPrototypeLastIndexOf(text, " ") + 1) +
        ctx.stylize("<uninitialized>", "special");
    }
  }
  return output;
}

// "[Number: 3]", "[String (MyString): "x"]" and so on; a String object's index keys are left out.
function getBoxedBase(value, ctx, keys, constructor, tag, boxed) {
  const type = boxed[0];
  const primitive = boxed[2](value);
  if (type === "String") ArrayPrototypeSplice(keys, 0, value.length);
  let base = `[${type}`;
  if (type !== constructor) base += constructor === null ? " (null prototype)" : ` (${constructor})`;
  base += `: ${formatPrimitive(stylizeNoColor, primitive, ctx)}]`;
  if (tag !== "" && tag !== constructor) base += ` [${tag}]`;
  if (keys.length !== 0 || ctx.stylize === stylizeNoColor) return base;
  return ctx.stylize(base, StringPrototypeToLowerCase(type));
}

// ---------------------------------------------------------------------------------------------------------------
// Functions and classes

const stripCommentsRegExp = safeRegExp("(\\/\\/.*?\\n)|(\\/\\*(.|\\n)*?\\*\\/)", "g");
const classRegExp = safeRegExp("^(\\s+[^(]*?)\\s*{");

// A class's source starts with "class" and has no "(" before its body's "{" (outside comments).
function isClassSource(source) {
  if (!StringPrototypeStartsWith(source, "class") || !StringPrototypeEndsWith(source, "}")) return false;
  const rest = StringPrototypeSlice(source, 5, -1);
  const brace = StringPrototypeIndexOf(rest, "{");
  return brace !== -1 && (!StringPrototypeIncludes(StringPrototypeSlice(rest, 0, brace), "(") ||
    RegExpPrototypeExec(classRegExp, RegExpPrototypeSymbolReplace(stripCommentsRegExp, rest, "")) !== null);
}

// A proxy's function is a plain "Function" to Deno (V8 sees neither a class's source nor an async or generator
// function through the proxy), followed by its constructor's name where that differs.
function getFunctionBase(value, constructor, tag, isProxyTarget) {
  let type = "Function";
  if (!isProxyTarget) {
    if (isClassSource(FunctionPrototypeToString(value))) return getClassBase(value, constructor, tag);
    if (isGeneratorFunction(value)) type = `Generator${type}`;
    if (isAsyncFunction(value)) type = `Async${type}`;
  }
  let base = `[${type}`;
  if (constructor === null) base += " (null prototype)";
  base += value.name === "" ? " (anonymous)" : `: ${value.name}`;
  base += "]";
  if (constructor !== type && constructor !== null) base += ` ${constructor}`;
  if (tag !== "" && constructor !== tag) base += ` [${tag}]`;
  return base;
}

function getClassBase(value, constructor, tag) {
  const name = (ObjectHasOwn(value, "name") && value.name) || "(anonymous)";
  let base = `class ${name}`;
  if (constructor !== "Function" && constructor !== null) base += ` [${constructor}]`;
  if (tag !== "" && constructor !== tag) base += ` [${tag}]`;
  if (constructor === null) {
    base += " extends [null prototype]";
  } else {
    const superName = ObjectGetPrototypeOf(value).name;
    if (superName) base += ` extends ${superName}`;
  }
  return `[${base}]`;
}

// ---------------------------------------------------------------------------------------------------------------
// Errors

const stackFrameRegExp = safeRegExp("\\s+at");
const nonEmptyLineRegExp = safeRegExp("^(?!\\s*$)", "gm");
const doubleQuoteRegExp = safeRegExp('"', "g");

// An error shows its stack (or "[name: message]" without one), the errors of an AggregateError indented within
// it, and its chain of causes as "Caused by" lines, marking causes that are referenced again.
function formatError(error, ctx) {
  const causes = collectCauses(error, ctx);
  const references = new Map();
  if (ctx.circular !== undefined) {
    for (let i = 0; i < causes.length; i++) {
      const index = MapPrototypeGet(ctx.circular, causes[i]);
      if (index !== undefined) MapPrototypeSet(references, causes[i], ctx.stylize(`<ref *${index}> `, "special"));
    }
  }
  let text = (MapPrototypeGet(references, error) ?? "") + formatErrorStack(error, ctx);
  for (let i = 1; i < causes.length; i++) {
    const cause = causes[i];
    text += `\nCaused by ${MapPrototypeGet(references, cause) ?? ""}` +
      (cause?.stack ?? StringPrototypeReplace(inspect(cause), doubleQuoteRegExp, ""));
  }
  return text;
}

// The error followed by its causes; a cause seen before ends the chain as its "[Circular *n]" text.
function collectCauses(error, ctx) {
  const causes = [error];
  for (let current = error; current.cause;) {
    if (ArrayPrototypeIncludes(causes, current.cause)) {
      ArrayPrototypePush(causes, formatCircular(ctx, current.cause));
      break;
    }
    ArrayPrototypePush(causes, current.cause);
    current = current.cause;
  }
  return causes;
}

function formatErrorStack(error, ctx) {
  const stack = error.stack;
  if (isAggregateError(error)) return formatAggregateErrorStack(error, stack, ctx);
  if (typeof stack === "string" && StringPrototypeIncludes(stack, "\n    at")) return stack;
  return `[${stack || ErrorPrototypeToString(error)}]`;
}

// The message lines of the stack, then each inner error indented by four, then the stack frames.
function formatAggregateErrorStack(error, stack, ctx) {
  const lines = StringPrototypeSplit(stack, "\n");
  let text = "";
  let frame = 0;
  for (; frame < lines.length && !RegExpPrototypeTest(stackFrameRegExp, lines[frame]); frame++) {
    text += `${lines[frame]}\n`;
  }
  const errors = error.errors;
  const inner = [];
  for (let i = 0; i < errors.length; i++) {
    const formatted = formatArgs([errors[i]], { colors: ctx.colors });
    inner[i] = StringPrototypeReplace(formatted, nonEmptyLineRegExp, "    ");
  }
  return `${text}${ArrayPrototypeJoin(inner, "\n")}\n${ArrayPrototypeJoin(ArrayPrototypeSlice(lines, frame), "\n")}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Properties

// "key: value" for an object entry, or the bare value for an array element.
function formatProperty(ctx, value, recurseTimes, key, type, desc, original = value) {
  let str;
  let separator = " ";
  desc = desc || ObjectGetOwnPropertyDescriptor(value, key) || { value: value[key], enumerable: true };
  if (desc.value !== undefined) {
    const diff = ctx.compact !== true || type !== kObjectType ? 2 : 3;
    ctx.indentationLvl += diff;
    str = formatValue(ctx, desc.value, recurseTimes);
    if (diff === 3 && ctx.breakLength < getStringWidth(str, ctx.colors)) {
      separator = `\n${StringPrototypeRepeat(" ", ctx.indentationLvl)}`;
    }
    ctx.indentationLvl -= diff;
  } else if (desc.get !== undefined) {
    str = formatAccessor(ctx, desc, original, recurseTimes);
  } else if (desc.set !== undefined) {
    str = ctx.stylize("[Setter]", "special");
  } else {
    str = ctx.stylize("undefined", "undefined");
  }
  if (type === kArrayType) return str;
  return `${formatKey(ctx, key, desc)}:${separator}${str}`;
}

const identifierRegExp = safeRegExp("^[a-zA-Z_][a-zA-Z_0-9]*$");

function formatKey(ctx, key, desc) {
  if (typeof key === "symbol") return `[${ctx.stylize(formatSymbol(key, ctx), "symbol")}]`;
  if (key === "__proto__") return "['__proto__']";
  if (desc.enumerable === false) return `[${StringPrototypeReplace(key, keyEscapeRegExp, escapeKeyChar)}]`;
  if (RegExpPrototypeTest(identifierRegExp, key)) return ctx.stylize(key, "name");
  return ctx.stylize(quoteString(key, ctx), "string");
}

// "[Getter]", "[Getter/Setter]", or with the `getters` option the getter's current value.
function formatAccessor(ctx, desc, receiver, recurseTimes) {
  const label = desc.set !== undefined ? "Getter/Setter" : "Getter";
  const s = ctx.stylize;
  const getters = ctx.getters;
  if (!getters || (getters !== true && !(getters === "get" && desc.set === undefined) &&
      !(getters === "set" && desc.set !== undefined))) {
    return s(`[${label}]`, "special");
  }
  try {
    const value = FunctionPrototypeCall(desc.get, receiver);
    ctx.indentationLvl += 2;
    let str;
    if (value === null) {
      str = `${s(`[${label}:`, "special")} ${s("null", "null")}${s("]", "special")}`;
    } else if (typeof value === "object") {
      str = `${s(`[${label}]`, "special")} ${formatValue(ctx, value, recurseTimes)}`;
    } else {
      str = `${s(`[${label}:`, "special")} ${formatPrimitive(s, value, ctx)}${s("]", "special")}`;
    }
    ctx.indentationLvl -= 2;
    return str;
  } catch (error) {
    return `${s(`[${label}:`, "special")} <Inspection threw (${error.message})>${s("]", "special")}`;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Layout

// Joins the formatted entries on one line when they fit (and the object is shallow enough), else one per line,
// after grouping long arrays of short entries into aligned columns.
function reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value) {
  const prefix = base ? `${base} ` : "";
  if (ctx.compact !== true) {
    if (typeof ctx.compact === "number" && ctx.compact >= 1) {
      const entries = output.length;
      if (extrasType === kArrayExtrasType && entries > 6) output = groupArrayElements(ctx, output, value);
      // Only the innermost `compact` levels of an object may share a line, and grouped arrays never do.
      if (ctx.currentDepth - recurseTimes < ctx.compact && entries === output.length) {
        // 10 leaves room for what else may shorten the line.
        const start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
        if (isBelowBreakLength(ctx, output, start, base)) {
          const joined = ArrayPrototypeJoin(output, ", ");
          if (!StringPrototypeIncludes(joined, "\n")) return `${prefix}${braces[0]} ${joined} ${braces[1]}`;
        }
      }
    }
    const indentation = `\n${StringPrototypeRepeat(" ", ctx.indentationLvl)}`;
    return `${prefix}${braces[0]}${indentation}  ${ArrayPrototypeJoin(output, `,${indentation}  `)}` +
      `${ctx.trailingComma ? "," : ""}${indentation}${braces[1]}`;
  }
  // compact: true puts as much as fits on the first line and aligns the rest under it.
  if (isBelowBreakLength(ctx, output, 0, base)) {
    return `${braces[0]}${base ? ` ${base}` : ""} ${ArrayPrototypeJoin(output, ", ")} ${braces[1]}`;
  }
  const indentation = StringPrototypeRepeat(" ", ctx.indentationLvl);
  // A long opening brace such as "Set {" pushes the first entry onto its own line, so the entries line up.
  const lineStart = base === "" && braces[0].length === 1 ? " " : `${base ? ` ${base}` : ""}\n${indentation}  `;
  return `${braces[0]}${lineStart}${ArrayPrototypeJoin(output, `,\n${indentation}  `)} ${braces[1]}`;
}

// Whether the entries, with a comma and space between them, fit in breakLength after `start` columns.
function isBelowBreakLength(ctx, output, start, base) {
  let totalLength = output.length + start;
  if (totalLength + output.length > ctx.breakLength) return false;
  for (let i = 0; i < output.length; i++) {
    totalLength += ctx.colors ? removeColors(output[i]).length : output[i].length;
    if (totalLength > ctx.breakLength) return false;
  }
  return base === "" || !StringPrototypeIncludes(base, "\n");
}

// Lays the entries of a long array out in columns (right-aligned for numbers) when at least three fit side by
// side and their lengths are similar; returns the lines, or `output` unchanged.
function groupArrayElements(ctx, output, value) {
  let totalLength = 0;
  let maxLength = 0;
  let outputLength = output.length;
  // The "... n more items" entry stays on its own line.
  if (ctx.maxArrayLength < output.length) outputLength--;
  const separatorSpace = 2; // ", "
  const dataLen = [];
  for (let i = 0; i < outputLength; i++) {
    const len = getStringWidth(output[i], ctx.colors);
    dataLen[i] = len;
    totalLength += len + separatorSpace;
    if (maxLength < len) maxLength = len;
  }
  const actualMax = maxLength + separatorSpace;
  // At least three columns must fit, and one long entry among short ones (over a fifth of the total) would
  // leave too much space between the others.
  if (actualMax * 3 + ctx.indentationLvl >= ctx.breakLength ||
      (totalLength / actualMax <= 5 && maxLength > 6)) {
    return output;
  }
  // Aim for a roughly square block, counting a character as 2.5 times as high as wide; short entries get
  // more columns. At most 15 columns, and fewer for small `compact` values.
  const approxCharHeights = 2.5;
  const averageBias = MathSqrt(actualMax - totalLength / output.length);
  const biasedMax = MathMax(actualMax - 3 - averageBias, 1);
  const columns = MathMin(
    MathRound(MathSqrt(approxCharHeights * biasedMax * outputLength) / biasedMax),
    MathFloor((ctx.breakLength - ctx.indentationLvl) / actualMax),
    ctx.compact * 4,
    15,
  );
  if (columns <= 1) return output;

  const maxLineLength = [];
  for (let i = 0; i < columns; i++) {
    let lineMaxLength = 0;
    for (let j = i; j < output.length; j += columns) {
      if (dataLen[j] > lineMaxLength) lineMaxLength = dataLen[j];
    }
    maxLineLength[i] = lineMaxLength + separatorSpace;
  }
  let order = StringPrototypePadStart;
  if (value !== undefined) {
    for (let i = 0; i < output.length; i++) {
      if (typeof value[i] !== "number" && typeof value[i] !== "bigint") {
        order = StringPrototypePadEnd;
        break;
      }
    }
  }
  const lines = [];
  for (let i = 0; i < outputLength; i += columns) {
    const max = MathMin(i + columns, outputLength);
    let line = "";
    let j = i;
    for (; j < max - 1; j++) {
      // Colour codes take no columns, so they are added to the padding.
      const padding = maxLineLength[j - i] + output[j].length - dataLen[j];
      line += order(`${output[j]}, `, padding, " ");
    }
    if (order === StringPrototypePadStart) {
      const padding = maxLineLength[j - i] + output[j].length - dataLen[j] - separatorSpace;
      line += StringPrototypePadStart(output[j], padding, " ");
    } else {
      line += output[j];
    }
    ArrayPrototypePush(lines, line);
  }
  if (ctx.maxArrayLength < output.length) ArrayPrototypePush(lines, output[outputLength]);
  return lines;
}

// ---------------------------------------------------------------------------------------------------------------
// Console arguments

// Formats console arguments as Deno does: when the first is a string and more follow, its %s %d %i %f %o %O %c
// specifiers consume arguments in turn (%% is a literal %); the rest follow, space-separated, strings as they
// are and other values inspected.
function formatArgs(args, options) {
  const ctx = createContext(options);
  const first = args[0];
  let next = 0;
  let text = "";
  if (typeof first === "string" && args.length > 1) {
    next = 1;
    let copied = 0; // the end of the part of `first` already in `text`
    let usedStyle = false;
    let prevCss = null;
    for (let i = 0; i < first.length - 1; i++) {
      if (first[i] !== "%") continue;
      const char = first[++i];
      if (next < args.length) {
        let formatted;
        if (char === "c") {
          // Without colours the CSS is consumed and dropped.
          const cssText = args[next++];
          formatted = "";
          if (ctx.colors) {
            const css = parseCss(cssText);
            formatted = cssToAnsi(css, prevCss);
            if (formatted !== "") {
              usedStyle = true;
              prevCss = css;
            }
          }
        } else {
          formatted = formatSpecifier(ctx, char, args, next);
          if (formatted !== undefined) next++;
        }
        if (formatted !== undefined) {
          text += StringPrototypeSlice(first, copied, i - 1) + formatted;
          copied = i + 1;
        }
      }
      if (char === "%") {
        text += `${StringPrototypeSlice(first, copied, i - 1)}%`;
        copied = i + 1;
      }
    }
    text += StringPrototypeSlice(first, copied);
    if (usedStyle) text += "\x1b[0m";
  }
  for (; next < args.length; next++) {
    if (next > 0) text += " ";
    const arg = args[next];
    text += typeof arg === "string" ? arg : formatValue(ctx, arg, 0);
  }
  return text;
}

// The text for %s, %d, %i, %f, %o or %O applied to args[index], or undefined for another character.
function formatSpecifier(ctx, char, args, index) {
  const value = args[index];
  switch (char) {
    case "s":
      return String(value);
    case "d":
    case "i":
      return typeof value === "symbol" ? "NaN" : `${NumberParseInt(value)}`;
    case "f":
      return typeof value === "symbol" ? "NaN" : `${NumberParseFloat(value)}`;
    case "o":
    case "O":
      return formatValue(ctx, value, 0);
    default:
      return undefined;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// CSS for %c: the few properties a terminal can show, as Deno supports them

const cssColorKeywords = {
  __proto__: null,
  black: "#000000", silver: "#c0c0c0", gray: "#808080", white: "#ffffff", maroon: "#800000", red: "#ff0000",
  whitesmoke: "#f5f5f5", yellowgreen: "#9acd32", rebeccapurple: "#663399",
};
// The colours with a basic ANSI code (foreground 30 + n, background 40 + n).
const ansiColorIndex = {
  __proto__: null, black: 0, red: 1, green: 2, yellow: 3, blue: 4, magenta: 5, cyan: 6, white: 7,
};
const hashColorRegExp = safeRegExp("^#([\\dA-Fa-f]{2})([\\dA-Fa-f]{2})([\\dA-Fa-f]{2})([\\dA-Fa-f]{2})?$");
const shortHashColorRegExp = safeRegExp("^#([\\dA-Fa-f])([\\dA-Fa-f])([\\dA-Fa-f])([\\dA-Fa-f])?$");
const rgbColorRegExp = safeRegExp(
  "^rgba?\\(\\s*([+\\-]?\\d*\\.?\\d+)\\s*,\\s*([+\\-]?\\d*\\.?\\d+)\\s*,\\s*([+\\-]?\\d*\\.?\\d+)\\s*" +
  "(,\\s*([+\\-]?\\d*\\.?\\d+)\\s*)?\\)$");
const hslColorRegExp = safeRegExp(
  "^hsla?\\(\\s*([+\\-]?\\d*\\.?\\d+)\\s*,\\s*([+\\-]?\\d*\\.?\\d+)%\\s*,\\s*([+\\-]?\\d*\\.?\\d+)%\\s*" +
  "(,\\s*([+\\-]?\\d*\\.?\\d+)\\s*)?\\)$");
const textDecorationLines = ["line-through", "overline", "underline"];

// [r, g, b] for a CSS colour keyword (of the few above), #hex, rgb() or hsl(); null otherwise.
function parseCssColor(colorString) {
  colorString = StringPrototypeToLowerCase(colorString);
  colorString = cssColorKeywords[colorString] ?? colorString;
  let match = RegExpPrototypeExec(hashColorRegExp, colorString);
  if (match !== null) {
    return [NumberParseInt(match[1], 16), NumberParseInt(match[2], 16), NumberParseInt(match[3], 16)];
  }
  match = RegExpPrototypeExec(shortHashColorRegExp, colorString);
  if (match !== null) {
    return [
      NumberParseInt(match[1] + match[1], 16), NumberParseInt(match[2] + match[2], 16),
      NumberParseInt(match[3] + match[3], 16),
    ];
  }
  match = RegExpPrototypeExec(rgbColorRegExp, colorString);
  if (match !== null) {
    return [clampChannel(match[1]), clampChannel(match[2]), clampChannel(match[3])];
  }
  match = RegExpPrototypeExec(hslColorRegExp, colorString);
  return match === null ? null : hslToRgb(match);
}

function clampChannel(text) {
  return MathRound(MathMax(0, MathMin(255, text)));
}

// https://www.rapidtables.com/convert/color/hsl-to-rgb.html
function hslToRgb(match) {
  let h = Number(match[1]) % 360;
  if (h < 0) h += 360;
  const s = MathMax(0, MathMin(100, match[2])) / 100;
  const l = MathMax(0, MathMin(100, match[3])) / 100;
  const c = (1 - MathAbs(2 * l - 1)) * s;
  const x = c * (1 - MathAbs((h / 60) % 2 - 1));
  const m = l - c / 2;
  const sectors = [[c, x, 0], [x, c, 0], [0, c, x], [0, x, c], [x, 0, c], [c, 0, x]];
  const rgb = sectors[MathMin(MathFloor(h / 60), 5)];
  return [MathRound((rgb[0] + m) * 255), MathRound((rgb[1] + m) * 255), MathRound((rgb[2] + m) * 255)];
}

function defaultCss() {
  return {
    __proto__: null, backgroundColor: null, color: null, fontWeight: null, fontStyle: null,
    textDecorationColor: null, textDecorationLine: [],
  };
}

// Splits "key: value; ..." into [key, value] pairs; a parenthesised part such as rgb(1, 2, 3) is skipped over.
function splitCssDeclarations(cssString) {
  const entries = [];
  let inValue = false;
  let key = null;
  let parenthesesDepth = 0;
  let part = "";
  for (let i = 0; i < cssString.length; i++) {
    const c = cssString[i];
    if (c === "(") {
      parenthesesDepth++;
    } else if (parenthesesDepth > 0) {
      if (c === ")") parenthesesDepth--;
    } else if (inValue) {
      if (c === ";") {
        const value = StringPrototypeTrim(part);
        if (value !== "") ArrayPrototypePush(entries, [key, value]);
        key = null;
        part = "";
        inValue = false;
        continue;
      }
    } else if (c === ":") {
      key = StringPrototypeTrim(part);
      part = "";
      inValue = true;
      continue;
    }
    part += c;
  }
  if (inValue && parenthesesDepth === 0) {
    const value = StringPrototypeTrim(part);
    if (value !== "") ArrayPrototypePush(entries, [key, value]);
  }
  return entries;
}

const whitespaceRegExp = safeRegExp("\\s+", "g");
// Splitting with a regexp would construct a new one through RegExp[Symbol.species], which user code can replace.
function splitAtWhitespace(text) {
  return StringPrototypeSplit(StringPrototypeReplace(text, whitespaceRegExp, " "), " ");
}

function parseCss(cssString) {
  const css = defaultCss();
  const entries = splitCssDeclarations(String(cssString));
  for (let i = 0; i < entries.length; i++) {
    const key = entries[i][0];
    const value = entries[i][1];
    if (key === "background-color") {
      css.backgroundColor = value;
    } else if (key === "color") {
      css.color = value;
    } else if (key === "font-weight") {
      if (value === "bold") css.fontWeight = value;
    } else if (key === "font-style") {
      if (value === "italic" || value === "oblique" || value === "oblique 14deg") css.fontStyle = "italic";
    } else if (key === "text-decoration-line") {
      css.textDecorationLine = ArrayPrototypeFilter(splitAtWhitespace(value),
        (line) => ArrayPrototypeIncludes(textDecorationLines, line));
    } else if (key === "text-decoration-color") {
      const color = parseCssColor(value);
      if (color !== null) css.textDecorationColor = color;
    } else if (key === "text-decoration") {
      css.textDecorationColor = null;
      css.textDecorationLine = [];
      const parts = splitAtWhitespace(value);
      for (let j = 0; j < parts.length; j++) {
        const color = parseCssColor(parts[j]);
        if (color !== null) {
          css.textDecorationColor = color;
        } else if (ArrayPrototypeIncludes(textDecorationLines, parts[j])) {
          ArrayPrototypePush(css.textDecorationLine, parts[j]);
        }
      }
    }
  }
  return css;
}

function colorEquals(color1, color2) {
  return color1?.[0] == color2?.[0] && color1?.[1] == color2?.[1] && color1?.[2] == color2?.[2];
}

// The SGR code setting a foreground (base 30) or background (base 40) colour; `base + 9` resets it.
function colorCode(color, base) {
  if (color === null) return `\x1b[${base + 9}m`;
  const index = typeof color === "string" ? ansiColorIndex[color] : undefined;
  if (index !== undefined) return `\x1b[${base + index}m`;
  const rgb = ArrayIsArray(color) ? color : parseCssColor(color);
  return rgb === null ? `\x1b[${base + 9}m` : `\x1b[${base + 8};2;${rgb[0]};${rgb[1]};${rgb[2]}m`;
}

// The escape codes that change the terminal's style from `prevCss` to `css`.
function cssToAnsi(css, prevCss = null) {
  prevCss = prevCss ?? defaultCss();
  let ansi = "";
  if (!colorEquals(css.backgroundColor, prevCss.backgroundColor)) ansi += colorCode(css.backgroundColor, 40);
  if (!colorEquals(css.color, prevCss.color)) ansi += colorCode(css.color, 30);
  if (css.fontWeight !== prevCss.fontWeight) ansi += css.fontWeight === "bold" ? "\x1b[1m" : "\x1b[22m";
  if (css.fontStyle !== prevCss.fontStyle) ansi += css.fontStyle === "italic" ? "\x1b[3m" : "\x1b[23m";
  if (!colorEquals(css.textDecorationColor, prevCss.textDecorationColor)) {
    const color = css.textDecorationColor;
    ansi += color !== null ? `\x1b[58;2;${color[0]};${color[1]};${color[2]}m` : "\x1b[59m";
  }
  const lineCodes = [["line-through", 9, 29], ["overline", 53, 55], ["underline", 4, 24]];
  for (let i = 0; i < lineCodes.length; i++) {
    const { 0: line, 1: on, 2: off } = lineCodes[i];
    const now = ArrayPrototypeIncludes(css.textDecorationLine, line);
    if (now !== ArrayPrototypeIncludes(prevCss.textDecorationLine, line)) ansi += `\x1b[${now ? on : off}m`;
  }
  return ansi;
}

internals.inspect = inspect;
internals.formatArgs = formatArgs;
internals.getStringWidth = getStringWidth;
internals.hasBrand = hasBrand;

internals.stylizeWithColor = stylizeWithColor;

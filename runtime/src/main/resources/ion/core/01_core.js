// The core's own JavaScript: helpers the Java side calls, evaluated before any extension.
// Body of a function called with (ops, internals, primordials); returns the helpers to Java.
const {
  ArrayPrototypeJoin, ErrorCaptureStackTrace, ErrorPrototypeToString, ObjectDefineProperty, ObjectGetPrototypeOf, ObjectKeys, ObjectPrototype,
  ObjectPrototypeToString, PromisePrototypeThen, PromiseReject, ReflectApply, String, TypeError, globalThis,
} = primordials;
const Error = globalThis.Error;

// The core and the extensions run once, into the V8 startup snapshot every context starts from, where
// ops are not bound yet: work that needs ops or per-context state (a clock, a handler registered with Java)
// goes in a function given here, which each context runs once its ops are bound and before any user code.
const contextStarts = [];
internals.onContextStart = (fn) => {
  contextStarts[contextStarts.length] = fn;
};

function start() {
  for (let i = 0; i < contextStarts.length; i++) {
    contextStarts[i]();
  }
}

// V8 introspection for the standard library (the console shows promise states and proxy targets).
internals.promiseState = (promise) => ops.op_promise_state(promise);
internals.proxyDetails = (value) => ops.op_proxy_details(value);
// One letter per object of `list` saying what V8 says it is (CoreOps.valueKinds): one call into Java for many.
internals.valueKinds = (list) => ReflectApply(ops.op_value_kinds, undefined, list);

// [kind, entries] of a Map or Set iterator without consuming it (kind "entries", "keys" or "values"; entries as
// {key, value} or {value} objects), undefined for anything else.
internals.iteratorEntries = (iterator) => ops.op_iterator_entries(iterator);

// HTML's "report the exception": the error reaches the context's uncaught-error handler.
internals.reportException = (error) => ops.op_report_exception(error);

// Describes a thrown value for Java: [errorClass or null, message, stack or null].
function describeError(value) {
  if (value !== null && (typeof value === "object" || typeof value === "function")) {
    let stack;
    try {
      stack = value.stack;
    } catch {
      stack = undefined;
    }
    if (typeof stack === "string" && ObjectPrototypeToString(value) === "[object Error]") {
      let name;
      let message;
      try {
        name = String(value.name);
        message = String(value.message ?? "");
      } catch {
        name = "Error";
        message = "";
      }
      return [name, message, stack + causes(value)];
    }
  }
  return [null, inspect(value), null];
}

// Deno's "Caused by:" lines after an error's stack: each cause's stack, or its inspected value when it is not
// an error, down a chain of at most ten (a cycle ends it).
function causes(error) {
  let text = "";
  const seen = [error];
  let current = error;
  for (let depth = 0; depth < 10; depth++) {
    let cause;
    let stack;
    try {
      if (!("cause" in current)) break;
      cause = current.cause;
      stack = cause !== null && typeof cause === "object" && ObjectPrototypeToString(cause) === "[object Error]"
        ? cause.stack : undefined;
    } catch {
      break;
    }
    for (let i = 0; i < seen.length; i++) {
      if (seen[i] === cause) return text;
    }
    text += `\nCaused by: ${typeof stack === "string" ? stack : inspect(cause)}`;
    if (cause === null || (typeof cause !== "object" && typeof cause !== "function")) break;
    seen[seen.length] = cause;
    current = cause;
  }
  return text;
}

function inspect(value) {
  if (typeof internals.inspect === "function") {
    try {
      return internals.inspect(value);
    } catch {
      // fall through to the plain conversion below
    }
  }
  try {
    return String(value);
  } catch {
    return ObjectPrototypeToString(value);
  }
}

// Reports the settlement of `promise` to Java under `id`, without user code seeing the handlers.
function track(promise, id) {
  PromisePrototypeThen(promise, (value) => ops.op_settled(id, true, value), (reason) => ops.op_settled(id, false, reason));
}

// Plain objects (object literals, null-prototype objects) convert to a Java Map; others stay handles.
function isPlainObject(value) {
  const prototype = ObjectGetPrototypeOf(value);
  return prototype === null || prototype === ObjectPrototype;
}

// ---- stack traces ------------------------------------------------------------------------------------
// Once a transpiled module (TypeScript, JSX) has loaded, Java calls internals.mapStackTraces(): from then on
// stacks keep V8's format with the positions mapped back to their source, so every stack anyone prints
// points at the original lines. Programs of plain JavaScript keep V8's own formatting.
function prepareStackTrace(error, callSites) {
  let header;
  try {
    header = ErrorPrototypeToString(error);
  } catch {
    header = "Error";
  }
  if (callSites.length === 0) {
    return header;
  }
  const frames = [];
  for (let i = 0; i < callSites.length; i++) {
    frames[i] = `    at ${callSites[i]}`;
  }
  const text = ArrayPrototypeJoin(frames, "\n");
  try {
    return `${header}\n${ops.op_map_stack_frames(text)}`;
  } catch {
    // Formatting a stack must not fail (deep in a stack overflow, say): keep V8's positions.
    return `${header}\n${text}`;
  }
}
internals.mapStackTraces = () => {
  ObjectDefineProperty(Error, "prepareStackTrace", {
    value: prepareStackTrace, writable: true, enumerable: false, configurable: true,
  });
};

// ---- import() and import.meta -----------------------------------------------------------------------
// Javet registers neither V8 host callback, so the module pipeline rewrites `import(x, options)` into
// `__ionImport(x, options, __ionMeta)` and `import.meta` into `__ionMeta`, made once per module by
// `__ionImportMeta(import.meta)` in its first statement.

// The URL of the module whose top level called `fn`, read from V8's structured stack.
function callerUrl(fn) {
  const holder = {};
  const prepare = Error.prepareStackTrace;
  Error.prepareStackTrace = (_, callSites) => callSites;
  try {
    ErrorCaptureStackTrace(holder, fn);
    return holder.stack[0].getFileName();
  } finally {
    Error.prepareStackTrace = prepare;
  }
}

function importMeta(meta) {
  const url = callerUrl(importMeta);
  const [main, filename, dirname] = ops.op_import_meta(url);
  meta.url = url;
  meta.main = main;
  if (filename !== null) {
    meta.filename = filename;
    meta.dirname = dirname;
  }
  meta.resolve = function resolve(specifier) {
    return ops.op_import_meta_resolve(String(specifier), url);
  };
  return meta;
}

// The attributes of `import(x, options)`, checked as the spec's EvaluateImportCall does.
function importAttributes(options) {
  if (options === undefined) return undefined;
  if (options === null || typeof options !== "object") {
    throw new TypeError("The second argument of import() must be an object");
  }
  const attributes = options.with;
  if (attributes === undefined) return undefined;
  if (attributes === null || typeof attributes !== "object") {
    throw new TypeError("The 'with' option of import() must be an object");
  }
  const result = { __proto__: null };
  const keys = ObjectKeys(attributes);
  for (let i = 0; i < keys.length; i++) {
    const value = attributes[keys[i]];
    if (typeof value !== "string") {
      throw new TypeError(`Import attribute "${keys[i]}" must be a string`);
    }
    result[keys[i]] = value;
  }
  return result;
}

function dynamicImport(specifier, options, meta) {
  try {
    return ops.op_dynamic_import(String(specifier), importAttributes(options), meta.url);
  } catch (error) {
    return PromiseReject(error);
  }
}

for (const [name, value] of [["__ionImport", dynamicImport], ["__ionImportMeta", importMeta]]) {
  ObjectDefineProperty(globalThis, name, { value, writable: false, enumerable: false, configurable: false });
}

// HTML's "unhandled promise rejection" event at the global object, once the dom extension provides events.
// Returns false when a listener canceled it: the rejection then counts as handled, as in Deno.
function unhandledRejection(promise, reason) {
  const { PromiseRejectionEvent, dispatchGlobalEvent } = internals;
  if (PromiseRejectionEvent === undefined || dispatchGlobalEvent === undefined) {
    return true;
  }
  return dispatchGlobalEvent(new PromiseRejectionEvent("unhandledrejection", { cancelable: true, promise, reason }));
}

// HTML's "rejectionhandled" event: a promise reported as unhandled got a handler later.
function rejectionHandled(promise, reason) {
  const { PromiseRejectionEvent, dispatchGlobalEvent } = internals;
  if (PromiseRejectionEvent !== undefined && dispatchGlobalEvent !== undefined) {
    dispatchGlobalEvent(new PromiseRejectionEvent("rejectionhandled", { promise, reason }));
  }
}

return { start, describeError, track, isPlainObject, unhandledRejection, rejectionHandled };

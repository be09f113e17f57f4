// The core's own JavaScript: helpers the Java side calls, evaluated before any extension.
// Body of a function called with (ops, internals, primordials); returns the helpers to Java.
const { ObjectGetPrototypeOf, ObjectPrototype, ObjectPrototypeToString, PromisePrototypeThen, String } = primordials;
const {
  op_settled: opSettled, op_report_exception: opReportException,
  op_promise_state: opPromiseState, op_proxy_details: opProxyDetails,
} = ops;

// V8 introspection for the standard library (the console shows promise states and proxy targets).
internals.promiseState = (promise) => opPromiseState(promise);
internals.proxyDetails = (value) => opProxyDetails(value);

// HTML's "report the exception": the error reaches the context's uncaught-error handler.
internals.reportException = (error) => opReportException(error);

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
      return [name, message, stack];
    }
  }
  return [null, inspect(value), null];
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
  PromisePrototypeThen(promise, (value) => opSettled(id, true, value), (reason) => opSettled(id, false, reason));
}

// Plain objects (object literals, null-prototype objects) convert to a Java Map; others stay handles.
function isPlainObject(value) {
  const prototype = ObjectGetPrototypeOf(value);
  return prototype === null || prototype === ObjectPrototype;
}

return { describeError, track, isPlainObject };

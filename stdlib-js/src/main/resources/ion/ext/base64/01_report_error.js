// HTML reportError(): https://html.spec.whatwg.org/multipage/webappapis.html#dom-reporterror
const { ObjectDefineProperty, TypeError, globalThis } = primordials;
// HTML's "report the exception": an ErrorEvent at the global object first (the dom extension), then uncaught.
const reportException = internals.reportExceptionToGlobal;

// Written as a method because a WebIDL operation is not a constructor: `new reportError(e)` throws.
const { reportError } = {
  reportError(e) {
    if (arguments.length === 0) {
      throw new TypeError("Failed to execute 'reportError': 1 argument required, but only 0 present.");
    }
    reportException(e);
  },
};

ObjectDefineProperty(globalThis, "reportError", {
  value: reportError, writable: true, enumerable: true, configurable: true,
});

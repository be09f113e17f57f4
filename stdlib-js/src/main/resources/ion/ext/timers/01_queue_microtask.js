// HTML microtask queuing: https://html.spec.whatwg.org/multipage/timers-and-user-prompts.html#microtask-queuing
// Javet exposes no EnqueueMicrotask, so a job on an already-resolved promise stands in for it: it runs
// in the same microtask checkpoint, in FIFO order with other jobs. An exception is reported as
// uncaught (HTML's "report the exception"), not turned into a rejection.
const { PromisePrototypeThen, PromiseResolve, ReflectApply, ObjectDefineProperty, TypeError, globalThis } = primordials;
// "Report the exception" fires an ErrorEvent at the global object once the dom extension (which loads
// after this one) provides it; looked up when an error happens for that reason.
function reportException(error) {
  (internals.reportExceptionToGlobal ?? internals.reportException)(error);
}
const resolved = PromiseResolve(undefined);

// Written as a method because a WebIDL operation is not a constructor: `new queueMicrotask(f)` throws.
const { queueMicrotask } = {
  queueMicrotask(callback) {
    if (typeof callback !== "function") {
      throw new TypeError("Failed to execute 'queueMicrotask': parameter 1 is not of type 'Function'.");
    }
    PromisePrototypeThen(resolved, () => {
      try {
        ReflectApply(callback, undefined, []);
      } catch (error) {
        reportException(error);
      }
    });
  },
};

ObjectDefineProperty(globalThis, "queueMicrotask", {
  value: queueMicrotask, writable: true, enumerable: true, configurable: true,
});

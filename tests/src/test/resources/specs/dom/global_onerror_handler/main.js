// The global's on* handler attributes for the events Ion fires, and HTML's special error event handling:
// a global onerror is called with (message, filename, lineno, colno, error) and returning true cancels the
// error (https://html.spec.whatwg.org/multipage/webappapis.html#the-event-handler-processing-algorithm).
// Deno 2.5.4 passes the event instead, and a return value of true does not cancel there.
for (const name of ["onerror", "onunhandledrejection", "onrejectionhandled"]) {
  const d = Object.getOwnPropertyDescriptor(globalThis, name);
  console.log(name, globalThis[name], typeof d.get, typeof d.set, d.enumerable, d.configurable);
}
globalThis.onerror = function (message, filename, lineno, colno, error) {
  console.log("onerror:", message, filename.endsWith("main.js"), lineno, colno, error.message, this === globalThis);
  return true;
};
setTimeout(() => { throw new Error("boom"); }, 1);
setTimeout(() => {
  globalThis.onerror = "not a function";
  console.log("non-callable becomes", globalThis.onerror);
  globalThis.onerror = () => false; // false does not cancel an error event at the global
  throw new Error("uncaught after all");
}, 5);

// Arguments convert as WebIDL says: the handler is a Function or else a DOMString, the timeout and
// the id are `long`s. Symbols and BigInts cannot convert and throw at the call.
const attempt = (label, fn) => {
  try {
    fn();
    console.log(label, "-> ok");
  } catch (e) {
    console.log(label, "->", e.name);
  }
};
attempt("symbol handler", () => setTimeout(Symbol("s")));
attempt("symbol timeout", () => setTimeout(() => {}, Symbol("s")));
attempt("bigint timeout", () => setTimeout(() => {}, 1n));
attempt("clearTimeout(symbol)", () => clearTimeout(Symbol("s")));
attempt("clearTimeout(bigint)", () => clearTimeout(1n));
attempt("setTimeout() without arguments", () => setTimeout());

// The handler converts before the timeout, as the arguments are listed.
globalThis.log = (...args) => console.log(...args);
setTimeout(
  { toString() { console.log("handler toString"); return "log('string handler ran')"; } },
  { valueOf() { console.log("timeout valueOf"); return 1; } },
);

// clearTimeout converts the id too: "2" and 2.7 mean 2, and {valueOf} is called.
const a = setTimeout(() => console.log("a must not run"), 5);
clearTimeout(String(a));
const b = setTimeout(() => console.log("b must not run"), 5);
clearTimeout(b + 0.7);
const c = setTimeout(() => console.log("c must not run"), 5);
clearTimeout({ valueOf: () => c });
setTimeout(() => console.log("done"), 10);

console.log(new Error("basic"));
console.log(new TypeError("type"));
console.log(new RangeError("range"), new SyntaxError("syn"));
console.log(new Error(""));
console.log(new Error());
const e1 = new Error("with props"); e1.code = "E_CODE"; e1.num = 1; console.log(e1);
console.log(new Error("outer", { cause: new Error("inner") }));
console.log(new Error("outer", { cause: "string cause" }));
console.log(new Error("outer", { cause: { obj: 1 } }));
console.log(new Error("outer", { cause: 42 }));
console.log(new Error("l1", { cause: new Error("l2", { cause: new Error("l3") }) }));
const circ = new Error("circ"); circ.cause = circ; console.log(circ);
const ca = new Error("a"); const cb = new Error("b", { cause: ca }); ca.cause = cb; console.log(ca);
console.log(new AggregateError([new Error("one"), new TypeError("two")], "many"));
console.log(new AggregateError([], "none"));
console.log(new AggregateError([1, "str"], "prims"));
const noStack = new Error("no stack"); noStack.stack = undefined; console.log(noStack);
const strStack = new Error("x"); strStack.stack = "custom stack string"; console.log(strStack);
const nameChanged = new Error("msg"); nameChanged.name = "CustomName"; console.log(nameChanged);
class MyError extends Error { constructor(m) { super(m); this.name = "MyError"; this.extra = 1; } }
console.log(new MyError("mine"));
class MyError2 extends Error {} console.log(new MyError2("two"));
console.log({ err: new Error("nested") });
console.log([new Error("in array")]);
console.log(new Error("multi\nline\nmessage"));
const objErr = Object.create(Error.prototype); console.log(objErr);
console.log(Error.prototype);
console.log(Object.assign(new Error("assign"), { details: { a: [1, 2] } }));
const e4 = new Error("e4"); e4.stack = e4.stack.split("\n")[0]; console.log(e4);
console.log(new DOMException("dom msg", "AbortError"));
const thrower = new Error("getter"); Object.defineProperty(thrower, "bad", { get() { throw new Error("x"); }, enumerable: true }); console.log(thrower);
try { null.x; } catch (e) { console.log(e); }
try { undefinedVariable; } catch (e) { console.log(e); }
try { JSON.parse("{"); } catch (e) { console.log(e.message); }
console.error(new Error("to stderr"));
console.log("%s", new Error("with %s"));
console.log("%o", new Error("with %o"));
console.log(new Error("a", { cause: undefined }));
const ec = new Error("cause null"); ec.cause = null; console.log(ec);
console.log(new AggregateError([new Error("inner", { cause: new Error("deep") })], "agg"));

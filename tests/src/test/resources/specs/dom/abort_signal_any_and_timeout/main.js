const a = new AbortController();
const b = new AbortController();
const any = AbortSignal.any([a.signal, b.signal]);
const nested = AbortSignal.any([any]);
any.onabort = () => console.log("any aborted", any.reason);
nested.onabort = () => console.log("nested aborted", nested.reason);
a.signal.onabort = () => console.log("a aborted");
b.abort("from b");
a.abort("from a");
console.log(a.signal.reason, any.reason, nested.reason);

console.log(AbortSignal.any([]).aborted, AbortSignal.any([AbortSignal.abort("early")]).reason);

let order = "";
for (const value of ["1", "2", "3"]) {
  AbortSignal.timeout(5).onabort = () => { order += value; };
}
const last = AbortSignal.timeout(5);
console.log(last.aborted);
last.onabort = () => {
  console.log(order, last.reason.name, last.reason instanceof DOMException, last.reason.code);
};
setTimeout(() => console.log(last.reason.message), 20);

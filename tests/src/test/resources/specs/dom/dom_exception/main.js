const e = new DOMException("The operation was aborted.", "AbortError");
console.log(e.name, e.message, e.code);
console.log(e instanceof DOMException, e instanceof Error, Object.getPrototypeOf(DOMException.prototype) === Error.prototype);
console.log(Object.prototype.toString.call(e), String(e));
console.log(typeof e.stack, e.stack.split("\n")[0]);
console.log(Object.hasOwn(e, "name"), Object.hasOwn(e, "message"));

const plain = new DOMException();
console.log(JSON.stringify(plain.name), JSON.stringify(plain.message), plain.code);
console.log(new DOMException("m", "NotFoundError").code, new DOMException("m", "NoSuchName").code);
console.log(new DOMException("m", "ValidationError").code, new DOMException("m", "DataCloneError").code);
console.log(new DOMException(null, undefined).message, new DOMException({ toString: () => "custom" }).message);

console.log(DOMException.INDEX_SIZE_ERR, DOMException.DATA_CLONE_ERR, e.TIMEOUT_ERR, DOMException.prototype.ABORT_ERR);
const constant = Object.getOwnPropertyDescriptor(DOMException, "NETWORK_ERR");
console.log(constant.value, constant.writable, constant.enumerable, constant.configurable);

for (const name of ["name", "message", "code"]) {
  try {
    Object.getOwnPropertyDescriptor(DOMException.prototype, name).get.call({});
  } catch (error) {
    console.log(name, error.constructor.name, error.message);
  }
}
try {
  DOMException("x");
} catch (error) {
  console.log(error.constructor.name);
}

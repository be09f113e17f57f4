function attempt(what, f) {
  try {
    console.log(what, f());
  } catch (error) {
    console.log(what, `${error.name}: ${error.message}`);
  }
}
function attemptName(what, f) {
  try {
    console.log(what, f());
  } catch (error) {
    console.log(what, error.name);
  }
}
attempt("bad label", () => new TextDecoder("utf-9"));
attempt("replacement", () => new TextDecoder("iso-2022-kr"));
attempt("empty label", () => new TextDecoder(""));
attempt("null label", () => new TextDecoder(null));
attempt("options not a dictionary", () => new TextDecoder("utf-8", 5));
attempt("decode on a plain object", () => TextDecoder.prototype.decode.call({}, new Uint8Array(1)));
attempt("encoding getter on a plain object", () => Object.getOwnPropertyDescriptor(TextDecoder.prototype, "encoding").get.call({}));
attempt("encode on a plain object", () => TextEncoder.prototype.encode.call({}, "x"));
attempt("call without new", () => TextDecoder());
attemptName("decode a number", () => new TextDecoder().decode(5));
attemptName("decode a string", () => new TextDecoder().decode("abc"));
attemptName("encodeInto a Uint16Array", () => new TextEncoder().encodeInto("a", new Uint16Array(2)));
attemptName("encodeInto without destination", () => new TextEncoder().encodeInto("a"));
attemptName("fatal utf-8", () => new TextDecoder("utf-8", { fatal: true }).decode(new Uint8Array([0xc3])));
attemptName("fatal utf-16le", () => new TextDecoder("utf-16le", { fatal: true }).decode(new Uint8Array([0x00, 0xdc])));
attemptName("symbol label", () => new TextDecoder(Symbol("x")));
attempt("label via toString", () => new TextDecoder({ toString() { return "latin2"; } }).encoding);
attempt("fatal getter", () => new TextDecoder("utf-8", { fatal: 1, ignoreBOM: "" }).fatal);
// Tampering with built-ins does not break decoding.
const fromCharCode = String.fromCharCode;
String.fromCharCode = () => "broken";
Array.prototype.push = () => { throw new Error("broken"); };
attempt("after tampering", () => new TextDecoder("shift_jis").decode(new Uint8Array([0x82, 0xa0])) + new TextDecoder().decode(new TextEncoder().encode("ok")));
String.fromCharCode = fromCharCode;

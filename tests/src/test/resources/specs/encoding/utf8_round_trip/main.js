const encoder = new TextEncoder();
const decoder = new TextDecoder();
const hex = (bytes) => Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join(" ");
console.log(encoder.encoding, decoder.encoding, decoder.fatal, decoder.ignoreBOM);
for (const s of ["", "hello", "é€😀", "a\uD800b", "\uDC00", "x\uD83D"]) {
  const bytes = encoder.encode(s);
  console.log(JSON.stringify(s), bytes instanceof Uint8Array, hex(bytes), JSON.stringify(decoder.decode(bytes)));
}
console.log(hex(encoder.encode()), hex(encoder.encode(undefined)), hex(encoder.encode(null)), hex(encoder.encode(12)));

// Malformed UTF-8 gives one U+FFFD per maximal subpart.
const cases = [[0xff], [0xc0, 0x80], [0xe0, 0x80, 0x80], [0xed, 0xa0, 0x80], [0xf0, 0x90, 0x41], [0xf4, 0x90, 0x80, 0x80], [0xe2, 0x82]];
for (const c of cases) {
  console.log(hex(c), JSON.stringify(decoder.decode(new Uint8Array(c))));
}

// encodeInto stops before a character that does not fit.
const dest = new Uint8Array(5);
console.log(encoder.encodeInto("a€😀", dest), hex(dest));
console.log(encoder.encodeInto("\uD800z", new Uint8Array(10)));
console.log(encoder.encodeInto("", new Uint8Array(0)));

// Every kind of buffer source decodes.
const data = encoder.encode("héllo wörld");
console.log(decoder.decode(data.buffer), decoder.decode(new DataView(data.buffer, 1, 4)), decoder.decode(data.subarray(7)));
console.log(decoder.decode(new Uint16Array(data.buffer.slice(0, 6))), decoder.decode(new Int8Array(data.buffer, 0, 3)));
console.log(JSON.stringify(decoder.decode()), JSON.stringify(decoder.decode(undefined)));

// A large string goes through.
const big = "abc€😀".repeat(100000);
console.log(decoder.decode(encoder.encode(big)) === big, encoder.encode(big).length);

const points = (s) => Array.from(s, (c) => "U+" + c.codePointAt(0).toString(16).toUpperCase().padStart(4, "0")).join(" ");
// Split a byte sequence at every position: the result does not change.
const samples = {
  "utf-8": [0xef, 0xbb, 0xbf, 0x41, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80, 0xff],
  "utf-16le": [0xff, 0xfe, 0x41, 0x00, 0x3d, 0xd8, 0x00, 0xde],
  "shift_jis": [0x41, 0x82, 0xa0, 0x93, 0xfa],
  "gb18030": [0x41, 0x81, 0x30, 0x81, 0x30, 0xc4, 0xe3],
  "iso-2022-jp": [0x1b, 0x24, 0x42, 0x30, 0x21, 0x1b, 0x28, 0x42, 0x42],
  "big5": [0x88, 0x62, 0xa4, 0x40],
};
for (const [label, list] of Object.entries(samples)) {
  const bytes = new Uint8Array(list);
  const results = new Set();
  for (let split = 0; split <= bytes.length; split++) {
    const decoder = new TextDecoder(label);
    results.add(decoder.decode(bytes.subarray(0, split), { stream: true }) + decoder.decode(bytes.subarray(split)));
  }
  console.log(label, results.size, points([...results][0]));
}
// One byte at a time.
const decoder = new TextDecoder();
let out = "";
for (const b of new TextEncoder().encode("a€😀b")) out += decoder.decode(new Uint8Array([b]), { stream: true });
out += decoder.decode();
console.log(out);
// An incomplete sequence at the end of a flushing call becomes U+FFFD; the next call starts afresh.
const d2 = new TextDecoder();
console.log(points(d2.decode(new Uint8Array([0xe2, 0x82]), { stream: true })), points(d2.decode()), points(d2.decode(new Uint8Array([0x41]))));
// Byte order marks: stripped once per stream unless ignoreBOM; another encoding's BOM is kept.
console.log(points(new TextDecoder().decode(new Uint8Array([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, 0x41]))));
console.log(points(new TextDecoder("utf-8", { ignoreBOM: true }).decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))));
console.log(points(new TextDecoder("utf-16be").decode(new Uint8Array([0xfe, 0xff, 0x00, 0x41]))));
console.log(points(new TextDecoder("utf-16le").decode(new Uint8Array([0xfe, 0xff, 0x00, 0x41]))));
console.log(points(new TextDecoder("utf-8").decode(new Uint8Array([0xff, 0xfe, 0x41, 0x00]))));
const d3 = new TextDecoder();
console.log(points(d3.decode(new Uint8Array([0xef, 0xbb]), { stream: true }) + "|" + d3.decode(new Uint8Array([0xbf, 0x41]), { stream: true }) + "|" + d3.decode(new Uint8Array([0xef, 0xbb, 0xbf]))));
// fatal streaming: an error resets the decoder.
const d4 = new TextDecoder("utf-8", { fatal: true });
try { d4.decode(new Uint8Array([0xe2, 0x82, 0x41]), { stream: true }); } catch (e) { console.log(e.name); }
console.log(d4.decode(new Uint8Array([0x41])));

// Blob: parts of every kind, type normalization, endings, slicing with clamping, reading.
const blob = new Blob(["héllo ", new Uint8Array([0x77, 0x6f]).buffer, new Uint16Array([0x6c72]), new DataView(new Uint8Array([0x64]).buffer)], { type: "Text/Plain;Charset=UTF-8" });
console.log(blob);
console.log(blob.size, blob.type, String(blob), blob instanceof Blob);
console.log(await blob.text());
console.log(await blob.bytes());
console.log(new Uint8Array(await blob.arrayBuffer()).length);

// Slices: negative offsets count from the end, values are clamped, half-way values round to even.
const abc = new Blob(["abcdef"]);
for (const args of [[], [2], [-2], [1, -1], [4, 2], [-100, 100], [1.5, 3.5], [2.5], [NaN, "3"], [0, 3, "IMAGE/PNG"], [0, 3, "é"]]) {
  const slice = abc.slice(...args);
  console.log(JSON.stringify(args), slice.size, JSON.stringify(slice.type), JSON.stringify(await slice.text()));
}
// A slice of a slice, across parts.
const parts = new Blob(["ab", new Blob(["cd", "ef"]), "gh"]);
console.log(await parts.slice(1, 7).slice(1, 4).text());

// Types: characters outside U+0020-U+007E give "", others are lowercased.
for (const type of ["A/B", "a\tb", "ü/x", " x ", "x\u007f"]) {
  console.log(JSON.stringify(type), JSON.stringify(new Blob([], { type }).type));
}

// Line endings: "transparent" keeps them, "native" turns each into the platform's ("\n" here).
console.log(JSON.stringify(await new Blob(["a\r\nb\rc\n"]).text()), JSON.stringify(await new Blob(["a\r\nb\rc\n"], { endings: "native" }).text()));

// Strings are USVStrings: a lone surrogate becomes U+FFFD; invalid UTF-8 reads back as U+FFFD.
console.log(new Blob(["\uD800"]).size, JSON.stringify(await new Blob([new Uint8Array([0xff, 0x61])]).text()));

// Other values become strings; any iterable is a sequence.
console.log(await new Blob([1, null, undefined, { toString: () => "x" }, [1, 2]]).text());
console.log(await new Blob(new Set(["s", "e", "t"])).text());

// The bytes are copied when the Blob is made: changing the source later changes nothing.
const source = new Uint8Array([1, 2, 3]);
const copied = new Blob([source]);
source[0] = 9;
console.log(await copied.bytes());

// The interface's shape.
console.log(Blob.length, Blob.name, Object.keys(Blob.prototype), Object.prototype.toString.call(Blob.prototype));
console.log(Blob.prototype.slice.length, "stream" in Blob.prototype);
// The console shows the prototypes' attributes as getters (reading them there throws).
console.log(Blob.prototype, File.prototype);

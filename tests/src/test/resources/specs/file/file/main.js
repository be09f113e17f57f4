// File: a Blob with a name and a modification time.
const file = new File(["ab", new Blob(["cd"])], "notes/a.txt", { type: "TEXT/PLAIN", lastModified: 42 });
console.log(file);
console.log(file.name, file.size, file.type, file.lastModified, file instanceof Blob, file instanceof File, String(file));
console.log(await file.text());

// lastModified defaults to now; it is a WebIDL long long (truncated, NaN is 0).
const before = Date.now();
const now = new File([], "x").lastModified;
console.log(now >= before && now <= Date.now());
console.log(new File([], "x", { lastModified: 12.9 }).lastModified, new File([], "x", { lastModified: -1.5 }).lastModified, new File([], "x", { lastModified: NaN }).lastModified);

// The name is a USVString, kept as given ("/" included).
console.log(JSON.stringify(new File([], "a/b\uD800").name), new File([], null).name);

// A slice of a File is a Blob.
const slice = file.slice(1, 3);
console.log(slice, slice instanceof File);

console.log(File.length, File.name, Object.getPrototypeOf(File) === Blob, Object.keys(File.prototype));
console.log("webkitRelativePath" in file);

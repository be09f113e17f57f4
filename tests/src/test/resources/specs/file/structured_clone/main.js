// Blob and File are [Serializable]: structuredClone copies them, inside other values too.
const blob = new Blob(["foo"], { type: "text/x-bar" });
const copy = structuredClone(blob);
console.log(copy, copy !== blob, copy instanceof Blob, copy instanceof File, await copy.text());

const file = new File(["bar"], "name.txt", { type: "text/plain", lastModified: 42 });
const fileCopy = structuredClone(file);
console.log(fileCopy, fileCopy instanceof File, fileCopy.name, fileCopy.lastModified, await fileCopy.text());

// Shared references stay shared; a slice is its own Blob.
const graph = structuredClone({ a: blob, b: blob, c: blob.slice(1), list: [file] });
console.log(graph.a === graph.b, graph.a !== graph.c, await graph.c.text(), graph.list[0].name);


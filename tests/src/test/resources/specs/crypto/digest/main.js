const hex = (buffer) => Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, "0")).join("");
const abc = new Uint8Array([97, 98, 99]);
for (const algorithm of ["SHA-1", "sha-256", { name: "Sha-384" }, { name: "SHA-512" }]) {
  const digest = await crypto.subtle.digest(algorithm, abc);
  console.log(digest instanceof ArrayBuffer, digest.byteLength, hex(digest).slice(0, 16));
}
console.log(hex(await crypto.subtle.digest("SHA-256", abc.buffer)));
console.log(hex(await crypto.subtle.digest("SHA-256", new DataView(abc.buffer, 1, 2))));
console.log(hex(await crypto.subtle.digest("SHA-256", new Uint8Array(0))));
for (const [algorithm, data] of [["MD5", abc], [{}, abc], ["SHA-256", "abc"]]) {
  try {
    await crypto.subtle.digest(algorithm, data);
  } catch (e) {
    console.log(e.name);
  }
}

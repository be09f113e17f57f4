const meta = __ionImportMeta(import.meta);
try {
  await __ionImport("./data.json", undefined, meta);
} catch (e) {
  console.log(e.constructor.name);
}
const ok = await __ionImport("./data.json", { with: { type: "json" } }, meta);
console.log(ok.default.n);

try {
  await import("./data.json");
} catch (e) {
  console.log(e.constructor.name);
}
const ok = await import("./data.json", { with: { type: "json" } });
console.log(ok.default.n);

// URLSearchParams: parsing, serialization, every method, sorting and iteration.
const p = new URLSearchParams("?a=1&b=%20x+y&c&=empty&a=2&%F0%9F%98%80=%zz");
console.log([...p]);
console.log(p.toString(), p.size);
console.log(p.get("a"), p.get("missing"), p.getAll("a"), p.has("c"), p.has("a", "2"), p.has("a", "3"));
p.set("a", "only");
p.delete("b", "nope");
p.delete("c");
console.log(p.toString());
const s = new URLSearchParams("z=1&b=2&a=3&b=1&\u{1F600}=x&\uFB01=y&a=0");
s.sort();
console.log(s.toString());
console.log([...s.keys()], [...s.values()]);
for (const [k, v] of s.entries()) if (k === "a") console.log(k, v);
s.forEach(function (value, key, params) {
  if (key === "z") console.log(this.tag, value, key, params === s);
}, { tag: "this" });
console.log(new URLSearchParams({ x: "1", y: 2 }).toString());
console.log(new URLSearchParams([["k", "v"], new Set(["s", "t"])]).toString());
console.log(new URLSearchParams(new URLSearchParams("copy=1")).toString());
console.log(new URLSearchParams("~!'()*-._ \u00e9").toString());
const live = new URLSearchParams("a=1&b=2&c=3");
const it = live.keys();
console.log(it.next().value);
live.delete("a");
console.log(it.next().value, it.next().done);
console.log(Object.prototype.toString.call(it), Object.prototype.toString.call(live));

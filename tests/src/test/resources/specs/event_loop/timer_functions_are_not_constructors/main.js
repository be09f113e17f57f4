// WebIDL operations are not constructors. Deno agrees for the timer functions but lets
// `new queueMicrotask(f)` through; this follows WebIDL (and browsers) there.
for (const f of [setTimeout, setInterval, clearTimeout, clearInterval, queueMicrotask]) {
  let result;
  try {
    new f(() => {}, 1_000_000);
    result = "constructed";
  } catch (e) {
    result = e.name;
  }
  console.log(`new ${f.name}() ->`, result);
}
console.log("lengths", setTimeout.length, setInterval.length, clearTimeout.length, clearInterval.length, queueMicrotask.length);

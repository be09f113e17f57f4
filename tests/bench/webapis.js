// Micro-benchmarks of Web APIs, run as is by Ion and by Deno (tests/bench/webapis.sh prints the table).
// Each measure is the median of its rounds, in milliseconds per round. The results go to stderr as JSON, since what
// console.log prints in its measure goes to stdout (/dev/null under webapis.sh).
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function measure(rounds, body) {
  for (let i = 0; i < 3; i++) body();
  const times = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    body();
    times.push(performance.now() - start);
  }
  return median(times);
}

const urls = [];
for (let i = 0; i < 10_000; i++) {
  urls.push(`https://user:pw@sub${i % 50}.example.com:8080/a/b/../c${i}/./d?q=${i}&x=%20y#frag${i}`);
}
const text = "Ion runs JavaScript on the JVM. ".repeat(1 << 15); // 1 MiB of ASCII
const big = { items: [] };
for (let i = 0; i < 10_000; i++) {
  big.items.push({ id: i, name: `item ${i}`, tags: ["a", "b"], when: new Date(0), nested: { ok: true, n: i / 3 } });
}
const encoder = new TextEncoder();
const patternStrings = [];
for (let i = 0; i < 1_000; i++) patternStrings.push(`https://*.example${i}.com/books/:id(\\d+)/:section?{/*}?`);
const route = new URLPattern({ hostname: "{:sub.}?example.com", pathname: "/c:n/:rest*" });
// What console.log prints of this is 0.9 MB: 5,000 records of nested objects, arrays and dates.
const logged = {};
for (let i = 0; i < 5_000; i++) {
  logged[`record${i}`] = {
    id: i, name: `item ${i}`, tags: ["a", "b"], when: new Date(0), nested: { ok: true, n: i / 3, list: [i, i + 1] },
  };
}

const results = {
  "new URL() × 10,000": measure(15, () => { for (const u of urls) new URL(u); }),
  "TextEncoder.encode(1 MiB)": measure(15, () => encoder.encode(text)),
  "structuredClone(10,000 records, ~1 MB)": measure(15, () => structuredClone(big)),
  "new URLPattern() × 1,000": measure(15, () => { for (const p of patternStrings) new URLPattern(p); }),
  "URLPattern.exec() × 10,000": measure(15, () => { for (const u of urls) route.exec(u); }),
  "console.log(5,000 records, 0.9 MB printed) to /dev/null": measure(15, () => console.log(logged)),
};

// Messages are delivered as tasks, so these measures wait for the last one.
async function measureAsync(rounds, body) {
  for (let i = 0; i < 3; i++) await body();
  const times = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    await body();
    times.push(performance.now() - start);
  }
  return median(times);
}
const channel = new MessageChannel();
const burst = (n) => new Promise((resolve) => {
  let left = n;
  channel.port1.onmessage = () => { if (--left === 0) resolve(); };
  for (let i = 0; i < n; i++) channel.port2.postMessage({ i, s: "x" });
});
const pingPong = (n) => new Promise((resolve) => {
  let left = n;
  channel.port2.onmessage = (e) => channel.port2.postMessage(e.data);
  channel.port1.onmessage = (e) => { if (--left === 0) resolve(); else channel.port1.postMessage(e.data); };
  channel.port1.postMessage(0);
});
results["MessagePort: 10,000 messages posted, then received"] = await measureAsync(15, () => burst(10_000));
results["MessagePort: 1,000 round trips"] = await measureAsync(15, () => pingPong(1_000));
channel.port1.close();
channel.port2.close();
console.error(JSON.stringify(results));

const start = performance.mark("start", { detail: { step: 1 } });
console.log(start instanceof PerformanceMark, start instanceof PerformanceEntry, start.name, start.entryType, start.duration);
console.log(start.detail);
const early = performance.mark("early", { startTime: 1 });
console.log(early.startTime);
const m1 = performance.measure("from start", "start");
console.log(m1 instanceof PerformanceMeasure, m1.entryType, m1.startTime === start.startTime, m1.duration >= 0);
const m2 = performance.measure("explicit", { start: 2, end: 10, detail: "d" });
console.log(m2.startTime, m2.duration, m2.detail);
const m3 = performance.measure("duration", { start: "early", duration: 5 });
console.log(m3.startTime, m3.duration);
console.log(performance.getEntries().map((e) => e.name));
console.log(performance.getEntriesByType("mark").map((e) => e.name));
console.log(performance.getEntriesByName("explicit", "measure").length);
performance.clearMarks("early");
console.log(performance.getEntriesByType("mark").map((e) => e.name));
performance.clearMeasures();
console.log(performance.getEntriesByType("measure").length);
console.log(JSON.stringify(m2.toJSON()));
try {
  performance.measure("missing", "no such mark");
} catch (e) {
  console.log(e.name, e.message);
}
try {
  performance.mark("negative", { startTime: -1 });
} catch (e) {
  console.log(e.name, e.message);
}
try {
  performance.measure("bad", { start: 1 }, "start");
} catch (e) {
  console.log(e.name);
}
try {
  new PerformanceEntry();
} catch (e) {
  console.log(e.name, e.message);
}
try {
  performance.mark();
} catch (e) {
  console.log(e.name, e.message);
}

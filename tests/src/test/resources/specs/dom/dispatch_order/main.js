// Listeners run in registration order, with `this` the current target (or the listener object).
const target = new EventTarget();
const log = [];
target.addEventListener("ping", () => log.push("first"));
target.addEventListener("ping", () => log.push("second"), { capture: false });
target.addEventListener("ping", { handleEvent(e) { log.push(`object ${this !== target} ${e.currentTarget === target}`); } });
target.addEventListener("ping", function (e) { log.push(`this is target: ${this === target}, phase ${e.eventPhase}`); });
console.log(target.dispatchEvent(new Event("ping")));
console.log(log.join("\n"));

// The same (type, callback, capture) is added once; once-listeners go after their first call.
const counts = { plain: 0, once: 0 };
const plain = () => counts.plain++;
const t2 = new EventTarget();
t2.addEventListener("x", plain);
t2.addEventListener("x", plain);
t2.addEventListener("x", () => counts.once++, { once: true });
t2.dispatchEvent(new Event("x"));
t2.dispatchEvent(new Event("x"));
console.log(counts);
t2.removeEventListener("x", plain);
t2.dispatchEvent(new Event("x"));
console.log(counts);

// stopImmediatePropagation skips the rest; a listener removed during dispatch does not run.
const t3 = new EventTarget();
const later = () => console.log("never");
t3.addEventListener("y", () => { console.log("first"); t3.removeEventListener("y", later); });
t3.addEventListener("y", later);
t3.addEventListener("y", (e) => { console.log("third"); e.stopImmediatePropagation(); });
t3.addEventListener("y", () => console.log("never either"));
t3.dispatchEvent(new Event("y"));

// preventDefault works only on cancelable events and outside passive listeners.
const t4 = new EventTarget();
t4.addEventListener("z", (e) => e.preventDefault());
console.log(t4.dispatchEvent(new Event("z")), t4.dispatchEvent(new Event("z", { cancelable: true })));
const t5 = new EventTarget();
t5.addEventListener("z", (e) => e.preventDefault(), { passive: true });
console.log(t5.dispatchEvent(new Event("z", { cancelable: true })));

// After dispatch: target stays, currentTarget and eventPhase are reset.
const event = new Event("w", { bubbles: true });
t5.dispatchEvent(event);
console.log(event.target === t5, event.currentTarget, event.eventPhase, event.bubbles, event.isTrusted);

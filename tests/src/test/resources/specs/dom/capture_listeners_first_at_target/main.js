// DOM "dispatch" at the target: the capturing pass runs capture listeners, then the bubbling pass runs
// the others (https://dom.spec.whatwg.org/#concept-event-dispatch, as in browsers since 2021).
// Deno 2.5 still runs them all in registration order.
const target = new EventTarget();
const log = [];
target.addEventListener("ping", (e) => log.push(`bubble 1 (phase ${e.eventPhase})`));
target.addEventListener("ping", (e) => log.push(`capture 1 (phase ${e.eventPhase})`), true);
target.addEventListener("ping", () => log.push("bubble 2"), { capture: false });
target.addEventListener("ping", () => log.push("capture 2"), { capture: true });
target.dispatchEvent(new Event("ping"));
console.log(log.join("\n"));

console.log(globalThis instanceof EventTarget, typeof addEventListener, typeof removeEventListener, typeof dispatchEvent);
const listener = (e) => console.log("global got", e.type, e.detail, e.target === globalThis, e.currentTarget === globalThis);
addEventListener("hello", listener);
dispatchEvent(new CustomEvent("hello", { detail: { n: 1 } }));
globalThis.dispatchEvent(new CustomEvent("hello", { detail: "again" }));
removeEventListener("hello", listener);
console.log(dispatchEvent(new Event("hello")));

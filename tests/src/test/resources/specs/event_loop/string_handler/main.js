// HTML (and Deno) compile a string handler as global code when the timer fires.
globalThis.counter = 0;
setTimeout("counter += 1; console.log('string handler, counter =', counter)", 0);
// It runs as a global script: it sees globals, not this module's bindings.
const moduleLocal = "module scope";
setTimeout("console.log('string handler sees:', typeof counter, typeof moduleLocal)", 1);
// Not a function and not a string: converted with ToString when the timer is set.
const handler = { toString() { console.log("toString called while setting"); return "console.log('from toString')"; } };
setTimeout(handler, 2);
// The string is compiled on each run, after `iv` is assigned.
globalThis.iv = setInterval("counter += 10; if (counter > 30) clearInterval(iv); console.log('interval string', counter)", 3);
console.log("set");

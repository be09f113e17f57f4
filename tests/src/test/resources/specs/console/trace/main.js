console.trace();
console.trace("with %s", "format", { o: 1 });
function inner() { console.trace("from inner"); }
function outer() { inner(); }
outer();
console.trace({ obj: 1 }, [2]);

console.assert(true, "not shown");
console.assert(false);
console.assert(false, "message %s", "fmt");
console.assert(false, { obj: 1 });
console.assert(0, "zero", 1, 2);
console.assert("", "empty string");
console.assert();
console.assert(false, 123);
console.assert(null, "%d items", 3);

console.log(String(console), Object.prototype.toString.call(console));
console.log(console.log.name, console.log.length, console.table.length, console.assert.length);
const { log } = console; log("detached log");

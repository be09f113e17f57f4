console.log(self === globalThis, typeof navigator, navigator instanceof Navigator);
console.log(/^Ion\/\d+\.\d+\.\d+/.test(navigator.userAgent));
console.log(Number.isInteger(navigator.hardwareConcurrency) && navigator.hardwareConcurrency > 0);
console.log(Object.prototype.toString.call(navigator));

console.log(typeof reportError, reportError.length);
reportError(new TypeError("reported error"));
console.log("not reached");

console.log("start");
throw new TypeError("boom");

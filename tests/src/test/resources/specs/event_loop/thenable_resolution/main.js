// Resolving with a thenable costs an extra job (NewPromiseResolveThenableJob), so it loses
// races against plain values.
const thenable = {
  then(resolve) {
    console.log("thenable.then called");
    resolve("thenable value");
  },
};
Promise.resolve(thenable).then((v) => console.log("resolved with", v));
Promise.resolve("plain value").then((v) => console.log("resolved with", v));
new Promise((resolve) => resolve(Promise.resolve("nested promise"))).then((v) => console.log("resolved with", v));
(async () => thenable)().then((v) => console.log("async returned", v));
Promise.resolve()
  .then(() => console.log("tick 1"))
  .then(() => console.log("tick 2"))
  .then(() => console.log("tick 3"))
  .then(() => console.log("tick 4"));
const throwing = { then() { throw new Error("then threw"); } };
Promise.resolve(throwing).catch((e) => console.log("rejected with", e.message));
console.log("sync end");

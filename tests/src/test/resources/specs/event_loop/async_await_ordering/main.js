async function a() {
  console.log("a start");
  await null;
  console.log("a after await 1");
  await b();
  console.log("a after await b");
  return "a done";
}
async function b() {
  console.log("b start");
  await undefined;
  console.log("b after await");
}
Promise.resolve()
  .then(() => console.log("then 1"))
  .then(() => console.log("then 2"))
  .then(() => console.log("then 3"))
  .then(() => console.log("then 4"))
  .then(() => console.log("then 5"));
a().then((v) => console.log(v));
(async () => {
  console.log("iife start");
  await Promise.resolve();
  console.log("iife after resolved promise");
  await new Promise((r) => setTimeout(r, 0));
  console.log("iife after timer");
})();
setTimeout(() => console.log("timeout"), 0);
console.log("sync end");

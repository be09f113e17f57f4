setTimeout(function () {
  console.log("timeout this is globalThis:", this === globalThis);
}, 0);
const id = setInterval(function () {
  console.log("interval this is globalThis:", this === globalThis);
  clearInterval(id);
}, 0);

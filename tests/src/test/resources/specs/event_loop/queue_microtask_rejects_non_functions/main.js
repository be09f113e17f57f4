for (const value of [undefined, null, 1, "console.log('no')", {}]) {
  try {
    queueMicrotask(value);
    console.log("no error for", String(value));
  } catch (e) {
    console.log(e.name, "for", String(value));
  }
}
queueMicrotask(function () {
  console.log("this is undefined:", this === undefined, "arguments:", arguments.length);
});

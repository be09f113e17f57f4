for (const input of ["a", "Zg=", "Zm9v=", "Zg===", "Z@9v", "Zm9v\u00e9"]) {
  try {
    atob(input);
    console.log("no error for", JSON.stringify(input));
  } catch (e) {
    console.log(JSON.stringify(input), e instanceof DOMException, e.name, e.code);
  }
}
try {
  btoa("\u0100");
} catch (e) {
  console.log(e.name, e.message);
}
try {
  atob("*");
} catch (e) {
  console.log(e.name, e.message);
}
try {
  atob();
} catch (e) {
  console.log(e.name, e.message);
}

// URLPattern basics: the interface's shape, typical routing use, exec() results and WebIDL conversions.
console.log(typeof URLPattern, Object.getOwnPropertyDescriptor(globalThis, "URLPattern").enumerable);
console.log(Object.prototype.toString.call(new URLPattern()), URLPattern.prototype[Symbol.toStringTag]);
for (const name of ["protocol", "pathname", "hasRegExpGroups", "test", "exec"]) {
  const d = Object.getOwnPropertyDescriptor(URLPattern.prototype, name);
  console.log(name, d.enumerable, d.configurable, typeof (d.get ?? d.value), (d.get ?? d.value).name);
}

// A router.
const routes = [
  new URLPattern({ pathname: "/books" }),
  new URLPattern({ pathname: "/books/:id(\\d+)" }),
  new URLPattern({ pathname: "/books/:id/:section?" }),
  new URLPattern("https://*.example.com/static/*"),
];
for (const url of ["https://example.com/books", "https://example.com/books/42", "https://example.com/books/x/notes",
  "https://cdn.example.com/static/app.js", "https://example.com/other"]) {
  const index = routes.findIndex((route) => route.test(url));
  const match = index === -1 ? null : routes[index].exec(url);
  console.log(url, index, match && JSON.stringify([match.pathname.groups, match.hostname.groups]));
}

// The pattern's components are normalized pattern strings; console.log shows them.
const pattern = new URLPattern("HTTPS://Example.COM:443/a/./b/../:name{.:ext}?#*");
console.log(pattern);
console.log(pattern.hasRegExpGroups, new URLPattern({ search: "q=(\\d+)" }).hasRegExpGroups);

// exec(): inputs, per-component input and groups; an optional group that did not match is undefined.
const result = new URLPattern({ pathname: "/:a/:b?" }).exec("https://example.com/x");
console.log(result.inputs, result.pathname.input, result.pathname.groups, Object.keys(result.pathname.groups));
console.log(result.protocol.input, result.protocol.groups, result.search.input, result.search.groups);
console.log(new URLPattern({ pathname: "/:a" }).exec("/y", "https://example.com").inputs);
console.log(JSON.stringify(new URLPattern({ pathname: "/:a" }).exec({ pathname: "/z" }).inputs));
console.log(new URLPattern({ pathname: "/:a" }).exec("https://example.com/a/b"));
console.log(new URLPattern({ pathname: "/:a" }).exec("not a url"));

// The two constructor forms: (input, baseURL, options) and (input, options).
console.log(new URLPattern("/:x", "https://example.com/base/").pathname);
console.log(new URLPattern("https://example.com/:x", { ignoreCase: false }).pathname);
console.log(new URLPattern("https://example.com/:x", undefined).pathname);
console.log(new URLPattern(undefined).pathname, new URLPattern(null).pathname);

// WebIDL conversions: the init's members are read once each, in lexicographic order, and converted to strings.
const read = [];
const init = {};
for (const key of ["protocol", "pathname", "baseURL", "hash", "search"]) {
  Object.defineProperty(init, key, { get() { read.push(key); return { toString: () => (key === "baseURL" ? "https://h/" : key === "protocol" ? "https" : "x") }; } });
}
console.log(new URLPattern(init).pathname, read.join(","));
console.log(new URLPattern({ pathname: 42 }).pathname, new URLPattern({ pathname: "/\uD800" }).pathname);

// A URL object is an object, so it converts to a URLPatternInit through its getters.
const fromURL = new URLPattern("https://*.example.com/:a/*").exec(new URL("https://a.example.com/x/y?z#w"));
console.log(fromURL.hostname.groups, fromURL.pathname.groups, fromURL.search.input, fromURL.hash.input);
console.log(new URLPattern(new URL("https://example.com/a?b#c")).pathname);

// Brand checks, and built-ins replaced by user code do not matter.
try {
  Object.create(URLPattern.prototype).test("https://x");
} catch (e) {
  console.log(e.constructor.name, e.message);
}
RegExp.prototype.exec = () => null;
Array.prototype.push = () => 0;
String.prototype.slice = () => "";
console.log(new URLPattern("https://example.com/:p").exec("https://example.com/still").pathname.groups.p);

// User-facing errors of URLPattern: invalid patterns, relative patterns without a base URL, misplaced base
// URLs, wrong receivers and arguments. Deno throws the same TypeErrors with other messages, except for
// [^/], which Deno accepts because it compiles with the u flag where the spec asks for v.
const attempts = [
  () => new URLPattern("/books/:id"),
  () => new URLPattern("/books/:id", "not a url"),
  () => new URLPattern({ pathname: "/books/:id", baseURL: "not a url" }),
  () => new URLPattern({ pathname: "/books" }, "https://example.com"),
  () => new URLPattern({ pathname: "/:id/:id" }),
  () => new URLPattern({ pathname: "/:id(\\d+" }),
  () => new URLPattern({ pathname: "/(?:a)" }),
  () => new URLPattern({ pathname: "/((a))" }),
  () => new URLPattern({ pathname: "/()" }),
  () => new URLPattern({ pathname: "/:" }),
  () => new URLPattern({ pathname: "/a\\" }),
  () => new URLPattern({ pathname: "/{a" }),
  () => new URLPattern({ pathname: "/a}" }),
  () => new URLPattern({ pathname: "/(é)" }),
  () => new URLPattern({ pathname: "/:id([^/]+)" }),
  () => new URLPattern({ pathname: "/(a{)" }),
  () => new URLPattern({ protocol: "ht tp" }),
  () => new URLPattern({ hostname: "*.exa mple.com" }),
  () => new URLPattern({ hostname: "[\\:\\:g]" }),
  () => new URLPattern({ port: "99999" }),
  () => new URLPattern({ port: "80/" }),
  () => new URLPattern("https://example.com", "https://base", 5),
  () => new URLPattern(Symbol("s")),
  () => URLPattern(),
  () => new URLPattern({}).exec({ pathname: "/" }, "https://example.com"),
  () => new URLPattern({}).test({ pathname: "/" }, "https://example.com"),
  () => URLPattern.prototype.test.call({}, "https://example.com"),
  () => Object.getOwnPropertyDescriptor(URLPattern.prototype, "pathname").get.call(new URL("https://x")),
];
for (const attempt of attempts) {
  try {
    attempt();
    console.log("no error");
  } catch (e) {
    console.log(`${e.name}: ${e.message}`);
  }
}

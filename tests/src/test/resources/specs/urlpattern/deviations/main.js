// Where Ion follows the URL Pattern Standard and Deno 2.5.4 does not. Each line says what Deno prints.
const show = (label, f) => {
  try {
    console.log(label, JSON.stringify(f()));
  } catch (e) {
    console.log(label, "throws", e.constructor.name);
  }
};

// Regular expressions get the v flag (Deno: u), so set operations work (Deno throws) and a "/" in a class
// must be escaped (Deno accepts [^/]).
show("v flag, set difference:", () => new URLPattern({ pathname: "/:a([[a-z]--[aeiou]]+)" }).exec({ pathname: "/bcd" }).pathname);
show("v flag, unescaped / in a class:", () => new URLPattern({ pathname: "/:a([^/]+)" }).pathname);
show("v flag, escaped / in a class:", () => new URLPattern({ pathname: "/:a([^\\/]+)" }).exec({ pathname: "/x" }).pathname);

// ignoreCase applies to pathname, search and hash (Deno never matches: false false true).
const ignoring = new URLPattern({ pathname: "/Foo/:id", search: "Q=*", hash: "Top" }, { ignoreCase: true });
show("ignoreCase:", () => [
  ignoring.test({ pathname: "/foo/1", search: "q=2", hash: "TOP" }),
  ignoring.test({ pathname: "/FOO/1", search: "Q=2", hash: "top" }),
  ignoring.test({ pathname: "/Foo/1", search: "Q=2", hash: "Top" }),
]);
show("ignoreCase does not apply to hostnames:", () => new URLPattern({ hostname: "A.com" }, { ignoreCase: true }).hostname);

// A search is canonicalized as in a URL without a scheme: "'" stays (Deno: "%27").
show("search with a quote:", () => new URLPattern({ search: "a='b'" }).search);

// The pathname of a non-special scheme is an opaque path, where "/" is kept (Deno: "%2F*", then no match).
show("non-special pathname:", () => new URLPattern("foo://bar/*").pathname);
show("non-special match:", () => new URLPattern("foo://bar/*").test("foo://bar/baz"));
show("relative to a data: base:", () => new URLPattern("/foo", "data:text/plain,x").pathname);

// A hostname pattern that is not all hostname is an error (Deno keeps "a").
show("hostname a\\:b:", () => new URLPattern({ hostname: "a\\:b" }).hostname);

// test() and exec() take an optional input that defaults to {} (Deno throws a TypeError).
show("test():", () => new URLPattern({ pathname: "/" }).test());
show("exec():", () => new URLPattern({}).exec().pathname);

// Relative pathnames with dot segments (Deno agrees on the pattern and panics on the input).
show("pattern .//*x(.*):", () => new URLPattern({ pathname: ".//*x(.*)" }).pathname);
show("input x/..:", () => new URLPattern({ pathname: "*" }).exec({ pathname: "x/.." }).pathname);

// WebIDL converts the result dictionaries to objects with their members in lexicographic order (Deno: in
// the IDL's order, inputs, protocol, ..., hash and input, groups).
show("exec() result members:", () => Object.keys(new URLPattern({}).exec({})));
show("component result members:", () => Object.keys(new URLPattern({}).exec({}).pathname));

// WebIDL: the overloaded constructor and the optional arguments give length 0 (Deno: 1), and the
// prototype lists the operations before the attributes, as the IDL does.
show("lengths:", () => [URLPattern.length, URLPattern.prototype.test.length, URLPattern.prototype.exec.length]);
show("prototype:", () => Object.getOwnPropertyNames(URLPattern.prototype));

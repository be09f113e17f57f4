// URLPattern conformance corpus: patterns built from the spec's features (named and regexp groups,
// modifiers, wildcards, escapes, hostnames, ports, IPv6, relative patterns with a base URL, invalid
// patterns), each matched against many inputs. Prints each pattern's normalized components (or the
// error class) and, for each input, the exec() result (checked against test()) or "no match".
const cases = [];
const add = (args, inputs) => cases.push({ args, inputs });

// Dictionary inputs have their keys sorted, so the output does not depend on the order they were given in.
function stable(result) {
  if (result === null) return null;
  const inputs = result.inputs.map((i) =>
    typeof i === "string" ? i : Object.fromEntries(Object.keys(i).sort().map((k) => [k, i[k]])));
  return { ...result, inputs };
}

function errorName(f) {
  try {
    return { value: f() };
  } catch (e) {
    return { error: e.constructor.name };
  }
}

// ---- pathname ----
const pathnames = [
  "/foo", "/foo/:bar", "/:a/:b?", "/:a*", "/:a+", "/:a?", "/*", "/foo/*", "/(\\d+)", "/:id(\\d+)", "/{foo}?",
  "{/foo}?bar", "/foo{/:bar}*", "/foo{/:bar}+", "/:a{-:b}?", "/\\:x", "/foo\\*", "/:café", "/*/*", "/**",
  "/(.*)", "/:a(a|b)", "/:a.:b", "/:a\\.:b", "/foo/../bar", "./foo", "foo", "/a b", "/%20", "/ü", "/:a(foo)?/bar",
  "/(a)*", "/{a}+", "/{:a}+", "/:a/:a", "/:a(", "/((a))", "/(?:a)", "/(a(?:b))", "/:0", "/:$a", "/:_a", "{",
  "}", "/foo?", "/foo+", "/foo*", "*", "", "/:a-:b", "/:a:b", "/{:a}{:b}", "/:a(\\d+):b", "/*.html",
  "/:name.:ext", "/books/:id(\\d+)/:title?", "/foo/{bar}", "/{bar}/baz", "{/:a}?{/:b}?", "/\\(x\\)", "/:a\\x",
  "/(foo|bar)/*", "/foo//bar", "/:a//:b", "/\\{a\\}", "/(\\\\d)", "/a\\", "/:", "/(", "/()", "/(?)",
  "/:a(b)c", "{/:a(b)c}?", "/%7Bx", "/x%2F", "/:a{.:b}*", "/{:a}*", "/\\/a", "/(a)\\?", "/:ä", "/:a\u200Cb",
];
const pathInputs = [
  "/foo", "/foo/bar", "/foo/bar/baz", "/", "", "/123", "/abc", "/foo/", "/a-b", "/a.b", "/FOO", "/café",
  "/caf%C3%A9", "/a b", "/foobar", "/x:y", "/foo*", "/a.b.c", "/books/12/title", "/a", "/aa", "/x.html",
];
for (const p of pathnames) add([{ pathname: p }], pathInputs.map((i) => [{ pathname: i }]));

// ---- hostname ----
const hostnames = [
  "example.com", "*.example.com", ":sub.example.com", "{:sub.}?example.com", "{*.}?example.com", "EXAMPLE.com",
  "xn--caf-dma.com", "café.com", "[\\:\\:1]", "[\\:\\:AB\\::num]", "127.0.0.1", "a b", "exa%mple", "*", ":a",
  "(.*)\\.com", "*.com", "{:a.}*com", "[\\:\\:x]", "\\[\\:\\:1\\]", "{[\\:\\:1]}", "a:b", "a/b",
  "foo.*", ":a.:b.:c", "(\\d+).(\\d+).(\\d+).(\\d+)", "0x7f.1", "%41.com", "a#b",
];
const hostInputs = [
  "example.com", "a.example.com", "a.b.example.com", "EXAMPLE.COM", "café.com", "[::1]", "[::ab:1]",
  "127.0.0.1", "example.org", "xn--caf-dma.com", "com", "1.2.3.4", "a b",
];
for (const h of hostnames) add([{ hostname: h }], hostInputs.map((i) => [{ hostname: i }]));

// ---- protocol, port, username, password, search, hash ----
const protocols = ["http", "https", "http{s}?", "(http|https)", "*", ":proto", "HTTP", "ht*", "javascript",
  "a b", "http:", "h(t)+p", "{http}+", "git+ssh", "+", "1http"];
const protocolInputs = ["http", "https", "ftp", "HTTPS", "javascript", "git+ssh", "httpp", "http:"];
for (const p of protocols) add([{ protocol: p }], protocolInputs.map((i) => [{ protocol: i }]));

const ports = ["80", "8080", "443", "(80|8080)", "*", ":p", "8{0}*", "x", "65536", "", "0080", "80\\?", "(\\d+)"];
for (const p of ports) {
  for (const protocol of [undefined, "http", "https", "foo"]) {
    const init = protocol === undefined ? { port: p } : { protocol, port: p };
    add([init], ["80", "8080", "443", "", "0", "x", "65535"].map((port) => [{ protocol: protocol ?? "http", port }]));
  }
}

for (const u of ["user", ":u", "*", "us er", "u@x", "%41", "{user}?"]) {
  add([{ username: u }], ["user", "", "us er", "us%20er", "u@x", "A"].map((i) => [{ username: i }]));
  add([{ password: u }], ["user", "", "us er", "u:p"].map((i) => [{ password: i }]));
}
// (A "'" in a search is left out: see the deviations spec.)
const searches = ["q=1", "*", "q=:v", "a=*&b=*", "?q", "a b", "q=(\\d+)", "", "{a=:a}?", "x#y", "?*"];
for (const s of searches) {
  add([{ search: s }], ["q=1", "?q=1", "q=x", "a=1&b=2", "q", "a b", "", "a=2"].map((i) => [{ search: i }]));
  add([{ hash: s }], ["q=1", "#q=1", "a b", "'", "", "x"].map((i) => [{ hash: i }]));
}
add([{ hash: "'" }], ["'", "%27"].map((i) => [{ hash: i }]));

// ---- constructor strings ----
const urls = [
  "https://example.com/", "https://example.com/foo/bar", "http://example.com:8080/foo?q=1#h",
  "https://a.example.com/x", "https://user:pass@example.com/", "http://[::1]:8080/a", "data:text/plain,hi",
  "javascript:alert(1)", "file:///foo/bar", "https://example.com/foo?bar#baz", "HTTPS://EXAMPLE.COM/FOO",
  "https://example.com:443/", "wss://example.com/socket", "mailto:a@example.com", "https://example.com/caf%C3%A9",
  "https://example.com/a b", "foo://bar/baz", "blob:https://example.com/uuid", "about:blank",
  "https://u:p@h:8080/x", "https://a:b@c:1/d?e#f", "https://[::1]:99/", "https://example.com/?", "http://a/b?c#d?e",
  "file:///C:/x", "a://b:c@d:1/e?f#g", "https://h/%C3%A9", "https://h/5", "https://é.com/",
];
const strings = [
  "https://example.com/foo/*", "https://*.example.com:8080/:p*?q=*#h", "http{s}?://:host/*", "data\\:foo",
  "data:*", "javascript\\:*", "https://user:pass@host/", "https://:user@host", "http://[\\:\\:1]/",
  "http://[\\:\\:1]:8080/*", "https://example.com?*", "https://example.com#*", "https://example.com:443/",
  "http://example.com:80", "file:///foo/*", "blob:*", "about:blank", "mailto:*@example.com",
  "https://example.com/foo\\?bar", "https://example.com/*?", "https://example.com/:a?#x",
  "https://example.com/(.*)", "*://*/*", ":proto://:host/:path*", "https://{:sub.}*example.com",
  "https://example.com", "http://example.com/foo/bar?", "https://example.com/*\\?q", "https://ex{am}?ple.com/",
  "http://*:8080", "http://*:*/*", "https://example.com/:id(\\d+)", "foo://bar", "foo:bar", "foo\\:bar",
  "https://example.com/?", "https://example.com/*#", "http{s}?://{*.}?example.com/*", "(https?)://*",
  "https://example.com:(\\d+)/", "https://[", "https://example.com:99999/", "https://exa mple.com/",
  "https://example.com/{", "http://a@b@c/", "http://:p@host/", "http://u:p@*", "https://*/*?*#*",
  "HTTPS://Example.COM/Foo", "https://example.com/%20", "https://example.com/ü", "https://xn--caf-dma.com",
  "https://user\\:pass@host/", "https://u\\:p@h:8080/x", "https://*:*@*:*/*?*#*", "https://example.com{/foo}?",
  "https://example.com{/foo}?/bar", "http{s}?://{*.}?example.com{/*}?", "https://example.com/foo?bar=:x#:y",
  "https://[\\:\\:1]:(\\d+)/", "https://example.com/(\\?)", "https://example.com/:a(\\?)", "https://example.com:8080{/x}?",
  "https://ex:ample.com/", "https://:h::p/", "http://{a}:80/", "https://example.com/#", "https://example.com/?#",
  "https://example.com/foo#bar?baz", "http://a/b?c#d?e", "file:///C\\:/*", "file://host/x", "a:b/c?d#e",
  "https://{:a}.com", "https://*com", "*:*", "*//", ":a:", "https://h?q", "https://h#x", "{https://h}", "https\\://h",
  "http://h:/", "http://h:{80}?/", "http://h:(8|9)0/", "https://h/:a{(\\d)}?", "ws\\:*", "https://*\\:*@h",
  "https://a@b:c@d/", "https://h/é", "https://h/:été", "https://é.com/", "https://h/%", "https://h/%zz",
];
for (const s of strings) add([s], urls.map((u) => [u]));

// ---- relative patterns with a base URL ----
const bases = ["https://example.com/a/b", "https://example.com:8080/dir/?q#h", "http://u:p@host/x", "data:text/plain,x"];
const relatives = ["/foo", "foo", "../:x", "?q=1", "#h", "/foo/*?*", "", "*", ":a", "./*", "/\\(x\\)"];
for (const base of bases) {
  for (const r of relatives) {
    if (base.startsWith("data:") && r.startsWith("/")) continue;   // see the deviations spec
    add([r, base], [[base], ["https://example.com/foo"], ["/foo", base],
      ["https://example.com/dir/x"], ["q", base], ["https://example.com:8080/foo?q=1#h"]]);
  }
  add([{ pathname: "foo", baseURL: base }], [["https://example.com/a/foo"], [{ pathname: "foo", baseURL: base }]]);
  add([{ search: "q", baseURL: base }], [["https://example.com/a/b?q"], [{ search: "q", baseURL: base }]]);
  add([{ protocol: "http", baseURL: base }], [["http://any/"], [{ hostname: "h", baseURL: base }]]);
  add([{ hostname: "h", baseURL: base }], [["https://h/"], [{ protocol: "https", hostname: "h", baseURL: base }]]);
  add([{ hash: "x", baseURL: base }], [["https://example.com/a/b#x"], [{ username: "u", baseURL: base }]]);
}
add([{ baseURL: "not a url" }], []);
add(["/foo", "not a url"], []);
add(["https://x/"], [["/foo", "not a url"], ["not a url"], [{ baseURL: "no" }], [{ protocol: "a b" }],
  [{ hostname: "a b" }], [{ port: "x" }], [{}], [{ pathname: "/" }, "https://x"]]);

// ---- generated: pattern strings built from random pieces (a fixed-seed generator, the same in every run) ----
let seed = 20251124;
const random = (n) => {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  return (seed >>> 8) % n;
};
const pick = (list) => list[random(list.length)];
const pathPieces = ["/", "/", "/", "a", "b", ":x", ":y", ":z", "(\\d+)", "(a|b)", "*", "?", "+", "{", "}", ".",
  "-", "\\.", "\\*", "\\:", "(.*)", "([a-z]+)", "{/:x}?", "{-:y}*", "{.:z}+", "/*", "x", "(\\d)"];
const inputPieces = ["/", "/", "a", "b", "1", "12", ".", "-", "x", "ab", "/a", "/1"];
for (let n = 0; n < 300; n++) {
  let pattern = "/";   // Deno 2.5.4 panics on some patterns not starting with "/" (such as ".//*x(.*)")
  for (let k = random(6); k > 0; k--) pattern += pick(pathPieces);
  const inputs = [];
  for (let m = 0; m < 8; m++) {
    let input = "/";   // and on some relative inputs (such as "x/..")
    for (let k = random(5); k > 0; k--) input += pick(inputPieces);
    inputs.push([{ pathname: input }]);
  }
  add([{ pathname: pattern }], inputs);
}
// (Not a protocol that matches no special scheme: see the deviations spec.)
const protocolPieces = ["http", "https", "http{s}?", "*", ":p", "(ws|wss)", "(foo|http)", "ht(t)p"];
const hostPieces = ["example.com", "*.example.com", ":h.example.com", "{:sub.}?example.com", "*", ":host",
  "[\\:\\:1]", "127.0.0.1", "ex(a)mple.com", "a-:b.com"];
const portPieces = ["", "", ":8080", ":80", ":443", ":*", ":(\\d+)", ":p"];
const pathPatterns = ["", "/", "/*", "/:a", "/:a/:b?", "/foo/*", "/(\\d+)", "{/:x}*", "/:a+", "/a/b"];
const searchPieces = ["", "", "?*", "?q=:v", "?a=1", "\\?x"];
const hashPieces = ["", "", "#*", "#:h", "#top"];
const urlPieces = ["http://example.com/", "https://a.example.com/foo/12", "ws://example.com:8080/a/b?a=1#top",
  "https://example.com:443/1/2", "foo://example.com/x", "http://[::1]:80/", "https://127.0.0.1/a?q=x#h",
  "wss://b.example.com/foo/bar?q=1", "http://exaaample.com/", "https://a-b.com/"];
for (let n = 0; n < 200; n++) {
  const pattern = `${pick(protocolPieces)}://${pick(hostPieces)}${pick(portPieces)}${pick(pathPatterns)}${
    pick(searchPieces)}${pick(hashPieces)}`;
  const inputs = [];
  for (let m = 0; m < 6; m++) inputs.push([pick(urlPieces)]);
  add([pattern], inputs);
}

// ---- run ----
let line = 0;
for (const { args, inputs } of cases) {
  const made = errorName(() => new URLPattern(...args));
  console.log(`#${line++} new URLPattern(${args.map((a) => JSON.stringify(a)).join(", ")})`);
  if (made.error) {
    console.log(`  throws ${made.error}`);
    continue;
  }
  const p = made.value;
  console.log(`  ${JSON.stringify([p.protocol, p.username, p.password, p.hostname, p.port, p.pathname, p.search, p.hash, p.hasRegExpGroups])}`);
  for (const input of inputs) {
    const tested = errorName(() => p.test(...input));
    const executed = errorName(() => stable(p.exec(...input)));
    const shown = input.map((a) => JSON.stringify(a)).join(", ");
    if (tested.error || executed.error) {
      console.log(`  (${shown}) throws ${tested.error} ${executed.error}`);
    } else if (tested.value !== (executed.value !== null)) {
      console.log(`  (${shown}) test() says ${tested.value} but exec() ${JSON.stringify(executed.value)}`);
    } else if (executed.value === null) {
      console.log(`  (${shown}) no match`);
    } else {
      // Each component as its input and its groups.
      const r = executed.value;
      const components = ["protocol", "username", "password", "hostname", "port", "pathname", "search", "hash"]
        .map((c) => `${r[c].input}${JSON.stringify(r[c].groups)}`);
      console.log(`  (${shown}) ${JSON.stringify(r.inputs)} ${components.join(" ")}`);
    }
  }
}

// URL parsing, serialization, setters and the live searchParams binding.
const u = new URL("HTTPS://user:pa ss@EXAMPLE.com:443/a/./b/../c d?x=1 2#f g");
console.log(u.href);
console.log(u.origin, u.protocol, u.username, u.password, u.host, u.hostname, u.port);
console.log(u.pathname, u.search, u.hash);
console.log(new URL("../x?y#z", "http://h/a/b/c").href);
console.log(new URL("file:///C:/dir/../file").href);
console.log(new URL("http://[0:0:0:0:0:ffff:127.0.0.1]:8080/").host);
console.log(new URL("http://0x7f.1/").hostname, new URL("http://2130706433/").hostname);
console.log(new URL("http://münchen.de/").hostname, new URL("https://ＥＸＡＭＰＬＥ．com/").hostname);
console.log(new URL("blob:https://example.org:8443/uuid").origin, new URL("data:text/plain,hi").origin);
console.log(new URL("non-special://host/p").origin, new URL("sc:opaque path#f").pathname);

u.protocol = "http";
u.hostname = "example.org";
u.port = "8080";
u.pathname = "/new path";
u.search = "?q=é";
u.hash = "top";
u.username = "";
u.password = "";
console.log(u.href);
u.protocol = "file"; // http -> file is not allowed
u.port = "99999";    // out of range: ignored
console.log(u.href);

const p = u.searchParams;
console.log(p === u.searchParams, p.get("q"));
p.append("a b", "c&d");
console.log(u.search);
u.search = "x=1&x=2";
console.log(p.getAll("x"), p.size);
p.delete("x");
console.log(JSON.stringify(u.href), JSON.stringify({ u }));
console.log(URL.canParse("/p"), URL.canParse("/p", "http://h"), URL.parse("nope"), URL.parse("/p", "http://h").href);
console.log(String(new URL("http://h")), `${new URL("ws://h:80/")}`);
console.log(new URL("http://h/p?q#f"));

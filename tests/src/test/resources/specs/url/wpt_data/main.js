// The URL Standard's shared test data (copied from WPT url/resources), checked through URL's API:
// parsing (with origin and searchParams), the setters, domain to ASCII and percent-encoding.
import urltestdata from "./urltestdata.json" with { type: "json" };
import setters from "./setters_tests.json" with { type: "json" };
import toascii from "./toascii.json" with { type: "json" };
import percentEncoding from "./percent-encoding.json" with { type: "json" };

const failures = [];
const check = (what, got, expected) => {
  if (got !== expected) failures.push(`${what}: got ${JSON.stringify(got)}, expected ${JSON.stringify(expected)}`);
};
const KEYS = ["href", "origin", "protocol", "username", "password", "host", "hostname", "port", "pathname",
  "search", "hash"];

let parsing = 0;
for (const t of urltestdata) {
  if (typeof t === "string") continue;
  parsing++;
  const base = t.base ?? undefined;
  const url = URL.parse(t.input, base);
  check(`canParse ${JSON.stringify(t.input)}`, URL.canParse(t.input, base), !t.failure);
  if (t.failure) {
    check(`parse ${JSON.stringify(t.input)}`, url, null);
    continue;
  }
  for (const key of KEYS) if (key in t) check(`${key} of ${JSON.stringify(t.input)}`, url[key], t[key]);
  if ("searchParams" in t) check(`searchParams of ${JSON.stringify(t.input)}`, url.searchParams.toString(), t.searchParams);
}

let setterCases = 0;
for (const [attribute, cases] of Object.entries(setters)) {
  if (attribute === "comment") continue;
  for (const t of cases) {
    setterCases++;
    const url = new URL(t.href);
    url[attribute] = t.new_value;
    for (const [key, value] of Object.entries(t.expected)) {
      check(`${attribute} = ${JSON.stringify(t.new_value)} on ${t.href}: ${key}`, url[key], value);
    }
  }
}

let hosts = 0;
for (const t of toascii) {
  if (typeof t === "string") continue;
  hosts++;
  const url = URL.parse(`https://${t.input}/x`);
  check(`host ${JSON.stringify(t.input)}`, url === null ? null : url.host, t.output);
  const other = new URL("https://x/x");
  other.hostname = t.input;
  check(`hostname = ${JSON.stringify(t.input)}`, other.hostname, t.output === null ? "x" : t.output);
}

let encodings = 0;
for (const t of percentEncoding) {
  if (typeof t === "string") continue;
  encodings++;
  const url = new URL(`https://example.invalid/?${t.input}#${t.input}`);
  check(`query ${JSON.stringify(t.input)}`, url.search, `?${t.output["utf-8"]}`);
  check(`fragment ${JSON.stringify(t.input)}`, url.hash, `#${t.output["utf-8"]}`);
}

console.log(`parsing: ${parsing} cases, setters: ${setterCases} cases, hosts: ${hosts} cases, percent-encoding: ${encodings} cases`);
for (const failure of failures) console.log(`FAIL ${failure}`);
console.log(failures.length === 0 ? "all pass" : `${failures.length} failures`);

// User-facing errors: invalid URLs, missing arguments, wrong receivers, bad initializers.
const attempts = [
  () => new URL("not a url"),
  () => new URL("/relative/path"),
  () => new URL("http://exa mple.com/"),
  () => new URL("/path", "also not a url"),
  () => new URL(),
  () => new URL("http://h").href = "::",
  () => new URLSearchParams().append("a"),
  () => new URLSearchParams().get(),
  () => new URLSearchParams([["a", "b", "c"]]),
  () => new URLSearchParams([1]),
  () => new URLSearchParams().forEach("nope"),
  () => URL.prototype.href,
  () => URLSearchParams.prototype.toString.call(new URL("http://h")),
  () => new URLSearchParams("a").keys().next.call({}),
  () => URL.canParse(),
  () => new URL(Symbol("s")),
];
for (const attempt of attempts) {
  try {
    attempt();
    console.log("no error");
  } catch (e) {
    console.log(`${e.name}: ${e.message}`);
  }
}

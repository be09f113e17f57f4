// An uncaught error prints its chain of causes after its stack, as Deno does: a cause's own stack, or the
// inspected value when the cause is not an error.
setTimeout(() => {
  const root = "not an error";
  const middle = new TypeError("middle", { cause: root });
  throw new Error("outer", { cause: middle });
});

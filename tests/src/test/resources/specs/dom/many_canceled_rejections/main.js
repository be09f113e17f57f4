// Many unhandled rejections whose events are canceled (the process keeps running, as in Deno), then one
// handled late: rejectionhandled still fires for it, after the handler's own microtasks.
addEventListener("unhandledrejection", (e) => e.preventDefault());
addEventListener("rejectionhandled", (e) => console.log("rejectionhandled", e.reason.message));
let rounds = 0;
function round() {
  for (let i = 0; i < 500; i++) Promise.reject(new Error(`ignored ${i}`));
  if (++rounds < 20) {
    setTimeout(round, 0);
    return;
  }
  const late = Promise.reject(new Error("late"));
  setTimeout(() => late.catch(() => console.log("handled late")), 1);
}
round();

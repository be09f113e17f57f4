// HTML: once timers nest more than five levels deep, a timeout below 4 ms becomes 4 ms, for nested
// setTimeout calls and for the repeats of a setInterval alike. Deno does not clamp (it prints
// false three times); this case follows HTML. Only lower bounds on time are checked, so a slow
// machine cannot make it fail.

// A setInterval(0) set at the top level: each repeat nests one level deeper, so runs 1-6 may be
// immediate and then each waits 4 ms: at most 6 + 25 + 1 runs in 100 ms.
const start = Date.now();
let runs = 0;
const id = setInterval(() => {
  runs++;
  if (Date.now() - start >= 100) {
    clearInterval(id);
    console.log("a top-level setInterval(0) ran at most 32 times in 100 ms:", runs <= 32);
    setTimeout(nest, 0);
  }
}, 0);

// 30 nested setTimeout(0): levels 7 to 30 wait at least 4 ms each, 24 * 4 = 96 ms. This chain
// starts inside the interval's task, deep already, so every level is clamped; the bound still holds.
const nestStart = Date.now();
let depth = 0;
function nest() {
  if (++depth < 30) {
    setTimeout(nest, 0);
    return;
  }
  console.log("30 nested setTimeout(0) took at least 90 ms:", Date.now() - nestStart >= 90);
  // A microtask runs outside any timer task, so timers it sets start again at level 0.
  queueMicrotask(chainFromMicrotask);
}

function chainFromMicrotask() {
  const chainStart = Date.now();
  let level = 0;
  const next = () => {
    if (++level < 30) {
      setTimeout(next, 0);
    } else {
      console.log("nested setTimeout(0) from a microtask is clamped too:", Date.now() - chainStart >= 90);
    }
  };
  setTimeout(next, 0);
}

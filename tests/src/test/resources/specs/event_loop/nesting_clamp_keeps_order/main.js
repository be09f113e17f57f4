// After five nested levels a 0 ms timeout is clamped to 4 ms; the chain still runs in order,
// and a timer set outside the chain with a long delay still comes last.
setTimeout(() => console.log("outside, 200 ms"), 200);
let level = 0;
function step() {
  level++;
  console.log(`level ${level}`);
  if (level < 10) setTimeout(step, 0);
}
setTimeout(step, 0);

// Timers fire by deadline, not by the order they were set.
setTimeout(() => console.log("a (60 ms)"), 60);
setTimeout(() => console.log("b (20 ms)"), 20);
setTimeout(() => console.log("c (40 ms)"), 40);
setTimeout(() => console.log("d (0 ms)"), 0);

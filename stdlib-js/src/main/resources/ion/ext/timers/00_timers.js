// HTML timers: https://html.spec.whatwg.org/multipage/timers-and-user-prompts.html#timers
// The map of active timers lives here; Java only knows ids and deadlines.
const {
  op_timer_set_handler: opSetHandler, op_timer_start: opStart, op_timer_cancel: opCancel,
} = ops;
const {
  Map, MapPrototypeGet, MapPrototypeSet, MapPrototypeDelete, ReflectApply, ObjectDefineProperty, String, globalThis,
} = primordials;
const indirectEval = globalThis.eval;

const activeTimers = new Map();
let nextId = 1;
// The nesting level of the timer task running now (0 outside timer tasks).
let currentNesting = 0;

// WebIDL `long`: ToNumber, then ToInt32 (NaN and infinities become 0).
function toLong(value) {
  return value | 0;
}

// "Timer initialization steps": returns the id; `id` is given when an interval repeats.
function initializeTimer(handler, timeout, args, repeat, id) {
  const nesting = currentNesting + 1;
  let delay = timeout < 0 ? 0 : timeout;
  if (nesting > 5 && delay < 4) {
    delay = 4;
  }
  MapPrototypeSet(activeTimers, id, { handler, args, repeat, timeout, nesting });
  opStart(id, delay);
  return id;
}

function fire(id) {
  const timer = MapPrototypeGet(activeTimers, id);
  if (timer === undefined) {
    return;
  }
  currentNesting = timer.nesting;
  try {
    if (typeof timer.handler === "function") {
      ReflectApply(timer.handler, globalThis, timer.args);
    } else {
      indirectEval(timer.handler);
    }
  } finally {
    currentNesting = timer.nesting - 1;
    // clearInterval inside the callback removed it; otherwise repeat or retire it.
    if (MapPrototypeGet(activeTimers, id) === timer) {
      if (timer.repeat) {
        initializeTimer(timer.handler, timer.timeout, timer.args, true, id);
      } else {
        MapPrototypeDelete(activeTimers, id);
      }
    }
    currentNesting = 0;
  }
}
opSetHandler(fire);

function normalizeHandler(handler) {
  return typeof handler === "function" ? handler : String(handler);
}

function setTimeout(handler, timeout = 0, ...args) {
  return initializeTimer(normalizeHandler(handler), toLong(timeout), args, false, nextId++);
}

function setInterval(handler, timeout = 0, ...args) {
  return initializeTimer(normalizeHandler(handler), toLong(timeout), args, true, nextId++);
}

function clearTimer(id = 0) {
  const key = toLong(id);
  if (MapPrototypeDelete(activeTimers, key)) {
    opCancel(key);
  }
}

// clearTimeout and clearInterval share one list of timers, as in HTML.
const clearTimeout = { clearTimeout(id = 0) { clearTimer(id); } }.clearTimeout;
const clearInterval = { clearInterval(id = 0) { clearTimer(id); } }.clearInterval;

for (const [name, fn] of [["setTimeout", setTimeout], ["setInterval", setInterval],
                          ["clearTimeout", clearTimeout], ["clearInterval", clearInterval]]) {
  ObjectDefineProperty(globalThis, name, { value: fn, writable: true, enumerable: true, configurable: true });
}

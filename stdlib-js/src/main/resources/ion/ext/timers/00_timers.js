// HTML timers: https://html.spec.whatwg.org/multipage/timers-and-user-prompts.html#timers
// The map of active timers lives here; Java only knows ids and deadlines.
const {
  Map, MapPrototypeGet, MapPrototypeSet, MapPrototypeDelete, ReflectApply, ObjectDefineProperty, globalThis,
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
  // Steps 5-7: the nesting level is that of the timer task running now (0 outside timer tasks), and
  // past level 5 a timeout below 4 ms becomes 4 ms. The new task runs one level deeper (steps 10-11).
  const nestingLevel = currentNesting;
  let delay = timeout < 0 ? 0 : timeout;
  if (nestingLevel > 5 && delay < 4) {
    delay = 4;
  }
  MapPrototypeSet(activeTimers, id, { handler, args, repeat, timeout, nesting: nestingLevel + 1 });
  ops.op_timer_start(id, delay);
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
  } catch (error) {
    // HTML's "report the exception": the global "error" event first (once the dom extension is there).
    (internals.reportExceptionToGlobal ?? internals.reportException)(error);
  } finally {
    // clearInterval inside the callback removed it; otherwise repeat or retire it. The repeat is part
    // of this task, so each run of an interval nests one level deeper and a 0 ms interval ends up
    // clamped to 4 ms, as in HTML.
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
internals.onContextStart(() => ops.op_timer_set_handler(fire));

// WebIDL TimerHandler: a function, or else a DOMString (a template literal converts like DOMString
// does: a Symbol throws a TypeError, where String(symbol) would not).
function normalizeHandler(handler) {
  return typeof handler === "function" ? handler : `${handler}`;
}

function clearTimer(id) {
  const key = toLong(id);
  if (MapPrototypeDelete(activeTimers, key)) {
    ops.op_timer_cancel(key);
  }
}

// Written as methods because WebIDL operations are not constructors: `new setTimeout(f)` throws.
// clearTimeout and clearInterval share one list of timers, as in HTML.
const { setTimeout, setInterval, clearTimeout, clearInterval } = {
  setTimeout(handler, timeout = 0, ...args) {
    return initializeTimer(normalizeHandler(handler), toLong(timeout), args, false, nextId++);
  },
  setInterval(handler, timeout = 0, ...args) {
    return initializeTimer(normalizeHandler(handler), toLong(timeout), args, true, nextId++);
  },
  clearTimeout(id = 0) {
    clearTimer(id);
  },
  clearInterval(id = 0) {
    clearTimer(id);
  },
};

for (const [name, fn] of [["setTimeout", setTimeout], ["setInterval", setInterval],
                          ["clearTimeout", clearTimeout], ["clearInterval", clearInterval]]) {
  ObjectDefineProperty(globalThis, name, { value: fn, writable: true, enumerable: true, configurable: true });
}

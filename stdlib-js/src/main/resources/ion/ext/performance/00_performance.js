// High Resolution Time: https://w3c.github.io/hr-time/ and User Timing: https://w3c.github.io/user-timing/
const {
  ArrayPrototypeFilter, ArrayPrototypePush, ArrayPrototypeSort, FunctionPrototypeCall, Number, NumberIsFinite,
  ObjectCreate, ObjectDefineProperty, ObjectDefineProperties, ObjectFreeze, String, SymbolToStringTag, TypeError,
  globalThis,
} = primordials;
const { DOMException } = internals;

let timeOrigin;
internals.onContextStart(() => {
  timeOrigin = ops.op_performance_time_origin();
});
const now = () => ops.op_performance_now();

const illegal = Symbol("illegal constructor");

function requireArgs(method, iface, count, present) {
  if (present < count) {
    throw new TypeError(`Failed to execute '${method}' on '${iface}': ${count} argument${count === 1 ? "" : "s"} required, but only ${present} present.`);
  }
}

function toDOMString(value) {
  return `${value}`;
}

// WebIDL `double` / DOMHighResTimeStamp: ToNumber, finite required.
function toDouble(value, what) {
  const n = +value;
  if (!NumberIsFinite(n)) {
    throw new TypeError(`${what} is not a finite floating-point value.`);
  }
  return n;
}

function cloneDetail(detail) {
  if (detail === undefined || detail === null) return null;
  const clone = internals.structuredClone;
  return typeof clone === "function" ? clone(detail) : detail;
}

let checkEntry;
// ---- PerformanceEntry ------------------------------------------------------------------------------
class PerformanceEntry {
  #name;
  #entryType;
  #startTime;
  #duration;

  constructor(key = undefined, name = "", entryType = "", startTime = 0, duration = 0) {
    if (key !== illegal) {
      throw new TypeError("Illegal constructor");
    }
    this.#name = name;
    this.#entryType = entryType;
    this.#startTime = startTime;
    this.#duration = duration;
  }

  static {
    checkEntry = (value, what) => {
      if (value === null || typeof value !== "object" || !(#name in value)) {
        throw new TypeError(`Illegal invocation: '${what}' called on an object that is not a PerformanceEntry.`);
      }
      return value;
    };
  }

  get name() {
    return checkEntry(this, "name").#name;
  }

  get entryType() {
    return checkEntry(this, "entryType").#entryType;
  }

  get startTime() {
    return checkEntry(this, "startTime").#startTime;
  }

  get duration() {
    return checkEntry(this, "duration").#duration;
  }

  toJSON() {
    checkEntry(this, "toJSON");
    return { name: this.#name, entryType: this.#entryType, startTime: this.#startTime, duration: this.#duration };
  }
}

// ---- PerformanceMark -------------------------------------------------------------------------------
class PerformanceMark extends PerformanceEntry {
  #detail;

  constructor(markName, markOptions = undefined) {
    if (new.target === undefined) {
      throw new TypeError("Failed to construct 'PerformanceMark': Please use the 'new' operator.");
    }
    requireArgs("constructor", "PerformanceMark", 1, arguments.length);
    const name = toDOMString(markName);
    if (markOptions !== undefined && markOptions !== null && typeof markOptions !== "object" && typeof markOptions !== "function") {
      throw new TypeError("Failed to construct 'PerformanceMark': The provided value is not of type 'PerformanceMarkOptions'.");
    }
    const options = markOptions ?? {};
    const detail = options.detail;
    const rawStart = options.startTime;
    let startTime;
    if (rawStart !== undefined) {
      startTime = toDouble(rawStart, "Failed to construct 'PerformanceMark': The provided 'startTime'");
      if (startTime < 0) {
        throw new TypeError(`Failed to construct 'PerformanceMark': '${name}' cannot have a negative start time.`);
      }
    } else {
      startTime = now();
    }
    super(illegal, name, "mark", startTime, 0);
    this.#detail = cloneDetail(detail);
  }

  get detail() {
    if (this === null || typeof this !== "object" || !(#detail in this)) {
      throw new TypeError("Illegal invocation: 'detail' called on an object that is not a PerformanceMark.");
    }
    return this.#detail;
  }

  toJSON() {
    if (this === null || typeof this !== "object" || !(#detail in this)) {
      throw new TypeError("Illegal invocation: 'toJSON' called on an object that is not a PerformanceMark.");
    }
    return { name: this.name, entryType: this.entryType, startTime: this.startTime, duration: this.duration, detail: this.#detail };
  }
}

// ---- PerformanceMeasure ----------------------------------------------------------------------------
class PerformanceMeasure extends PerformanceEntry {
  #detail;

  constructor(key = undefined, name = "", startTime = 0, duration = 0, detail = null) {
    if (key !== illegal) {
      throw new TypeError("Illegal constructor");
    }
    super(illegal, name, "measure", startTime, duration);
    this.#detail = detail;
  }

  get detail() {
    if (this === null || typeof this !== "object" || !(#detail in this)) {
      throw new TypeError("Illegal invocation: 'detail' called on an object that is not a PerformanceMeasure.");
    }
    return this.#detail;
  }

  toJSON() {
    if (this === null || typeof this !== "object" || !(#detail in this)) {
      throw new TypeError("Illegal invocation: 'toJSON' called on an object that is not a PerformanceMeasure.");
    }
    return { name: this.name, entryType: this.entryType, startTime: this.startTime, duration: this.duration, detail: this.#detail };
  }
}

// ---- Performance -----------------------------------------------------------------------------------
// The performance entry buffer: marks and measures, in insertion order.
let entries = [];

function sortByStartTime(list) {
  // Array.prototype.sort is stable, so entries with equal start times keep their insertion order.
  return ArrayPrototypeSort(list, (a, b) => a.startTime - b.startTime);
}

function filterEntries(name, type) {
  return sortByStartTime(ArrayPrototypeFilter(entries, (entry) =>
    (name === undefined || entry.name === name) && (type === undefined || entry.entryType === type)));
}

// "Convert a mark to a timestamp".
function markToTimestamp(mark, what) {
  if (typeof mark === "number") {
    if (mark < 0) {
      throw new TypeError(`Failed to execute 'measure' on 'Performance': '${what}' cannot be negative.`);
    }
    return mark;
  }
  for (let i = entries.length - 1; i >= 0; i--) {
    const entry = entries[i];
    if (entry.entryType === "mark" && entry.name === mark) {
      return entry.startTime;
    }
  }
  throw new DOMException(`Failed to execute 'measure' on 'Performance': The mark '${mark}' does not exist.`, "SyntaxError");
}

// WebIDL (DOMString or DOMHighResTimeStamp): a number stays a number, anything else becomes a string.
function toMarkUnion(value) {
  return typeof value === "number" ? value : toDOMString(value);
}

function checkPerformance(value, what) {
  if (value !== performance) {
    throw new TypeError(`Illegal invocation: '${what}' called on an object that is not a Performance.`);
  }
}

// Performance is an EventTarget when the events extension has run before this one (Object otherwise).
const PerformanceBase = internals.EventTarget ?? globalThis.EventTarget ?? primordials.Object;
class Performance extends PerformanceBase {
  constructor(key = undefined) {
    if (key !== illegal) {
      throw new TypeError("Illegal constructor");
    }
    super();
  }


  now() {
    checkPerformance(this, "now");
    return now();
  }

  get timeOrigin() {
    checkPerformance(this, "timeOrigin");
    return timeOrigin;
  }

  toJSON() {
    checkPerformance(this, "toJSON");
    return { timeOrigin };
  }

  getEntries() {
    checkPerformance(this, "getEntries");
    return filterEntries(undefined, undefined);
  }

  getEntriesByType(type) {
    checkPerformance(this, "getEntriesByType");
    requireArgs("getEntriesByType", "Performance", 1, arguments.length);
    return filterEntries(undefined, toDOMString(type));
  }

  getEntriesByName(name, type = undefined) {
    checkPerformance(this, "getEntriesByName");
    requireArgs("getEntriesByName", "Performance", 1, arguments.length);
    return filterEntries(toDOMString(name), type === undefined ? undefined : toDOMString(type));
  }

  mark(markName, markOptions = undefined) {
    checkPerformance(this, "mark");
    requireArgs("mark", "Performance", 1, arguments.length);
    const entry = new PerformanceMark(markName, markOptions);
    ArrayPrototypePush(entries, entry);
    return entry;
  }

  clearMarks(markName = undefined) {
    checkPerformance(this, "clearMarks");
    const name = markName === undefined ? undefined : toDOMString(markName);
    entries = ArrayPrototypeFilter(entries, (entry) =>
      entry.entryType !== "mark" || (name !== undefined && entry.name !== name));
  }

  measure(measureName, startOrMeasureOptions = undefined, endMark = undefined) {
    checkPerformance(this, "measure");
    requireArgs("measure", "Performance", 1, arguments.length);
    const name = toDOMString(measureName);
    // WebIDL union (DOMString or PerformanceMeasureOptions): an object is the dictionary.
    let options = null;
    let startString;
    if (startOrMeasureOptions !== null && (typeof startOrMeasureOptions === "object" || typeof startOrMeasureOptions === "function")) {
      const o = startOrMeasureOptions;
      const detail = o.detail;
      const rawDuration = o.duration;
      const rawEnd = o.end;
      const rawStart = o.start;
      options = {
        detail,
        duration: rawDuration === undefined ? undefined : toDouble(rawDuration, "Failed to execute 'measure' on 'Performance': The provided 'duration'"),
        end: rawEnd === undefined ? undefined : toMarkUnion(rawEnd),
        start: rawStart === undefined ? undefined : toMarkUnion(rawStart),
      };
      if (options.start === undefined && options.end === undefined && options.duration === undefined && options.detail === undefined) {
        options = null;
      }
    } else if (startOrMeasureOptions !== undefined && startOrMeasureOptions !== null) {
      startString = toDOMString(startOrMeasureOptions);
    } else if (startOrMeasureOptions === null) {
      // null converts to the (empty) dictionary.
    }
    const end = endMark === undefined ? undefined : toDOMString(endMark);
    if (options !== null) {
      if (end !== undefined) {
        throw new TypeError("Failed to execute 'measure' on 'Performance': If a non-empty PerformanceMeasureOptions object was passed, |end_mark| must not be passed.");
      }
      if (options.start === undefined && options.end === undefined) {
        throw new TypeError("Failed to execute 'measure' on 'Performance': If a non-empty PerformanceMeasureOptions object was passed, at least one of its 'start' or 'end' properties must be present.");
      }
      if (options.start !== undefined && options.duration !== undefined && options.end !== undefined) {
        throw new TypeError("Failed to execute 'measure' on 'Performance': If a non-empty PerformanceMeasureOptions object was passed, it must not have all of its 'start', 'duration', and 'end' properties defined.");
      }
    }
    let endTime;
    if (end !== undefined) {
      endTime = markToTimestamp(end, "end");
    } else if (options !== null && options.end !== undefined) {
      endTime = markToTimestamp(options.end, "end");
    } else if (options !== null && options.start !== undefined && options.duration !== undefined) {
      endTime = markToTimestamp(options.start, "start") + markToTimestamp(options.duration, "duration");
    } else {
      endTime = now();
    }
    let startTime;
    if (options !== null && options.start !== undefined) {
      startTime = markToTimestamp(options.start, "start");
    } else if (options !== null && options.duration !== undefined && options.end !== undefined) {
      startTime = endTime - markToTimestamp(options.duration, "duration");
    } else if (startString !== undefined) {
      startTime = markToTimestamp(startString, "start");
    } else {
      startTime = 0;
    }
    const detail = options !== null ? cloneDetail(options.detail) : null;
    const entry = new PerformanceMeasure(illegal, name, startTime, endTime - startTime, detail);
    ArrayPrototypePush(entries, entry);
    return entry;
  }

  clearMeasures(measureName = undefined) {
    checkPerformance(this, "clearMeasures");
    const name = measureName === undefined ? undefined : toDOMString(measureName);
    entries = ArrayPrototypeFilter(entries, (entry) =>
      entry.entryType !== "measure" || (name !== undefined && entry.name !== name));
  }
}

// WebIDL: methods and accessors of interfaces are enumerable; each prototype has its toStringTag.
function exposeInterface(ctor, tag) {
  const proto = ctor.prototype;
  for (const key of primordials.ReflectOwnKeys(proto)) {
    if (key === "constructor") continue;
    const desc = primordials.ObjectGetOwnPropertyDescriptor(proto, key);
    desc.enumerable = true;
    ObjectDefineProperty(proto, key, desc);
  }
  ObjectDefineProperty(proto, SymbolToStringTag, { value: tag, configurable: true });
  ObjectDefineProperty(ctor, "length", { value: ctor === PerformanceMark ? 1 : 0, configurable: true });
  ObjectDefineProperty(globalThis, tag, { value: ctor, writable: true, enumerable: false, configurable: true });
}
exposeInterface(PerformanceEntry, "PerformanceEntry");
exposeInterface(PerformanceMark, "PerformanceMark");
exposeInterface(PerformanceMeasure, "PerformanceMeasure");
exposeInterface(Performance, "Performance");
// Method lengths follow the IDL (optional arguments do not count).
for (const [proto, name, length] of [
  [Performance.prototype, "mark", 1], [Performance.prototype, "measure", 1], [Performance.prototype, "clearMarks", 0],
  [Performance.prototype, "clearMeasures", 0], [Performance.prototype, "getEntriesByName", 1],
  [Performance.prototype, "getEntriesByType", 1],
]) {
  ObjectDefineProperty(proto[name], "length", { value: length, configurable: true });
}

const performance = new Performance(illegal);
internals.performanceNow = now;
ObjectDefineProperty(globalThis, "performance", { value: performance, writable: true, enumerable: true, configurable: true });

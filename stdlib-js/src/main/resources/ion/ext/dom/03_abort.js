// DOM aborting: https://dom.spec.whatwg.org/#aborting-ongoing-activities — AbortController and AbortSignal.
const {
  ArrayPrototypePush, FunctionPrototypeCall, NumberIsFinite, MathTrunc, Set, SetPrototypeAdd, SetPrototypeDelete, SetPrototypeValues,
  ArrayFrom, TypeError, SymbolIterator, globalThis,
} = primordials;
const { requiredArguments, illegalInvocation, defineInterface, defineInspect } = internals.webidl;
const { DOMException, EventTarget, Event, dispatchTrustedEvent, defineEventHandler } = internals;
const setTimeout = globalThis.setTimeout;

// Set by AbortSignal's static block: the internal operations on signals.
let isAbortSignal, isAborted, reasonOf, newSignal, addAlgorithm, removeAlgorithm, signalAbort, createDependentAbortSignal;

const illegalConstructorKey = { __proto__: null };

class AbortSignal extends EventTarget {
  #aborted = false;
  #reason = undefined;
  #algorithms = new Set();
  #dependent = false;
  #sourceSignals = [];
  #dependentSignals = [];

  constructor(key = undefined) {
    if (key !== illegalConstructorKey) throw new TypeError("Illegal constructor");
    super();
  }

  static abort(reason = undefined) {
    const signal = new AbortSignal(illegalConstructorKey);
    signal.#aborted = true;
    signal.#reason = reason === undefined ? new DOMException("The signal has been aborted", "AbortError") : reason;
    return signal;
  }

  static timeout(milliseconds) {
    requiredArguments(arguments.length, 1, "Failed to execute 'timeout' on 'AbortSignal'");
    const ms = toUnsignedLongLongEnforceRange(milliseconds, "Failed to execute 'timeout' on 'AbortSignal'");
    const signal = new AbortSignal(illegalConstructorKey);
    setTimeout(() => {
      signalAbort(signal, new DOMException("Signal timed out.", "TimeoutError"));
    }, ms);
    return signal;
  }

  static any(signals) {
    const prefix = "Failed to execute 'any' on 'AbortSignal'";
    requiredArguments(arguments.length, 1, prefix);
    // sequence<AbortSignal>
    if (signals === null || (typeof signals !== "object" && typeof signals !== "function")) {
      throw new TypeError(`${prefix}: Argument 1 can not be converted to a sequence.`);
    }
    const iteratorMethod = signals[SymbolIterator];
    if (typeof iteratorMethod !== "function") {
      throw new TypeError(`${prefix}: Argument 1 can not be converted to a sequence.`);
    }
    const list = [];
    const iterator = FunctionPrototypeCall(iteratorMethod, signals);
    for (let index = 0; ; index++) {
      const next = iterator.next();
      if (next.done) break;
      const value = next.value;
      if (!isAbortSignal(value)) {
        throw new TypeError(`${prefix}: Argument 1, index ${index} is not of type 'AbortSignal'.`);
      }
      ArrayPrototypePush(list, value);
    }
    return createDependentAbortSignal(list);
  }

  get aborted() {
    if (!(#aborted in this)) throw illegalInvocation();
    return this.#aborted;
  }

  get reason() {
    if (!(#aborted in this)) throw illegalInvocation();
    return this.#reason;
  }

  throwIfAborted() {
    if (!(#aborted in this)) throw illegalInvocation();
    if (this.#aborted) throw this.#reason;
  }

  static {
    isAbortSignal = (value) => value !== null && typeof value === "object" && #aborted in value;
    isAborted = (signal) => signal.#aborted;
    reasonOf = (signal) => signal.#reason;
    newSignal = () => new AbortSignal(illegalConstructorKey);

    addAlgorithm = (signal, algorithm) => {
      if (signal.#aborted) return;
      SetPrototypeAdd(signal.#algorithms, algorithm);
    };
    removeAlgorithm = (signal, algorithm) => {
      SetPrototypeDelete(signal.#algorithms, algorithm);
    };

    // "Signal abort".
    signalAbort = (signal, reason) => {
      if (signal.#aborted) return;
      signal.#aborted = true;
      signal.#reason = reason === undefined ? new DOMException("The signal has been aborted", "AbortError") : reason;
      const dependentsToAbort = [];
      const dependents = signal.#dependentSignals;
      for (let i = 0; i < dependents.length; i++) {
        const dependent = dependents[i];
        if (!dependent.#aborted) {
          dependent.#aborted = true;
          dependent.#reason = signal.#reason;
          ArrayPrototypePush(dependentsToAbort, dependent);
        }
      }
      runAbortSteps(signal);
      for (let i = 0; i < dependentsToAbort.length; i++) runAbortSteps(dependentsToAbort[i]);
    };

    const runAbortSteps = (signal) => {
      const algorithms = ArrayFrom(SetPrototypeValues(signal.#algorithms));
      signal.#algorithms = new Set();
      for (let i = 0; i < algorithms.length; i++) {
        try {
          algorithms[i]();
        } catch (error) {
          internals.reportExceptionToGlobal(error);
        }
      }
      dispatchTrustedEvent(signal, new Event("abort"));
    };

    // "Create a dependent abort signal".
    createDependentAbortSignal = (signals) => {
      const result = new AbortSignal(illegalConstructorKey);
      for (let i = 0; i < signals.length; i++) {
        if (signals[i].#aborted) {
          result.#aborted = true;
          result.#reason = signals[i].#reason;
          return result;
        }
      }
      result.#dependent = true;
      for (let i = 0; i < signals.length; i++) {
        const signal = signals[i];
        if (!signal.#dependent) {
          linkSource(result, signal);
        } else {
          const sources = signal.#sourceSignals;
          for (let j = 0; j < sources.length; j++) linkSource(result, sources[j]);
        }
      }
      return result;
    };

    const linkSource = (result, source) => {
      const sources = result.#sourceSignals;
      for (let i = 0; i < sources.length; i++) {
        if (sources[i] === source) return;
      }
      ArrayPrototypePush(sources, source);
      ArrayPrototypePush(source.#dependentSignals, result);
    };
  }
}


defineEventHandler(AbortSignal.prototype, "onabort", (value) => isAbortSignal(value));
defineInterface(AbortSignal, "AbortSignal");
defineInspect(AbortSignal, "AbortSignal", ["aborted", "reason", "onabort"]);

// WebIDL [EnforceRange] unsigned long long.
function toUnsignedLongLongEnforceRange(value, prefix) {
  let x = +value;
  if (!NumberIsFinite(x)) {
    throw new TypeError(`${prefix}: Argument 1 is not a finite number.`);
  }
  x = MathTrunc(x);
  if (x < 0 || x > 9007199254740991) {
    throw new TypeError(`${prefix}: Argument 1 is outside the accepted range of 0 to 9007199254740991, inclusive.`);
  }
  return x === 0 ? 0 : x;
}

class AbortController {
  #signal;

  constructor() {
    this.#signal = newSignal();
  }

  get signal() {
    if (!(#signal in this)) throw illegalInvocation();
    return this.#signal;
  }

  abort(reason = undefined) {
    if (!(#signal in this)) throw illegalInvocation();
    signalAbort(this.#signal, reason);
  }
}
defineInterface(AbortController, "AbortController");
defineInspect(AbortController, "AbortController", ["signal"]);

internals.isAbortSignal = isAbortSignal;
internals.abortSignalAborted = isAborted;
internals.abortSignalReason = reasonOf;
// A new, not aborted AbortSignal (for "new AbortSignal" in other specs, e.g. streams).
internals.newAbortSignal = newSignal;
// "Add"/"remove" an abort algorithm: `algorithm` runs (once) when the signal aborts.
internals.abortSignalAdd = addAlgorithm;
internals.abortSignalRemove = removeAlgorithm;
// "Signal abort" with `reason` (undefined: an AbortError DOMException).
internals.signalAbort = signalAbort;
internals.createDependentAbortSignal = createDependentAbortSignal;

// DOM EventTarget: https://dom.spec.whatwg.org/#interface-eventtarget
// Also makes globalThis an EventTarget (addEventListener & co. are globals, as on Deno's window),
// and HTML's event handler IDL attributes (onabort...) for the interfaces that have them.
const {
  ArrayPrototypePush, ArrayPrototypeSlice, ArrayPrototypeSplice, ArrayPrototypeIndexOf, FunctionPrototypeCall, ReflectApply,
  Number, ObjectDefineProperty, ObjectGetOwnPropertyDescriptor, ObjectSetPrototypeOf, ObjectGetPrototypeOf, ObjectPrototype,
  RegExpPrototypeExec, TypeError, WeakMap, WeakMapPrototypeGet, WeakMapPrototypeHas, WeakMapPrototypeSet, globalThis,
} = primordials;
const { toDOMString, requiredArguments, illegalInvocation, defineInterface } = internals.webidl;
const { DOMException, ErrorEvent, eventState } = internals;

// Every event target's listener list, by target (globalThis is one without being constructed).
const listenerLists = new WeakMap();

// WebIDL operations of an interface the global object implements use the global for a missing `this`.
function targetOf(value, prefix) {
  const target = value === undefined || value === null ? globalThis : value;
  if (!WeakMapPrototypeHas(listenerLists, target)) throw illegalInvocation();
  return target;
}

// The callback interface EventListener (nullable): null for undefined and null, objects as they are.
function toEventListener(value, prefix) {
  if (value === undefined || value === null) return null;
  if (typeof value !== "object" && typeof value !== "function") {
    throw new TypeError(`${prefix}: Argument 2 is not of type 'EventListener'.`);
  }
  return value;
}

// "Flatten more": AddEventListenerOptions, members read in WebIDL order (capture, then once, passive, signal).
function flattenMore(options, prefix) {
  if (options === undefined || options === null) {
    return { capture: false, once: false, passive: false, signal: null };
  }
  if (typeof options !== "object" && typeof options !== "function") {
    return { capture: !!options, once: false, passive: false, signal: null };
  }
  const capture = !!options.capture;
  const once = !!options.once;
  const passive = !!options.passive;
  let signal = options.signal;
  if (signal === undefined) {
    signal = null;
  } else if (!internals.isAbortSignal(signal)) {
    throw new TypeError(`${prefix}: 'signal' of 'AddEventListenerOptions' (Argument 3) is not of type 'AbortSignal'.`);
  }
  return { capture, once, passive, signal };
}

function flatten(options) {
  if (options === undefined || options === null) return false;
  if (typeof options !== "object" && typeof options !== "function") return !!options;
  return !!options.capture;
}

function findListener(list, type, callback, capture) {
  for (let i = 0; i < list.length; i++) {
    const listener = list[i];
    if (listener.type === type && listener.callback === callback && listener.capture === capture) return i;
  }
  return -1;
}

// "Add an event listener".
function addEventListenerSteps(target, listener) {
  if (listener.signal !== null && internals.abortSignalAborted(listener.signal)) return;
  if (listener.callback === null) return;
  const list = WeakMapPrototypeGet(listenerLists, target);
  if (findListener(list, listener.type, listener.callback, listener.capture) !== -1) return;
  ArrayPrototypePush(list, listener);
  if (listener.signal !== null) {
    internals.abortSignalAdd(listener.signal, () => removeListener(target, listener));
  }
}

// "Remove an event listener".
function removeListener(target, listener) {
  listener.removed = true;
  const list = WeakMapPrototypeGet(listenerLists, target);
  const index = ArrayPrototypeIndexOf(list, listener);
  if (index !== -1) ArrayPrototypeSplice(list, index, 1);
}

class EventTarget {
  constructor() {
    WeakMapPrototypeSet(listenerLists, this, []);
  }

  addEventListener(type, callback, options = undefined) {
    const prefix = "Failed to execute 'addEventListener' on 'EventTarget'";
    const target = targetOf(this, prefix);
    requiredArguments(arguments.length, 2, prefix);
    type = toDOMString(type, prefix, "Argument 1");
    callback = toEventListener(callback, prefix);
    const { capture, once, passive, signal } = flattenMore(options, prefix);
    addEventListenerSteps(target, { type, callback, capture, once, passive, signal, removed: false });
  }

  removeEventListener(type, callback, options = undefined) {
    const prefix = "Failed to execute 'removeEventListener' on 'EventTarget'";
    const target = targetOf(this, prefix);
    requiredArguments(arguments.length, 2, prefix);
    type = toDOMString(type, prefix, "Argument 1");
    callback = toEventListener(callback, prefix);
    const capture = flatten(options);
    const list = WeakMapPrototypeGet(listenerLists, target);
    const index = findListener(list, type, callback, capture);
    if (index !== -1) removeListener(target, list[index]);
  }

  dispatchEvent(event) {
    const prefix = "Failed to execute 'dispatchEvent' on 'EventTarget'";
    const target = targetOf(this, prefix);
    requiredArguments(arguments.length, 1, prefix);
    const state = eventState(event);
    if (state === undefined) {
      throw new TypeError(`${prefix}: Argument 1 is not of type 'Event'.`);
    }
    if (state.dispatching || !state.initialized) {
      throw new DOMException("Failed to execute 'dispatchEvent' on 'EventTarget': The event is already being dispatched.", "InvalidStateError");
    }
    state.isTrusted = false;
    return dispatch(target, event, state);
  }
}
defineInterface(EventTarget, "EventTarget");

// "Dispatch" for targets without a parent (no nodes or shadow trees here): the path is the target.
function dispatch(target, event, state) {
  state.dispatching = true;
  state.path = [target];
  state.target = target;
  // Capturing phase, then bubbling phase; at the target, capture listeners run first.
  state.eventPhase = 2;
  invoke(target, event, state, "capturing");
  state.eventPhase = 2;
  invoke(target, event, state, "bubbling");
  state.eventPhase = 0;
  state.currentTarget = null;
  state.path = [];
  state.dispatching = false;
  state.stopPropagation = false;
  state.stopImmediatePropagation = false;
  return !state.canceled;
}

function invoke(target, event, state, phase) {
  if (state.stopPropagation) return;
  state.currentTarget = target;
  const listeners = ArrayPrototypeSlice(WeakMapPrototypeGet(listenerLists, target));
  innerInvoke(target, event, state, listeners, phase);
}

function innerInvoke(target, event, state, listeners, phase) {
  for (let i = 0; i < listeners.length; i++) {
    const listener = listeners[i];
    if (listener.removed) continue;
    if (listener.type !== state.type) continue;
    if (phase === "capturing" && !listener.capture) continue;
    if (phase === "bubbling" && listener.capture) continue;
    if (listener.once) removeListener(target, listener);
    if (listener.passive) state.inPassiveListener = true;
    try {
      const callback = listener.callback;
      if (typeof callback === "function") {
        FunctionPrototypeCall(callback, state.currentTarget, event);
      } else {
        const handleEvent = callback.handleEvent;
        if (typeof handleEvent !== "function") {
          throw new TypeError("The 'handleEvent' property of the event listener is not a function.");
        }
        FunctionPrototypeCall(handleEvent, callback, event);
      }
    } catch (error) {
      reportException(error);
    }
    state.inPassiveListener = false;
    if (state.stopImmediatePropagation) break;
  }
}

// HTML's "report the exception": an "error" ErrorEvent at the global, then, unless a listener
// canceled it, the uncaught-error path of the runtime. An error thrown while reporting goes straight there.
let reporting = false;
// Where an error was thrown or made, from the first frame of its stack (already source-mapped for
// TypeScript): the ErrorEvent's filename, lineno and colno, as Deno reports them.
const STACK_FRAME = /\n\s+at (?:.*? \()?(.+?):(\d+):(\d+)\)?(?:\n|$)/;
function locationOf(error) {
  let stack;
  try {
    stack = error !== null && typeof error === "object" ? error.stack : undefined;
  } catch {
    return {};
  }
  const frame = typeof stack === "string" ? RegExpPrototypeExec(STACK_FRAME, stack) : null;
  return frame === null ? {} : { filename: frame[1], lineno: Number(frame[2]), colno: Number(frame[3]) };
}

function reportException(error) {
  if (reporting) {
    internals.reportException(error);
    return;
  }
  reporting = true;
  let notHandled;
  try {
    let message = "Uncaught";
    try {
      if (error !== null && typeof error === "object" && "message" in error) {
        message = `Uncaught ${error.name ?? "Error"}: ${error.message}`;
      } else {
        message = `Uncaught ${toDOMString(error)}`;
      }
    } catch {
      // keep the plain message
    }
    const event = new ErrorEvent("error", { cancelable: true, message, error, ...locationOf(error) });
    const s = eventState(event);
    s.isTrusted = true;
    notHandled = dispatch(globalThis, event, s);
  } catch (inner) {
    notHandled = true;
  } finally {
    reporting = false;
  }
  if (notHandled) internals.reportException(error);
}

// ---- globalThis as an EventTarget ---------------------------------------------------------------------
// The global's prototype chain gains EventTarget.prototype, as Window's does in browsers and Deno. Done per
// context: a context restored from the startup snapshot gets a new global proxy (whose identity hash differs
// from the snapshot's, so a WeakMap entry made at load time would not be found) and a new prototype chain.
internals.onContextStart(() => {
  let last = globalThis;
  for (let p = ObjectGetPrototypeOf(globalThis); p !== null && p !== ObjectPrototype; p = ObjectGetPrototypeOf(p)) {
    last = p;
  }
  if (ObjectGetPrototypeOf(last) === ObjectPrototype) {
    ObjectSetPrototypeOf(last, EventTarget.prototype);
  }
  WeakMapPrototypeSet(listenerLists, globalThis, []);
  // The handler attributes of the events Ion fires at the global (own properties, as on Deno's window).
  defineEventHandler(globalThis, "onerror");
  defineEventHandler(globalThis, "onunhandledrejection");
  defineEventHandler(globalThis, "onrejectionhandled");
});

// ---- event handler IDL attributes ---------------------------------------------------------------------
// https://html.spec.whatwg.org/multipage/webappapis.html#event-handler-attributes
const handlerMaps = new WeakMap();

function handlerOf(target, name) {
  let map = WeakMapPrototypeGet(handlerMaps, target);
  if (map === undefined) {
    map = { __proto__: null };
    WeakMapPrototypeSet(handlerMaps, target, map);
  }
  let handler = map[name];
  if (handler === undefined) {
    handler = { value: null, listener: null };
    map[name] = handler;
  }
  return handler;
}

// Defines `on<type>` on `object`; `isTarget(this)` is its brand check. For the global object (object ===
// globalThis), a missing `this` means the global.
function defineEventHandler(object, name, isTarget = (value) => WeakMapPrototypeHas(listenerLists, value)) {
  const type = name.slice(2);
  const isGlobal = object === globalThis;
  const accessors = {
    get [name]() {
      const target = isGlobal && (this === undefined || this === null) ? globalThis : this;
      if (!isTarget(target)) throw illegalInvocation();
      return handlerOf(target, name).value;
    },
    set [name](value) {
      const target = isGlobal && (this === undefined || this === null) ? globalThis : this;
      if (!isTarget(target)) throw illegalInvocation();
      // [LegacyTreatNonObjectAsNull] EventHandler: non-objects become null.
      if (value === null || (typeof value !== "object" && typeof value !== "function")) value = null;
      const handler = handlerOf(target, name);
      if (value === null) {
        // "Deactivate an event handler".
        if (handler.listener !== null) removeListener(target, handler.listener);
        handler.listener = null;
        handler.value = null;
        return;
      }
      handler.value = value;
      if (handler.listener === null) {
        // "Activate an event handler": one listener, registered once, keeps its place in the list.
        const callback = (event) => {
          const fn = handler.value;
          if (typeof fn !== "function") return;
          const state = eventState(event);
          // HTML's special error event handling: the global's onerror takes (message, filename, lineno,
          // colno, error) and cancels the event by returning true; other handlers cancel it with false.
          const errorArguments = isGlobal && type === "error" ? internals.errorEventArguments(event) : undefined;
          const result = errorArguments !== undefined
            ? ReflectApply(fn, state.currentTarget, errorArguments)
            : FunctionPrototypeCall(fn, state.currentTarget, event);
          if (errorArguments !== undefined ? result === true : result === false) {
            if (state.cancelable && !state.inPassiveListener) state.canceled = true;
          }
        };
        const listener = { type, callback, capture: false, once: false, passive: false, signal: null, removed: false };
        handler.listener = listener;
        addEventListenerSteps(target, listener);
      }
    },
  };
  const { get, set } = ObjectGetOwnPropertyDescriptor(accessors, name);
  ObjectDefineProperty(object, name, { get, set, enumerable: true, configurable: true });
}

// Fires `event` at the global object (for the core: "error", "unhandledrejection", "load"...);
// the event is trusted. Returns false when a listener canceled it.
internals.dispatchGlobalEvent = (event) => {
  const state = eventState(event);
  if (state === undefined) throw new TypeError("dispatchGlobalEvent: not an Event");
  state.isTrusted = true;
  return dispatch(globalThis, event, state);
};
// Fires a trusted `event` at any EventTarget (for other extensions: "abort", "message"...).
internals.dispatchTrustedEvent = (target, event) => {
  const state = eventState(event);
  state.isTrusted = true;
  return dispatch(target, event, state);
};
internals.EventTarget = EventTarget;
internals.isEventTarget = (value) => WeakMapPrototypeHas(listenerLists, value);
internals.defineEventHandler = defineEventHandler;
// HTML's "report the exception" through the global's "error" event.
internals.reportExceptionToGlobal = reportException;

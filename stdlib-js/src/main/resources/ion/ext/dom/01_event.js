// DOM events: https://dom.spec.whatwg.org/#events — Event and CustomEvent; ErrorEvent and
// PromiseRejectionEvent from HTML (https://html.spec.whatwg.org/multipage/webappapis.html#errorevent).
const {
  ObjectDefineProperty, ObjectGetOwnPropertyDescriptor, StringPrototypeToWellFormed, TypeError,
} = primordials;
const { toDOMString, requiredArguments, illegalInvocation, defineInterface, defineInspect } = internals.webidl;

// Starts this context's clock, so the first event's timeStamp is above 0.
internals.onContextStart(() => ops.op_dom_now());
// Event timeStamp: milliseconds since the time origin. The performance extension, when present, shares
// its clock as internals.performanceNow, so that timeStamp and performance.now() agree.
function now() {
  const shared = internals.performanceNow;
  return typeof shared === "function" ? shared() : ops.op_dom_now();
}

// WebIDL dictionary: undefined and null are empty, other non-objects throw.
function toDictionary(value, dictionaryName, prefix) {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "object" && typeof value !== "function") {
    throw new TypeError(`${prefix}: Argument 2 is not of type '${dictionaryName}'.`);
  }
  return value;
}

// EventInit's members, read in WebIDL's order (lexicographic): bubbles, cancelable, composed.
function readEventInit(init) {
  if (init === undefined) return { bubbles: false, cancelable: false, composed: false };
  return { bubbles: !!init.bubbles, cancelable: !!init.cancelable, composed: !!init.composed };
}

function toUSVString(value, prefix, what) {
  const string = toDOMString(value, prefix, what);
  return StringPrototypeToWellFormed === undefined ? string : StringPrototypeToWellFormed(string);
}

// The [LegacyUnforgeable] isTrusted: an own accessor of every event, one getter for all of them.
let getState;
const { get: isTrustedGetter } = ObjectGetOwnPropertyDescriptor({
  get isTrusted() {
    const state = getState(this);
    if (state === undefined) throw illegalInvocation();
    return state.isTrusted;
  },
}, "isTrusted");

class Event {
  #state;

  constructor(type, eventInitDict = undefined) {
    requiredArguments(arguments.length, 1, "Failed to construct 'Event'");
    type = toDOMString(type, "Failed to construct 'Event'", "Argument 1");
    const init = readEventInit(toDictionary(eventInitDict, "EventInit", "Failed to construct 'Event'"));
    this.#state = {
      type,
      bubbles: init.bubbles,
      cancelable: init.cancelable,
      composed: init.composed,
      target: null,
      relatedTarget: null,
      currentTarget: null,
      eventPhase: 0,
      stopPropagation: false,
      stopImmediatePropagation: false,
      canceled: false,
      inPassiveListener: false,
      initialized: true,
      dispatching: false,
      isTrusted: false,
      timeStamp: now(),
      path: [],
    };
    ObjectDefineProperty(this, "isTrusted", { get: isTrustedGetter, set: undefined, enumerable: true, configurable: false });
  }

  static {
    getState = (event) => (event !== null && typeof event === "object" && #state in event ? event.#state : undefined);
  }

  get type() {
    return state(this).type;
  }

  get target() {
    return state(this).target;
  }

  get srcElement() {
    return state(this).target;
  }

  get currentTarget() {
    return state(this).currentTarget;
  }

  composedPath() {
    const s = state(this);
    // Without shadow trees the composed path is the event's path, seen from the current target.
    if (s.path.length === 0 || s.currentTarget === null) return [];
    return [s.currentTarget];
  }

  get eventPhase() {
    return state(this).eventPhase;
  }

  stopPropagation() {
    state(this).stopPropagation = true;
  }

  get cancelBubble() {
    return state(this).stopPropagation;
  }

  set cancelBubble(value) {
    const s = state(this);
    if (value) s.stopPropagation = true;
  }

  stopImmediatePropagation() {
    const s = state(this);
    s.stopPropagation = true;
    s.stopImmediatePropagation = true;
  }

  get bubbles() {
    return state(this).bubbles;
  }

  get cancelable() {
    return state(this).cancelable;
  }

  get returnValue() {
    return !state(this).canceled;
  }

  set returnValue(value) {
    const s = state(this);
    if (!value) setCanceled(s);
  }

  preventDefault() {
    setCanceled(state(this));
  }

  get defaultPrevented() {
    return state(this).canceled;
  }

  get composed() {
    return state(this).composed;
  }

  get timeStamp() {
    return state(this).timeStamp;
  }

  initEvent(type, bubbles = false, cancelable = false) {
    const s = state(this);
    requiredArguments(arguments.length, 1, "Failed to execute 'initEvent' on 'Event'");
    type = toDOMString(type, "Failed to execute 'initEvent' on 'Event'", "Argument 1");
    if (s.dispatching) return;
    s.initialized = true;
    s.stopPropagation = false;
    s.stopImmediatePropagation = false;
    s.canceled = false;
    s.isTrusted = false;
    s.target = null;
    s.type = type;
    s.bubbles = !!bubbles;
    s.cancelable = !!cancelable;
  }
}

function state(event) {
  const s = getState(event);
  if (s === undefined) throw illegalInvocation();
  return s;
}

function setCanceled(s) {
  if (s.cancelable && !s.inPassiveListener) s.canceled = true;
}

defineInterface(Event, "Event", { NONE: 0, CAPTURING_PHASE: 1, AT_TARGET: 2, BUBBLING_PHASE: 3 });
const eventAttributes = ["bubbles", "cancelable", "composed", "currentTarget", "defaultPrevented", "eventPhase", "srcElement", "target", "returnValue", "timeStamp", "type"];
defineInspect(Event, "Event", eventAttributes);

class CustomEvent extends Event {
  #detail;

  constructor(type, eventInitDict = undefined) {
    requiredArguments(arguments.length, 1, "Failed to construct 'CustomEvent'");
    const init = toDictionary(eventInitDict, "CustomEventInit", "Failed to construct 'CustomEvent'");
    super(type, init);
    this.#detail = init === undefined || init.detail === undefined ? null : init.detail;
  }

  get detail() {
    if (!(#detail in this)) throw illegalInvocation();
    return this.#detail;
  }

  initCustomEvent(type, bubbles = false, cancelable = false, detail = null) {
    if (!(#detail in this)) throw illegalInvocation();
    requiredArguments(arguments.length, 1, "Failed to execute 'initCustomEvent' on 'CustomEvent'");
    type = toDOMString(type, "Failed to execute 'initCustomEvent' on 'CustomEvent'", "Argument 1");
    if (state(this).dispatching) return;
    this.initEvent(type, bubbles, cancelable);
    this.#detail = detail;
  }
}
defineInterface(CustomEvent, "CustomEvent");
defineInspect(CustomEvent, "CustomEvent", [...eventAttributes, "detail"]);

class ErrorEvent extends Event {
  #message;
  #filename;
  #lineno;
  #colno;
  #error;

  constructor(type, eventInitDict = undefined) {
    requiredArguments(arguments.length, 1, "Failed to construct 'ErrorEvent'");
    const init = toDictionary(eventInitDict, "ErrorEventInit", "Failed to construct 'ErrorEvent'");
    super(type, init);
    // ErrorEventInit's own members, after EventInit's, in lexicographic order.
    let colno = 0, error, filename = "", lineno = 0, message = "";
    if (init !== undefined) {
      if (init.colno !== undefined) colno = init.colno >>> 0;
      error = init.error;
      if (init.filename !== undefined) filename = toUSVString(init.filename, "Failed to construct 'ErrorEvent'", "'filename' of ErrorEventInit");
      if (init.lineno !== undefined) lineno = init.lineno >>> 0;
      if (init.message !== undefined) message = toDOMString(init.message, "Failed to construct 'ErrorEvent'", "'message' of ErrorEventInit");
    }
    this.#message = message;
    this.#filename = filename;
    this.#lineno = lineno;
    this.#colno = colno;
    this.#error = error;
  }

  static {
    // The arguments of a global onerror handler (HTML's "special error event handling"), or undefined
    // when `event` is not an ErrorEvent.
    internals.errorEventArguments = (event) =>
      #message in event ? [event.#message, event.#filename, event.#lineno, event.#colno, event.#error] : undefined;
  }

  get message() {
    if (!(#message in this)) throw illegalInvocation();
    return this.#message;
  }

  get filename() {
    if (!(#message in this)) throw illegalInvocation();
    return this.#filename;
  }

  get lineno() {
    if (!(#message in this)) throw illegalInvocation();
    return this.#lineno;
  }

  get colno() {
    if (!(#message in this)) throw illegalInvocation();
    return this.#colno;
  }

  get error() {
    if (!(#message in this)) throw illegalInvocation();
    return this.#error;
  }
}
defineInterface(ErrorEvent, "ErrorEvent");
defineInspect(ErrorEvent, "ErrorEvent", [...eventAttributes, "message", "filename", "lineno", "colno", "error"]);

class PromiseRejectionEvent extends Event {
  #promise;
  #reason;

  constructor(type, eventInitDict) {
    const prefix = "Failed to construct 'PromiseRejectionEvent'";
    requiredArguments(arguments.length, 2, prefix);
    const init = toDictionary(eventInitDict, "PromiseRejectionEventInit", prefix);
    super(type, init);
    const promise = init === undefined ? undefined : init.promise;
    if (promise === undefined) {
      throw new TypeError(`${prefix}: Missing required 'promise' member in PromiseRejectionEventInit.`);
    }
    if (promise === null || (typeof promise !== "object" && typeof promise !== "function")) {
      throw new TypeError(`${prefix}: The 'promise' member of PromiseRejectionEventInit is not an object.`);
    }
    this.#promise = promise;
    this.#reason = init.reason;
  }

  get promise() {
    if (!(#promise in this)) throw illegalInvocation();
    return this.#promise;
  }

  get reason() {
    if (!(#promise in this)) throw illegalInvocation();
    return this.#reason;
  }
}
defineInterface(PromiseRejectionEvent, "PromiseRejectionEvent");
defineInspect(PromiseRejectionEvent, "PromiseRejectionEvent", [...eventAttributes, "promise", "reason"]);

internals.Event = Event;
internals.CustomEvent = CustomEvent;
internals.ErrorEvent = ErrorEvent;
internals.PromiseRejectionEvent = PromiseRejectionEvent;
// The event's internal state (flags, path, target), for dispatch; undefined for non-events.
internals.eventState = getState;
// Marks an event the user agent made (isTrusted true).
internals.setEventTrusted = (event, trusted) => {
  state(event).isTrusted = !!trusted;
};

// HTML MessageEvent: https://html.spec.whatwg.org/multipage/comms.html#the-messageevent-interface
// Exposes internals.createMessageEvent for the ports, which fire events with data and ports already made.
const {
  ArrayPrototypePush, FunctionPrototypeCall, ObjectFreeze, StringPrototypeToWellFormed, SymbolIterator, TypeError,
} = primordials;
const { toDOMString, requiredArguments, illegalInvocation, defineInterface, defineInspect } = internals.webidl;
const { DOMException, Event } = internals;

// Set by MessageEvent's static block: makes an event without reading a dictionary (no user code runs), and
// reads an event's data (notAMessageEvent for other values).
let createMessageEvent, getData;
const notAMessageEvent = { __proto__: null };

class MessageEvent extends Event {
  #data = null;
  #origin = "";
  #lastEventId = "";
  #source = null;
  #ports;

  constructor(type, eventInitDict = undefined) {
    const prefix = "Failed to construct 'MessageEvent'";
    requiredArguments(arguments.length, 1, prefix);
    if (eventInitDict === null) eventInitDict = undefined;
    if (eventInitDict !== undefined && typeof eventInitDict !== "object" && typeof eventInitDict !== "function") {
      throw new TypeError(`${prefix}: Argument 2 is not of type 'MessageEventInit'.`);
    }
    super(type, eventInitDict);
    let ports = [];
    // MessageEventInit's own members, after EventInit's, in lexicographic order.
    if (eventInitDict !== undefined) {
      const init = eventInitDict;
      const data = init.data;
      if (data !== undefined) this.#data = data;
      const lastEventId = init.lastEventId;
      if (lastEventId !== undefined) this.#lastEventId = toDOMString(lastEventId, prefix, "'lastEventId' of MessageEventInit");
      const origin = init.origin;
      if (origin !== undefined) this.#origin = StringPrototypeToWellFormed(toDOMString(origin, prefix, "'origin' of MessageEventInit"));
      const portsValue = init.ports;
      if (portsValue !== undefined) ports = toMessagePorts(portsValue, prefix);
      const source = init.source;
      if (source !== undefined && source !== null) {
        if (!internals.isMessagePort(source)) {
          throw new TypeError(`${prefix}: 'source' of MessageEventInit is not of type 'MessagePort' (the only MessageEventSource here); pass a MessagePort or null.`);
        }
        this.#source = source;
      }
    }
    // FrozenArray<MessagePort>: the same frozen array every time.
    this.#ports = ObjectFreeze(ports);
  }

  static {
    getData = (value) => (value !== null && typeof value === "object" && #data in value ? value.#data : notAMessageEvent);
    createMessageEvent = (type, data, ports) => {
      const event = new MessageEvent(type);
      event.#data = data;
      event.#ports = ObjectFreeze(ports);
      return event;
    };
  }

  get data() {
    if (!(#data in this)) throw illegalInvocation();
    return this.#data;
  }

  get origin() {
    if (!(#data in this)) throw illegalInvocation();
    return this.#origin;
  }

  get lastEventId() {
    if (!(#data in this)) throw illegalInvocation();
    return this.#lastEventId;
  }

  get source() {
    if (!(#data in this)) throw illegalInvocation();
    return this.#source;
  }

  get ports() {
    if (!(#data in this)) throw illegalInvocation();
    return this.#ports;
  }
}

// WebIDL sequence<MessagePort>, iterated with the value's own Symbol.iterator.
function toMessagePorts(value, prefix) {
  const method = value === null || (typeof value !== "object" && typeof value !== "function") ? undefined : value[SymbolIterator];
  if (typeof method !== "function") {
    throw new TypeError(`${prefix}: 'ports' of MessageEventInit is not an iterable object; pass an array of MessagePorts.`);
  }
  const iterator = FunctionPrototypeCall(method, value);
  const next = iterator.next;
  const ports = [];
  for (let index = 0; ; index++) {
    const step = FunctionPrototypeCall(next, iterator);
    if (step === null || (typeof step !== "object" && typeof step !== "function")) {
      throw new TypeError(`${prefix}: the iterator of 'ports' returned a non-object.`);
    }
    if (step.done) return ports;
    const port = step.value;
    if (!internals.isMessagePort(port)) {
      throw new TypeError(`${prefix}: 'ports' of MessageEventInit, index ${index} is not of type 'MessagePort'.`);
    }
    ArrayPrototypePush(ports, port);
  }
}

defineInterface(MessageEvent, "MessageEvent");
// Events are not serializable.
internals.registerSerializable({
  is: (value) => getData(value) !== notAMessageEvent,
  serialize() {
    throw new DOMException("#<MessageEvent> could not be cloned.", "DataCloneError");
  },
});
defineInspect(MessageEvent, "MessageEvent", [
  "bubbles", "cancelable", "composed", "currentTarget", "defaultPrevented", "eventPhase", "srcElement", "target",
  "returnValue", "timeStamp", "type", "data", "origin", "lastEventId", "source", "ports",
]);

internals.MessageEvent = MessageEvent;
internals.createMessageEvent = createMessageEvent;

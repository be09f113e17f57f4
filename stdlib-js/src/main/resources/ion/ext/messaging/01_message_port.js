// HTML channel messaging: https://html.spec.whatwg.org/multipage/web-messaging.html#channel-messaging
// MessageChannel and MessagePort between ports of one context. A message is cloned when it is posted (the
// structured_clone extension's one pass: deserializing runs no user code, so making the copy early is not
// observable) and waits in its port's message queue; each message is then one macrotask of the context.
const {
  ArrayPrototypePush, FunctionPrototypeCall, ObjectDefineProperty, ObjectGetOwnPropertyDescriptor, SymbolIterator,
  TypeError,
} = primordials;
const { requiredArguments, illegalInvocation, defineInterface, defineInspect } = internals.webidl;
const { DOMException, Event, EventTarget, dispatchTrustedEvent, defineEventHandler, createMessageEvent } = internals;

// A first-in first-out queue whose removals from the front cost O(1).
class Queue {
  #items = [];
  #head = 0;

  get length() {
    return this.#items.length - this.#head;
  }

  push(item) {
    ArrayPrototypePush(this.#items, item);
  }

  shift() {
    const item = this.#items[this.#head];
    this.#items[this.#head++] = undefined;
    if (this.#head === this.#items.length) {
      this.#items = [];
      this.#head = 0;
    }
    return item;
  }
}

// ---- tasks ----------------------------------------------------------------------------------------------
// Each step here is one macrotask: Java queues one task per step, in the same order, and each task runs its
// step, found by its number; the microtask checkpoint after each task comes from the loop. A step is a port
// (deliver the next message of its queue) or a function (fire a close event). Tasks that a terminated context
// dropped leave their steps behind: the next task that runs skips them, dropping their messages too.
const steps = new Queue();
let nextNumber = 0;     // the number of the next step queued
let headNumber = 0;     // the number of the step at the head of `steps`
// Java learns the function that runs the steps with the first message, so contexts that never post pay nothing.
let handlerSet = false;

function queueTask(step) {
  if (!handlerSet) {
    ops.op_message_port_set_handler(runTask);
    handlerSet = true;
  }
  steps.push(step);
  ops.op_message_port_queue_task(nextNumber++);
}

function runTask(number) {
  for (; headNumber < number; headNumber++) {
    const dropped = steps.shift();
    if (typeof dropped !== "function") takeMessage(dropped);
  }
  headNumber++;
  const step = steps.shift();
  if (typeof step === "function") {
    step();
  } else {
    const message = takeMessage(step);
    if (message !== undefined) dispatchTrustedEvent(step, createMessageEvent("message", message.data, message.ports));
  }
}

// ---- keeping the loop alive -----------------------------------------------------------------------------
// Deno keeps its process alive while a started port (start() called or an onmessage handler set) is
// entangled, even with nothing queued; so does Ion, with one hold on the loop for all such ports.
let holdingPorts = 0;

function setHolding(holding) {
  holdingPorts += holding ? 1 : -1;
  if (holdingPorts === (holding ? 1 : 0)) ops.op_message_port_keep_alive(holding);
}

// ---- MessagePort ----------------------------------------------------------------------------------------
const illegalConstructorKey = { __proto__: null };

// Set by MessagePort's static block: the operations on ports' internal state.
let isMessagePort, newEntangledPair, startImplicitly, takeMessage;

class MessagePort extends EventTarget {
  #entangled = null;    // the port this one is entangled with, or null
  #detached = false;    // [[Detached]]: closed, or transferred into another port
  #enabled = false;     // whether the port message queue is enabled (start(), or onmessage set)
  #started = false;     // start() was called or an onmessage handler set: entangled, it holds the loop
  #holding = false;     // counted in holdingPorts
  #queue = new Queue(); // the messages not yet delivered: { data, ports }
  #shippedTo = null;    // the port this one was transferred into

  constructor(key = undefined) {
    if (key !== illegalConstructorKey) throw new TypeError("Illegal constructor");
    super();
  }

  postMessage(message, options = undefined) {
    if (!(#detached in this)) throw illegalInvocation();
    const prefix = "Failed to execute 'postMessage' on 'MessagePort'";
    requiredArguments(arguments.length, 1, prefix);
    const transfer = toTransferList(options, prefix);
    // The message port post message steps.
    const target = this.#entangled;
    let doomed = false;
    for (let i = 0; i < transfer.length; i++) {
      if (transfer[i] === this) {
        throw new DOMException(`${prefix}: The transfer list holds the source port (at index ${i}); a port cannot be sent through itself.`,
          "DataCloneError");
      }
      // Sending the target port through its own channel loses the channel: the message is not sent.
      if (transfer[i] === target) doomed = true;
    }
    const data = internals.structuredClone(message, transfer);
    // The new ports, in the order of the transfer list.
    const ports = [];
    for (let i = 0; i < transfer.length; i++) {
      if (isMessagePort(transfer[i])) ArrayPrototypePush(ports, transfer[i].#shippedTo);
    }
    if (target === null || doomed) return;
    target.#queue.push({ data, ports });
    if (target.#enabled) queueTask(target);
  }

  start() {
    if (!(#detached in this)) throw illegalInvocation();
    this.#started = true;
    this.#enable();
    this.#updateHolding();
  }

  close() {
    if (!(#detached in this)) throw illegalInvocation();
    this.#detached = true;
    // Messages not yet delivered are dropped, as browsers and Deno do.
    this.#queue = new Queue();
    const other = this.#entangled;
    if (other !== null) {
      // Disentangle, then fire "close" at the other port.
      this.#entangled = null;
      other.#entangled = null;
      this.#updateHolding();
      other.#updateHolding();
      queueTask(() => dispatchTrustedEvent(other, new Event("close")));
    }
  }

  #enable() {
    if (this.#enabled) return;
    this.#enabled = true;
    for (let i = this.#queue.length; i > 0; i--) queueTask(this);
  }

  #updateHolding() {
    const holding = this.#started && this.#entangled !== null;
    if (holding !== this.#holding) {
      this.#holding = holding;
      setHolding(holding);
    }
  }

  static {
    isMessagePort = (value) => value !== null && typeof value === "object" && #detached in value;

    // The message a port's task delivers, or undefined: the queue is shorter than the tasks queued for it when
    // the port was closed or transferred since (its messages left with the new port, which queues its own).
    takeMessage = (port) => (port.#queue.length === 0 ? undefined : port.#queue.shift());

    newEntangledPair = () => {
      const port1 = new MessagePort(illegalConstructorKey);
      const port2 = new MessagePort(illegalConstructorKey);
      port1.#entangled = port2;
      port2.#entangled = port1;
      return { port1, port2 };
    };

    // Setting onmessage enables the port message queue, as if start() were called; Deno keeps the loop
    // alive only once a handler is set (not for null).
    startImplicitly = (port, handler) => {
      port.#enable();
      if (handler !== null && (typeof handler === "object" || typeof handler === "function")) {
        port.#started = true;
        port.#updateHolding();
      }
    };

    // MessagePort is transferable: the transfer steps and the transfer-receiving steps, in one.
    ArrayPrototypePush(internals.structuredCloneTransferables, {
      name: "MessagePort",
      test: isMessagePort,
      isDetached: (port) => port.#detached,
      receive: () => new MessagePort(illegalConstructorKey),
      transfer(port, copy) {
        port.#detached = true;
        port.#shippedTo = copy;
        // The queued messages move to the new port, whose queue starts disabled.
        copy.#queue = port.#queue;
        port.#queue = new Queue();
        const remote = port.#entangled;
        if (remote !== null) {
          port.#entangled = null;
          remote.#entangled = copy;
          copy.#entangled = remote;
        }
        port.#updateHolding();
      },
    });
  }
}

// The second argument of postMessage: (sequence<object> transfer or StructuredSerializeOptions options),
// told apart by WebIDL's overload resolution: an object with a Symbol.iterator method is a sequence.
function toTransferList(options, prefix) {
  if (options === undefined || options === null) return [];
  if (typeof options !== "object" && typeof options !== "function") {
    throw new TypeError(`${prefix}: Argument 2 is neither a transfer list (an array) nor a StructuredSerializeOptions dictionary.`);
  }
  const method = options[SymbolIterator];
  if (method !== undefined && method !== null) {
    if (typeof method !== "function") {
      throw new TypeError(`${prefix}: Argument 2's [Symbol.iterator] is not a function.`);
    }
    return toObjectSequence(options, method, prefix, "Argument 2");
  }
  const transfer = options.transfer;
  if (transfer === undefined) return [];
  const what = "'transfer' of StructuredSerializeOptions (Argument 2)";
  const transferMethod = transfer === null || (typeof transfer !== "object" && typeof transfer !== "function")
    ? undefined : transfer[SymbolIterator];
  if (typeof transferMethod !== "function") {
    throw new TypeError(`${prefix}: ${what} is not an iterable object; pass an array of transferable objects.`);
  }
  return toObjectSequence(transfer, transferMethod, prefix, what);
}

// WebIDL sequence<object>, iterated with the given Symbol.iterator method.
function toObjectSequence(value, method, prefix, what) {
  const iterator = FunctionPrototypeCall(method, value);
  const next = iterator.next;
  const list = [];
  for (let index = 0; ; index++) {
    const step = FunctionPrototypeCall(next, iterator);
    if (step === null || (typeof step !== "object" && typeof step !== "function")) {
      throw new TypeError(`${prefix}: The iterator of ${what} returned a non-object.`);
    }
    if (step.done) return list;
    const item = step.value;
    if (item === null || (typeof item !== "object" && typeof item !== "function")) {
      throw new TypeError(`${prefix}: ${what}, index ${index} is not an object.`);
    }
    ArrayPrototypePush(list, item);
  }
}

defineInterface(MessagePort, "MessagePort");
defineEventHandler(MessagePort.prototype, "onmessage", isMessagePort);
defineEventHandler(MessagePort.prototype, "onmessageerror", isMessagePort);
defineEventHandler(MessagePort.prototype, "onclose", isMessagePort);
{
  const { get, set } = ObjectGetOwnPropertyDescriptor(MessagePort.prototype, "onmessage");
  const accessors = {
    set onmessage(value) {
      FunctionPrototypeCall(set, this, value);
      startImplicitly(this, value);
    },
  };
  ObjectDefineProperty(MessagePort.prototype, "onmessage", {
    get, set: ObjectGetOwnPropertyDescriptor(accessors, "onmessage").set, enumerable: true, configurable: true,
  });
}
defineInspect(MessagePort, "MessagePort", ["onmessage", "onmessageerror", "onclose"]);

// ---- MessageChannel -------------------------------------------------------------------------------------
class MessageChannel {
  #port1;
  #port2;

  constructor() {
    const { port1, port2 } = newEntangledPair();
    this.#port1 = port1;
    this.#port2 = port2;
  }

  get port1() {
    if (!(#port1 in this)) throw illegalInvocation();
    return this.#port1;
  }

  get port2() {
    if (!(#port1 in this)) throw illegalInvocation();
    return this.#port2;
  }

  static {
    // Neither interface is serializable; a port can only be transferred.
    internals.registerSerializable({
      is: (value) => isMessagePort(value) || (value !== null && typeof value === "object" && #port1 in value),
      serialize(value) {
        throw new DOMException(isMessagePort(value)
          ? "A MessagePort could not be cloned because it was not transferred; list it in the transfer list."
          : "#<MessageChannel> could not be cloned.", "DataCloneError");
      },
    });
  }
}
defineInterface(MessageChannel, "MessageChannel");
defineInspect(MessageChannel, "MessageChannel", ["port1", "port2"]);

internals.isMessagePort = isMessagePort;

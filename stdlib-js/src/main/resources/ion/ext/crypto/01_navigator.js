// HTML's navigator (https://html.spec.whatwg.org/multipage/system-state.html#the-navigator-object):
// userAgent and hardwareConcurrency; and `self` (https://html.spec.whatwg.org/multipage/window-object.html#dom-self).
const { ObjectDefineProperty, ObjectGetOwnPropertyDescriptor, ReflectOwnKeys, SymbolToStringTag, TypeError, globalThis } = primordials;

const illegal = Symbol("illegal constructor");
let userAgent;
let hardwareConcurrency;
internals.onContextStart(() => {
  [userAgent, hardwareConcurrency] = ops.op_navigator_info();
});

let navigator;
function checkNavigator(value, what) {
  if (value !== navigator) {
    throw new TypeError(`Illegal invocation: '${what}' called on an object that is not a Navigator.`);
  }
}

class Navigator {
  constructor(key = undefined) {
    if (key !== illegal) {
      throw new TypeError("Illegal constructor");
    }
  }

  get userAgent() {
    checkNavigator(this, "userAgent");
    return userAgent;
  }

  get hardwareConcurrency() {
    checkNavigator(this, "hardwareConcurrency");
    return hardwareConcurrency;
  }
}
for (const key of ReflectOwnKeys(Navigator.prototype)) {
  if (key === "constructor") continue;
  const desc = ObjectGetOwnPropertyDescriptor(Navigator.prototype, key);
  desc.enumerable = true;
  ObjectDefineProperty(Navigator.prototype, key, desc);
}
ObjectDefineProperty(Navigator.prototype, SymbolToStringTag, { value: "Navigator", configurable: true });
ObjectDefineProperty(Navigator, "length", { value: 0, configurable: true });
ObjectDefineProperty(globalThis, "Navigator", { value: Navigator, writable: true, enumerable: false, configurable: true });

navigator = new Navigator(illegal);
const accessors = {
  get navigator() {
    return navigator;
  },
  get self() {
    return globalThis;
  },
  // [Replaceable]: assigning `self` replaces it with a data property.
  set self(value) {
    ObjectDefineProperty(globalThis, "self", { value, writable: true, enumerable: true, configurable: true });
  },
};
const navigatorDesc = ObjectGetOwnPropertyDescriptor(accessors, "navigator");
const selfDesc = ObjectGetOwnPropertyDescriptor(accessors, "self");
ObjectDefineProperty(globalThis, "navigator", { get: navigatorDesc.get, enumerable: true, configurable: true });
ObjectDefineProperty(globalThis, "self", { get: selfDesc.get, set: selfDesc.set, enumerable: true, configurable: true });

// URL Pattern Standard: https://urlpattern.spec.whatwg.org/ — the URLPattern class, the constructor string
// parser, URLPatternInit processing and the canonicalization of each component through the URL parser.
const {
  ArrayPrototypeConcat, ArrayPrototypePush, ObjectPrototypeHasOwnProperty, RegExp, RegExpPrototypeExec,
  StringPrototypeCharCodeAt, StringPrototypeIncludes, StringPrototypeLastIndexOf, StringPrototypeSlice,
  StringPrototypeToLowerCase, StringPrototypeToWellFormed, TypeError,
} = primordials;
const {
  OPEN, CLOSE, REGEXP, NAME, CHAR, ESCAPED_CHAR, INVALID_CHAR, ASTERISK, END, PART_REGEXP,
  tokenize, parsePatternString, generateRegexpAndNames, generatePatternString, escapePatternString,
} = internals.urlPatternStrings;
const url = internals.urlParsing;
const { defineInterface, defineInspect, illegalInvocation } = internals.webidl;

const COMPONENTS = ["protocol", "username", "password", "hostname", "port", "pathname", "search", "hash"];
const SPECIAL_SCHEMES = ["ftp", "file", "http", "https", "ws", "wss"];
const DEFAULT_PORTS = { __proto__: null, "ftp": "21", "http": "80", "https": "443", "ws": "80", "wss": "443" };
const DEFAULT_OPTIONS = { delimiter: "", prefix: "", ignoreCase: false };
const HOSTNAME_OPTIONS = { delimiter: ".", prefix: "", ignoreCase: false };
const PATHNAME_OPTIONS = { delimiter: "/", prefix: "/", ignoreCase: false };

const has = (object, key) => ObjectPrototypeHasOwnProperty(object, key);

// ---- Canonicalization (4.6): each encoding callback throws a TypeError when the URL parser fails ---------

function invalid(component, value) {
  return new TypeError(`'${value}' is not valid in a${component === "IPv6 hostname" ? "n" : ""} ${component}`);
}

// A URL record for https://dummy.invalid/, whose host or path the URL parser then replaces.
function dummyURL() {
  const record = url.newRecord();
  record.scheme = "https";
  record.host = "dummy.invalid";
  record.path = [""];
  return record;
}

function canonicalizeProtocol(value) {
  if (value === "") return value;
  const parsed = url.basicParse(`${value}://dummy.invalid/`, null);
  if (parsed === null) throw invalid("protocol", value);
  return parsed.scheme;
}

function canonicalizeUserinfo(value) {
  return url.percentEncodeUserinfo(value);
}

// The URL parser's hostname and port states stop at a delimiter ("a/b" would be host "a", "80x" port 80);
// a pattern's text must be all hostname or all port, so what the parser would drop is an error, as in
// browsers and Deno.
const endsHost = (c) => c === 0x2F || c === 0x3F || c === 0x23 || c === 0x5C;
const isDigit = (c) => c >= 0x30 && c <= 0x39;

function consumedWhole(value, allowed) {
  for (let i = 0; i < value.length; i++) {
    if (!allowed(StringPrototypeCharCodeAt(value, i))) return false;
  }
  return true;
}

function canonicalizeHostname(value) {
  if (value === "") return value;
  if (!consumedWhole(value, (c) => !endsHost(c))) throw invalid("hostname", value);
  const record = dummyURL();
  if (url.basicParse(value, null, record, url.HOSTNAME) === null) throw invalid("hostname", value);
  return record.host === null ? "" : record.host;
}

function canonicalizeIPv6Hostname(value) {
  let result = "";
  for (let i = 0; i < value.length; i++) {
    const c = StringPrototypeCharCodeAt(value, i);
    const hex = isDigit(c) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x66);
    if (!hex && c !== 0x5B && c !== 0x5D && c !== 0x3A) throw invalid("IPv6 hostname", value);
    result += StringPrototypeToLowerCase(value[i]);
  }
  return result;
}

// Without a protocol the port is kept as written (as browsers and Deno do): only a known scheme has a
// default port to remove.
function canonicalizePort(value, protocol = "") {
  if (value === "") return value;
  if (!consumedWhole(value, isDigit)) throw invalid("port", value);
  const record = url.newRecord();
  record.scheme = protocol;
  if (url.basicParse(value, null, record, url.PORT) === null) throw invalid("port", value);
  return record.port === null ? "" : `${record.port}`;
}

function canonicalizePathname(value) {
  if (value === "") return value;
  const leadingSlash = StringPrototypeCharCodeAt(value, 0) === 0x2F;
  const record = dummyURL();
  record.path = [];
  if (url.basicParse(leadingSlash ? value : `/-${value}`, null, record, url.PATH_START) === null) {
    throw invalid("pathname", value);
  }
  const result = url.serializePath(record);
  return leadingSlash ? result : StringPrototypeSlice(result, 2);
}

function canonicalizeOpaquePathname(value) {
  if (value === "") return value;
  const record = url.newRecord();
  record.path = "";
  if (url.basicParse(value, null, record, url.OPAQUE_PATH) === null) throw invalid("pathname", value);
  return url.serializePath(record);
}

function canonicalizeSearch(value) {
  if (value === "") return value;
  const record = url.newRecord();
  record.query = "";
  if (url.basicParse(value, null, record, url.QUERY) === null) throw invalid("search", value);
  return record.query;
}

function canonicalizeHash(value) {
  if (value === "") return value;
  const record = url.newRecord();
  record.fragment = "";
  if (url.basicParse(value, null, record, url.FRAGMENT) === null) throw invalid("hash", value);
  return record.fragment;
}

// ---- Components (1.2): a compiled pattern string -----------------------------------------------------

// The v flag (as the spec asks) rejects some character classes the u flag accepts, such as [^/].
const V_FLAG_HINT = "(regular expression groups are compiled with the v flag: inside [...] escape ( ) [ ] { } / - \\ |)";

function compileComponent(name, input, encode, options) {
  let parts;
  try {
    parts = parsePatternString(input, options, encode);
  } catch (e) {
    throw new TypeError(`Invalid ${name} pattern '${input}': ${e.message}`);
  }
  const { regexp: regexpString, names } = generateRegexpAndNames(parts, options);
  let regexp;
  try {
    regexp = new RegExp(regexpString, options.ignoreCase ? "vi" : "v");
  } catch (e) {
    const hint = StringPrototypeIncludes(e.message, "class") ? ` ${V_FLAG_HINT}` : "";
    throw new TypeError(`Invalid ${name} pattern '${input}': ${e.message}${hint}`);
  }
  let hasRegExpGroups = false;
  for (let i = 0; i < parts.length; i++) {
    if (parts[i].type === PART_REGEXP) hasRegExpGroups = true;
  }
  return { patternString: generatePatternString(parts, options), regexp, names, hasRegExpGroups };
}

function matchesSpecialScheme(component) {
  for (let i = 0; i < SPECIAL_SCHEMES.length; i++) {
    if (RegExpPrototypeExec(component.regexp, SPECIAL_SCHEMES[i]) !== null) return true;
  }
  return false;
}

// ---- The constructor string parser (2.3) -------------------------------------------------------------

class ConstructorStringParser {
  constructor(input) {
    this.input = input;
    this.tokens = tokenize(input, false);
    this.result = { __proto__: null };
    this.componentStart = 0;
    this.tokenIndex = 0;
    this.tokenIncrement = 1;
    this.groupDepth = 0;
    this.hostnameIPv6BracketDepth = 0;
    this.protocolMatchesSpecialScheme = false;
    this.state = "init";
  }

  parse() {
    const tokens = this.tokens;
    while (this.tokenIndex < tokens.length) {
      this.tokenIncrement = 1;
      if (tokens[this.tokenIndex].type === END) {
        if (this.state === "init") {
          this.rewind();
          if (this.isHashPrefix()) this.changeState("hash", 1);
          else if (this.isSearchPrefix()) this.changeState("search", 1);
          else this.changeState("pathname", 0);
          this.tokenIndex += this.tokenIncrement;
          continue;
        }
        if (this.state === "authority") {
          this.rewindAndSetState("hostname");
          this.tokenIndex += this.tokenIncrement;
          continue;
        }
        this.changeState("done", 0);
        break;
      }
      if (this.isGroupOpen()) {
        this.groupDepth++;
        this.tokenIndex += this.tokenIncrement;
        continue;
      }
      if (this.groupDepth > 0) {
        if (this.isGroupClose()) {
          this.groupDepth--;
        } else {
          this.tokenIndex += this.tokenIncrement;
          continue;
        }
      }
      this.step();
      this.tokenIndex += this.tokenIncrement;
    }
    if (has(this.result, "hostname") && !has(this.result, "port")) this.result.port = "";
    return this.result;
  }

  step() {
    switch (this.state) {
      case "init":
        if (this.isProtocolSuffix()) this.rewindAndSetState("protocol");
        break;
      case "protocol":
        if (this.isProtocolSuffix()) {
          this.computeProtocolMatchesSpecialScheme();
          let next = "pathname", skip = 1;
          if (this.nextIsAuthoritySlashes()) {
            next = "authority";
            skip = 3;
          } else if (this.protocolMatchesSpecialScheme) {
            next = "authority";
          }
          this.changeState(next, skip);
        }
        break;
      case "authority":
        if (this.isIdentityTerminator()) this.rewindAndSetState("username");
        else if (this.isPathnameStart() || this.isSearchPrefix() || this.isHashPrefix()) this.rewindAndSetState("hostname");
        break;
      case "username":
        if (this.isPasswordPrefix()) this.changeState("password", 1);
        else if (this.isIdentityTerminator()) this.changeState("hostname", 1);
        break;
      case "password":
        if (this.isIdentityTerminator()) this.changeState("hostname", 1);
        break;
      case "hostname":
        if (this.isIPv6Open()) this.hostnameIPv6BracketDepth++;
        else if (this.isIPv6Close()) this.hostnameIPv6BracketDepth--;
        else if (this.isPortPrefix() && this.hostnameIPv6BracketDepth === 0) this.changeState("port", 1);
        else if (this.isPathnameStart()) this.changeState("pathname", 0);
        else if (this.isSearchPrefix()) this.changeState("search", 1);
        else if (this.isHashPrefix()) this.changeState("hash", 1);
        break;
      case "port":
        if (this.isPathnameStart()) this.changeState("pathname", 0);
        else if (this.isSearchPrefix()) this.changeState("search", 1);
        else if (this.isHashPrefix()) this.changeState("hash", 1);
        break;
      case "pathname":
        if (this.isSearchPrefix()) this.changeState("search", 1);
        else if (this.isHashPrefix()) this.changeState("hash", 1);
        break;
      case "search":
        if (this.isHashPrefix()) this.changeState("hash", 1);
        break;
    }
  }

  changeState(newState, skip) {
    const state = this.state, result = this.result;
    if (state !== "init" && state !== "authority" && state !== "done") result[state] = this.makeComponentString();
    if (state !== "init" && newState !== "done") {
      const beforeHostname = state === "protocol" || state === "authority" || state === "username" ||
        state === "password";
      if (beforeHostname && (newState === "port" || newState === "pathname" || newState === "search" ||
          newState === "hash") && !has(result, "hostname")) {
        result.hostname = "";
      }
      const beforePathname = beforeHostname || state === "hostname" || state === "port";
      if (beforePathname && (newState === "search" || newState === "hash") && !has(result, "pathname")) {
        result.pathname = this.protocolMatchesSpecialScheme ? "/" : "";
      }
      if ((beforePathname || state === "pathname") && newState === "hash" && !has(result, "search")) {
        result.search = "";
      }
    }
    this.state = newState;
    this.tokenIndex += skip;
    this.componentStart = this.tokenIndex;
    this.tokenIncrement = 0;
  }

  rewind() {
    this.tokenIndex = this.componentStart;
    this.tokenIncrement = 0;
  }

  rewindAndSetState(state) {
    this.rewind();
    this.state = state;
  }

  safeToken(index) {
    const tokens = this.tokens;
    return index < tokens.length ? tokens[index] : tokens[tokens.length - 1];
  }

  isNonSpecialPatternChar(index, value) {
    const token = this.safeToken(index);
    return token.value === value && (token.type === CHAR || token.type === ESCAPED_CHAR || token.type === INVALID_CHAR);
  }

  isProtocolSuffix() { return this.isNonSpecialPatternChar(this.tokenIndex, ":"); }
  isIdentityTerminator() { return this.isNonSpecialPatternChar(this.tokenIndex, "@"); }
  isPasswordPrefix() { return this.isNonSpecialPatternChar(this.tokenIndex, ":"); }
  isPortPrefix() { return this.isNonSpecialPatternChar(this.tokenIndex, ":"); }
  isPathnameStart() { return this.isNonSpecialPatternChar(this.tokenIndex, "/"); }
  isHashPrefix() { return this.isNonSpecialPatternChar(this.tokenIndex, "#"); }
  isIPv6Open() { return this.isNonSpecialPatternChar(this.tokenIndex, "["); }
  isIPv6Close() { return this.isNonSpecialPatternChar(this.tokenIndex, "]"); }
  isGroupOpen() { return this.tokens[this.tokenIndex].type === OPEN; }
  isGroupClose() { return this.tokens[this.tokenIndex].type === CLOSE; }

  nextIsAuthoritySlashes() {
    return this.isNonSpecialPatternChar(this.tokenIndex + 1, "/") && this.isNonSpecialPatternChar(this.tokenIndex + 2, "/");
  }

  // A "?" is a search prefix unless it is the modifier of the token before it.
  isSearchPrefix() {
    if (this.isNonSpecialPatternChar(this.tokenIndex, "?")) return true;
    if (this.tokens[this.tokenIndex].value !== "?") return false;
    if (this.tokenIndex === 0) return true;
    const previous = this.safeToken(this.tokenIndex - 1).type;
    return previous !== NAME && previous !== REGEXP && previous !== CLOSE && previous !== ASTERISK;
  }

  makeComponentString() {
    const start = this.safeToken(this.componentStart).index;
    return StringPrototypeSlice(this.input, start, this.tokens[this.tokenIndex].index);
  }

  computeProtocolMatchesSpecialScheme() {
    const component = compileComponent("protocol", this.makeComponentString(), canonicalizeProtocol, DEFAULT_OPTIONS);
    if (matchesSpecialScheme(component)) this.protocolMatchesSpecialScheme = true;
  }
}

// ---- URLPatternInit processing (4.4) -----------------------------------------------------------------

function isSpecialScheme(scheme) {
  for (let i = 0; i < SPECIAL_SCHEMES.length; i++) {
    if (SPECIAL_SCHEMES[i] === scheme) return true;
  }
  return false;
}

function processBaseURLString(input, type) {
  return type === "pattern" ? escapePatternString(input) : input;
}

function isAbsolutePathname(input, type) {
  if (input === "") return false;
  if (input[0] === "/") return true;
  if (type === "url" || input.length < 2) return false;
  return (input[0] === "\\" || input[0] === "{") && input[1] === "/";
}

// type: "pattern" (the init describes a pattern, left uncanonicalized) or "url" (it describes a URL).
// `result` holds the components' starting values.
function processInit(dictionary, type, result) {
  const init = { __proto__: null };   // only the members given, whatever Object.prototype holds
  for (let i = 0; i < INIT_MEMBERS.length; i++) {
    if (has(dictionary, INIT_MEMBERS[i])) init[INIT_MEMBERS[i]] = dictionary[INIT_MEMBERS[i]];
  }
  // Whether none of the first `count` components of COMPONENTS_BY_SPECIFICITY was given.
  const noneOf = (count) => {
    for (let i = 0; i < count; i++) if (init[COMPONENTS_BY_SPECIFICITY[i]] !== undefined) return false;
    return true;
  };
  let baseURL = null;
  if (init.baseURL !== undefined) {
    baseURL = url.parse(init.baseURL);
    if (baseURL === null) throw new TypeError(`Invalid base URL '${init.baseURL}'`);
    if (init.protocol === undefined) result.protocol = processBaseURLString(baseURL.scheme, type);
    const inheritsUsername = type !== "pattern" && noneOf(3) && init.username === undefined;
    if (inheritsUsername) result.username = processBaseURLString(baseURL.username, type);
    if (inheritsUsername && init.password === undefined) result.password = processBaseURLString(baseURL.password, type);
    if (noneOf(2)) result.hostname = processBaseURLString(baseURL.host ?? "", type);
    if (noneOf(3)) result.port = baseURL.port === null ? "" : `${baseURL.port}`;
    if (noneOf(4)) result.pathname = processBaseURLString(url.serializePath(baseURL), type);
    if (noneOf(5)) result.search = processBaseURLString(baseURL.query ?? "", type);
    if (noneOf(6)) result.hash = processBaseURLString(baseURL.fragment ?? "", type);
  }
  const pattern = type === "pattern";
  if (init.protocol !== undefined) {
    const stripped = init.protocol[init.protocol.length - 1] === ":" ?
      StringPrototypeSlice(init.protocol, 0, -1) : init.protocol;
    result.protocol = pattern ? stripped : canonicalizeProtocol(stripped);
  }
  if (init.username !== undefined) result.username = pattern ? init.username : canonicalizeUserinfo(init.username);
  if (init.password !== undefined) result.password = pattern ? init.password : canonicalizeUserinfo(init.password);
  if (init.hostname !== undefined) result.hostname = pattern ? init.hostname : canonicalizeHostname(init.hostname);
  if (init.port !== undefined) result.port = pattern ? init.port : canonicalizePort(init.port, result.protocol);
  if (init.pathname !== undefined) {
    let pathname = init.pathname;
    if (baseURL !== null && typeof baseURL.path !== "string" && !isAbsolutePathname(pathname, type)) {
      const basePath = processBaseURLString(url.serializePath(baseURL), type);
      const slash = StringPrototypeLastIndexOf(basePath, "/");
      if (slash !== -1) pathname = StringPrototypeSlice(basePath, 0, slash + 1) + pathname;
    }
    if (!pattern) {
      pathname = result.protocol === "" || isSpecialScheme(result.protocol) ?
        canonicalizePathname(pathname) : canonicalizeOpaquePathname(pathname);
    }
    result.pathname = pathname;
  }
  if (init.search !== undefined) {
    const stripped = init.search[0] === "?" ? StringPrototypeSlice(init.search, 1) : init.search;
    result.search = pattern ? stripped : canonicalizeSearch(stripped);
  }
  if (init.hash !== undefined) {
    const stripped = init.hash[0] === "#" ? StringPrototypeSlice(init.hash, 1) : init.hash;
    result.hash = pattern ? stripped : canonicalizeHash(stripped);
  }
  return result;
}

function isIPv6Pattern(hostname) {
  if (hostname.length < 2) return false;
  return hostname[0] === "[" || ((hostname[0] === "{" || hostname[0] === "\\") && hostname[1] === "[");
}

// ---- WebIDL conversions ------------------------------------------------------------------------------

// A component given in an init stops the base URL's components after it in this order from being inherited
// (username and password also need the first three absent).
const COMPONENTS_BY_SPECIFICITY = ["protocol", "hostname", "port", "pathname", "search", "hash"];
const INIT_MEMBERS = ["baseURL", "hash", "hostname", "password", "pathname", "port", "protocol", "search", "username"];

function toUSVString(value) {
  return StringPrototypeToWellFormed(`${value}`);
}

const isObject = (value) => (typeof value === "object" && value !== null) || typeof value === "function";

// URLPatternInit: members read in lexicographic order, as WebIDL converts dictionaries.
function toInit(value) {
  const init = {};
  if (value === undefined || value === null) return init;
  for (let i = 0; i < INIT_MEMBERS.length; i++) {
    const member = value[INIT_MEMBERS[i]];
    if (member !== undefined) init[INIT_MEMBERS[i]] = toUSVString(member);
  }
  return init;
}

// URLPatternInput = (USVString or URLPatternInit): objects, null and undefined are dictionaries.
function toInput(value) {
  return value === undefined || value === null || isObject(value) ? toInit(value) : toUSVString(value);
}

function toOptions(value, prefix) {
  if (value === undefined || value === null) return { ignoreCase: false };
  if (!isObject(value)) throw new TypeError(`${prefix}: The options argument must be an object such as { ignoreCase: true }.`);
  return { ignoreCase: !!value.ignoreCase };
}

// ---- URLPattern (1.1) --------------------------------------------------------------------------------

const CONSTRUCT = "Failed to construct 'URLPattern'";

function createComponents(input, baseURL, options) {
  let init;
  if (typeof input === "string") {
    try {
      init = new ConstructorStringParser(input).parse();
    } catch (e) {
      throw new TypeError(`${CONSTRUCT}: ${e.message}`);
    }
    if (baseURL === undefined && !has(init, "protocol")) {
      throw new TypeError(`${CONSTRUCT}: The pattern '${input}' is relative, so it needs a base URL: new URLPattern(input, baseURL)`);
    }
    if (baseURL !== undefined) init.baseURL = baseURL;
  } else {
    if (baseURL !== undefined) {
      throw new TypeError(`${CONSTRUCT}: A base URL can only be given with a pattern string; put it in the init object as 'baseURL'`);
    }
    init = input;
  }
  const components = { __proto__: null };
  try {
    const processed = processInit(init, "pattern", { __proto__: null });
    for (let i = 0; i < COMPONENTS.length; i++) processed[COMPONENTS[i]] ??= "*";
    if (DEFAULT_PORTS[processed.protocol] === processed.port) processed.port = "";
    const compile = (name, encode, compileOptions) => {
      components[name] = compileComponent(name, processed[name], encode, compileOptions);
    };
    compile("protocol", canonicalizeProtocol, DEFAULT_OPTIONS);
    compile("username", canonicalizeUserinfo, DEFAULT_OPTIONS);
    compile("password", canonicalizeUserinfo, DEFAULT_OPTIONS);
    if (isIPv6Pattern(processed.hostname)) compile("hostname", canonicalizeIPv6Hostname, HOSTNAME_OPTIONS);
    else compile("hostname", canonicalizeHostname, HOSTNAME_OPTIONS);
    compile("port", canonicalizePort, DEFAULT_OPTIONS);
    const ignoreCase = options.ignoreCase;
    const defaultOptions = ignoreCase ? { __proto__: DEFAULT_OPTIONS, ignoreCase } : DEFAULT_OPTIONS;
    if (matchesSpecialScheme(components.protocol)) {
      compile("pathname", canonicalizePathname, ignoreCase ? { __proto__: PATHNAME_OPTIONS, ignoreCase } : PATHNAME_OPTIONS);
    } else {
      compile("pathname", canonicalizeOpaquePathname, defaultOptions);
    }
    compile("search", canonicalizeSearch, defaultOptions);
    compile("hash", canonicalizeHash, defaultOptions);
  } catch (e) {
    throw new TypeError(`${CONSTRUCT}: ${e.message}`);
  }
  return components;
}

// WebIDL converts dictionaries to objects with their members in lexicographic order.
function componentResult(component, input, execResult) {
  const groups = {};
  const names = component.names;
  for (let i = 1; i < execResult.length; i++) groups[names[i - 1]] = execResult[i];
  return { groups, input };
}

class URLPattern {
  #components;

  constructor(input = undefined, baseURLOrOptions = undefined, options = undefined) {
    let baseURL;
    if (arguments.length >= 3 || (arguments.length === 2 && baseURLOrOptions !== undefined &&
        baseURLOrOptions !== null && !isObject(baseURLOrOptions))) {
      input = toInput(input);
      baseURL = toUSVString(baseURLOrOptions);
    } else {
      input = toInput(input);
      options = baseURLOrOptions;
    }
    this.#components = createComponents(input, baseURL, toOptions(options, CONSTRUCT));
  }

  static #check(self) {
    if (!isObject(self) || !(#components in self)) throw illegalInvocation();
    return self.#components;
  }

  // Returns the match result, or null when the input does not match (or is not a URL).
  static #match(components, input, baseURL, method) {
    const values = { __proto__: null, protocol: "", username: "", password: "", hostname: "", port: "", pathname: "", search: "", hash: "" };
    const inputs = [input];
    if (typeof input !== "string") {
      if (baseURL !== undefined) {
        throw new TypeError(`Failed to execute '${method}' on 'URLPattern': A base URL can only be given with a URL string; put it in the init object as 'baseURL'`);
      }
      try {
        processInit(input, "url", values);
      } catch {
        return null;
      }
    } else {
      if (baseURL !== undefined) ArrayPrototypePush(inputs, baseURL);
      const record = url.parse(input, baseURL);
      if (record === null) return null;
      values.protocol = record.scheme;
      values.username = record.username;
      values.password = record.password;
      values.hostname = record.host ?? "";
      values.port = record.port === null ? "" : `${record.port}`;
      values.pathname = url.serializePath(record);
      values.search = record.query ?? "";
      values.hash = record.fragment ?? "";
    }
    const matched = { __proto__: null };
    for (let i = 0; i < COMPONENTS.length; i++) {
      const name = COMPONENTS[i];
      const execResult = RegExpPrototypeExec(components[name].regexp, values[name]);
      if (execResult === null) return null;
      matched[name] = componentResult(components[name], values[name], execResult);
    }
    return {
      hash: matched.hash, hostname: matched.hostname, inputs, password: matched.password, pathname: matched.pathname,
      port: matched.port, protocol: matched.protocol, search: matched.search, username: matched.username,
    };
  }

  test(input = undefined, baseURL = undefined) {
    const components = URLPattern.#check(this);
    input = toInput(input);
    if (baseURL !== undefined) baseURL = toUSVString(baseURL);
    return URLPattern.#match(components, input, baseURL, "test") !== null;
  }

  exec(input = undefined, baseURL = undefined) {
    const components = URLPattern.#check(this);
    input = toInput(input);
    if (baseURL !== undefined) baseURL = toUSVString(baseURL);
    return URLPattern.#match(components, input, baseURL, "exec");
  }

  get protocol() { return URLPattern.#check(this).protocol.patternString; }
  get username() { return URLPattern.#check(this).username.patternString; }
  get password() { return URLPattern.#check(this).password.patternString; }
  get hostname() { return URLPattern.#check(this).hostname.patternString; }
  get port() { return URLPattern.#check(this).port.patternString; }
  get pathname() { return URLPattern.#check(this).pathname.patternString; }
  get search() { return URLPattern.#check(this).search.patternString; }
  get hash() { return URLPattern.#check(this).hash.patternString; }

  get hasRegExpGroups() {
    const components = URLPattern.#check(this);
    for (let i = 0; i < COMPONENTS.length; i++) {
      if (components[COMPONENTS[i]].hasRegExpGroups) return true;
    }
    return false;
  }
}

defineInterface(URLPattern, "URLPattern");
defineInspect(URLPattern, "URLPattern", ArrayPrototypeConcat(COMPONENTS, ["hasRegExpGroups"]));

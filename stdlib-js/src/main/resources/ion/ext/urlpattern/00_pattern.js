// URL Pattern Standard, sections 2 and 3: https://urlpattern.spec.whatwg.org/#patterns
// Pattern strings: the tokenizer, the pattern parser (into a part list), and what is generated from a part
// list: the regular expression string with its group names, and the normalized pattern string.
// Positions are UTF-16 indices; the tokenizer steps over whole code points, as browsers do.
// Exposes internals.urlPatternStrings for 01_urlpattern.js.
const {
  ArrayPrototypePush, ObjectFreeze, StringPrototypeCharCodeAt, StringPrototypeCodePointAt,
  StringPrototypeIncludes, StringPrototypeSlice, TypeError,
} = primordials;

// ---- Tokenizer (2.1) ---------------------------------------------------------------------------------

const OPEN = "open", CLOSE = "close", REGEXP = "regexp", NAME = "name", CHAR = "char",
  ESCAPED_CHAR = "escaped-char", OTHER_MODIFIER = "other-modifier", ASTERISK = "asterisk", END = "end",
  INVALID_CHAR = "invalid-char";

const isAscii = (c) => c <= 0x7F;

// ID_Start / ID_Continue: V8 is built without ICU here, so \p{ID_Start} is unavailable and non-ASCII
// code points ask Java (Character.isUnicodeIdentifierStart/Part).
function isValidNameCodePoint(c, first) {
  if (c === 0x24 || c === 0x5F) return true;                                  // $ _
  if ((c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A)) return true;     // A-Z a-z
  if (isAscii(c)) return !first && c >= 0x30 && c <= 0x39;                   // 0-9 continue a name
  if (!first && (c === 0x200C || c === 0x200D)) return true;                  // ZWNJ, ZWJ
  return ops.op_urlpattern_is_identifier(c, first);
}

class Tokenizer {
  constructor(input, strict) {
    this.input = input;
    this.strict = strict;
    this.tokens = [];
    this.index = 0;
    this.nextIndex = 0;
    this.codePoint = 0;
  }

  getNextCodePoint() {
    this.codePoint = StringPrototypeCodePointAt(this.input, this.nextIndex);
    this.nextIndex += this.codePoint > 0xFFFF ? 2 : 1;
  }

  seekAndGetNextCodePoint(index) {
    this.nextIndex = index;
    this.getNextCodePoint();
  }

  addToken(type, nextPosition, valuePosition, valueLength) {
    ArrayPrototypePush(this.tokens, {
      type, index: this.index, value: StringPrototypeSlice(this.input, valuePosition, valuePosition + valueLength),
    });
    this.index = nextPosition;
  }

  addTokenWithDefaultLength(type, nextPosition, valuePosition) {
    this.addToken(type, nextPosition, valuePosition, nextPosition - valuePosition);
  }

  addTokenWithDefaultPositionAndLength(type) {
    this.addTokenWithDefaultLength(type, this.nextIndex, this.index);
  }

  // `what` says what was wrong, for the strict policy's TypeError.
  error(nextPosition, valuePosition, what) {
    if (this.strict) {
      throw new TypeError(`${what} at position ${valuePosition}`);
    }
    this.addTokenWithDefaultLength(INVALID_CHAR, nextPosition, valuePosition);
  }

  tokenize() {
    const input = this.input;
    while (this.index < input.length) {
      this.seekAndGetNextCodePoint(this.index);
      const c = this.codePoint;
      if (c === 0x2A) {
        this.addTokenWithDefaultPositionAndLength(ASTERISK);
      } else if (c === 0x2B || c === 0x3F) {
        this.addTokenWithDefaultPositionAndLength(OTHER_MODIFIER);
      } else if (c === 0x5C) {
        if (this.index === input.length - 1) {
          this.error(this.nextIndex, this.index, "A pattern cannot end with a lone '\\'");
          continue;
        }
        const escapedIndex = this.nextIndex;
        this.getNextCodePoint();
        this.addTokenWithDefaultLength(ESCAPED_CHAR, this.nextIndex, escapedIndex);
      } else if (c === 0x7B) {
        this.addTokenWithDefaultPositionAndLength(OPEN);
      } else if (c === 0x7D) {
        this.addTokenWithDefaultPositionAndLength(CLOSE);
      } else if (c === 0x3A) {
        this.tokenizeName();
      } else if (c === 0x28) {
        this.tokenizeRegexp();
      } else {
        this.addTokenWithDefaultPositionAndLength(CHAR);
      }
    }
    this.addTokenWithDefaultLength(END, this.index, this.index);
    return this.tokens;
  }

  tokenizeName() {
    const nameStart = this.nextIndex;
    let namePosition = nameStart;
    while (namePosition < this.input.length) {
      this.seekAndGetNextCodePoint(namePosition);
      if (!isValidNameCodePoint(this.codePoint, namePosition === nameStart)) break;
      namePosition = this.nextIndex;
    }
    if (namePosition <= nameStart) {
      this.error(nameStart, this.index, "Missing group name after ':' (escape it as '\\:' to match a colon)");
      return;
    }
    this.addTokenWithDefaultLength(NAME, namePosition, nameStart);
  }

  tokenizeRegexp() {
    const input = this.input;
    const regexpStart = this.nextIndex;
    let regexpPosition = regexpStart;
    let depth = 1;
    while (regexpPosition < input.length) {
      this.seekAndGetNextCodePoint(regexpPosition);
      const c = this.codePoint;
      if (!isAscii(c)) {
        return this.error(regexpStart, this.index, "Non-ASCII character in a regular expression group");
      }
      if (regexpPosition === regexpStart && c === 0x3F) {
        return this.error(regexpStart, this.index, "A regular expression group cannot start with '?'");
      }
      if (c === 0x5C) {
        if (regexpPosition === input.length - 1) {
          return this.error(regexpStart, this.index, "Unterminated regular expression group");
        }
        this.getNextCodePoint();
        if (!isAscii(this.codePoint)) {
          return this.error(regexpStart, this.index, "Non-ASCII character in a regular expression group");
        }
        regexpPosition = this.nextIndex;
        continue;
      }
      if (c === 0x29) {
        depth--;
        if (depth === 0) {
          regexpPosition = this.nextIndex;
          break;
        }
      } else if (c === 0x28) {
        depth++;
        if (regexpPosition === input.length - 1) {
          return this.error(regexpStart, this.index, "Unterminated regular expression group");
        }
        const temporaryPosition = this.nextIndex;
        this.getNextCodePoint();
        if (this.codePoint !== 0x3F) {
          return this.error(regexpStart, this.index,
            "Capturing groups are not allowed inside a regular expression group (use '(?:')");
        }
        this.nextIndex = temporaryPosition;
      }
      regexpPosition = this.nextIndex;
    }
    if (depth !== 0) {
      return this.error(regexpStart, this.index, "Unterminated regular expression group");
    }
    const regexpLength = regexpPosition - regexpStart - 1;
    if (regexpLength === 0) {
      return this.error(regexpStart, this.index, "Empty regular expression group");
    }
    this.addToken(REGEXP, regexpPosition, regexpStart, regexpLength);
  }
}

function tokenize(input, strict) {
  return new Tokenizer(input, strict).tokenize();
}

// ---- Parts and options (2.2) -------------------------------------------------------------------------

const PART_FIXED = "fixed-text", PART_REGEXP = "regexp", PART_SEGMENT_WILDCARD = "segment-wildcard",
  PART_FULL_WILDCARD = "full-wildcard";
const FULL_WILDCARD_REGEXP = ".*";

function modifierString(modifier) {
  return modifier === "none" ? "" : modifier;   // modifiers are kept as "none", "?", "*" or "+"
}

// Backslashes every character that is syntax in a regular expression (also valid with the v flag).
function escapeRegexpString(input) {
  let result = "";
  for (let i = 0; i < input.length; i++) {
    const c = input[i];
    if (StringPrototypeIncludes(".+*?^${}()[]|/\\", c)) result += "\\";
    result += c;
  }
  return result;
}

function escapePatternString(input) {
  let result = "";
  for (let i = 0; i < input.length; i++) {
    const c = input[i];
    if (StringPrototypeIncludes("+*?:{}()\\", c)) result += "\\";
    result += c;
  }
  return result;
}

function segmentWildcardRegexp(options) {
  return `[^${escapeRegexpString(options.delimiter)}]+?`;
}

// ---- The pattern parser (2.2) ------------------------------------------------------------------------

class PatternParser {
  constructor(input, options, encode) {
    this.tokens = tokenize(input, true);
    this.encode = encode;
    this.options = options;
    this.segmentWildcardRegexp = segmentWildcardRegexp(options);
    this.parts = [];
    this.pendingFixedValue = "";
    this.index = 0;
    this.nextNumericName = 0;
    this.names = { __proto__: null };
  }

  tryConsume(type) {
    const token = this.tokens[this.index];
    if (token.type !== type) return null;
    this.index++;
    return token;
  }

  tryConsumeModifier() {
    return this.tryConsume(OTHER_MODIFIER) ?? this.tryConsume(ASTERISK);
  }

  tryConsumeRegexpOrWildcard(nameToken) {
    const token = this.tryConsume(REGEXP);
    if (nameToken === null && token === null) return this.tryConsume(ASTERISK);
    return token;
  }

  consumeRequired(type) {
    const token = this.tryConsume(type);
    if (token === null) {
      const found = this.tokens[this.index];
      const what = type === CLOSE ? "'}' to close the group" : "the end of the pattern";
      throw new TypeError(`Expected ${what} but found ${
        found.type === END ? "the end of the pattern" : `'${found.value}'`} at position ${found.index}`);
    }
    return token;
  }

  consumeText() {
    let result = "";
    for (;;) {
      const token = this.tryConsume(CHAR) ?? this.tryConsume(ESCAPED_CHAR);
      if (token === null) return result;
      result += token.value;
    }
  }

  maybeAddPartFromPendingFixedValue() {
    if (this.pendingFixedValue === "") return;
    const value = this.encode(this.pendingFixedValue);
    this.pendingFixedValue = "";
    ArrayPrototypePush(this.parts, { type: PART_FIXED, value, modifier: "none", name: "", prefix: "", suffix: "" });
  }

  addPart(prefix, nameToken, regexpOrWildcardToken, suffix, modifierToken) {
    const modifier = modifierToken === null ? "none" : modifierToken.value;
    if (nameToken === null && regexpOrWildcardToken === null && modifier === "none") {
      this.pendingFixedValue += prefix;
      return;
    }
    this.maybeAddPartFromPendingFixedValue();
    if (nameToken === null && regexpOrWildcardToken === null) {
      if (prefix === "") return;
      ArrayPrototypePush(this.parts, {
        type: PART_FIXED, value: this.encode(prefix), modifier, name: "", prefix: "", suffix: "",
      });
      return;
    }
    let regexpValue;
    if (regexpOrWildcardToken === null) regexpValue = this.segmentWildcardRegexp;
    else if (regexpOrWildcardToken.type === ASTERISK) regexpValue = FULL_WILDCARD_REGEXP;
    else regexpValue = regexpOrWildcardToken.value;
    let type = PART_REGEXP;
    if (regexpValue === this.segmentWildcardRegexp) {
      type = PART_SEGMENT_WILDCARD;
      regexpValue = "";
    } else if (regexpValue === FULL_WILDCARD_REGEXP) {
      type = PART_FULL_WILDCARD;
      regexpValue = "";
    }
    let name;
    if (nameToken !== null) name = nameToken.value;
    else name = `${this.nextNumericName++}`;
    if (this.names[name]) throw new TypeError(`Duplicate group name '${name}'`);
    this.names[name] = true;
    ArrayPrototypePush(this.parts, {
      type, value: regexpValue, modifier, name, prefix: this.encode(prefix), suffix: this.encode(suffix),
    });
  }

  parse() {
    const prefixCodePoint = this.options.prefix;
    while (this.index < this.tokens.length) {
      const charToken = this.tryConsume(CHAR);
      const nameToken = this.tryConsume(NAME);
      const regexpOrWildcardToken = this.tryConsumeRegexpOrWildcard(nameToken);
      if (nameToken !== null || regexpOrWildcardToken !== null) {
        let prefix = charToken === null ? "" : charToken.value;
        if (prefix !== "" && prefix !== prefixCodePoint) {
          this.pendingFixedValue += prefix;
          prefix = "";
        }
        this.maybeAddPartFromPendingFixedValue();
        const modifierToken = this.tryConsumeModifier();
        this.addPart(prefix, nameToken, regexpOrWildcardToken, "", modifierToken);
        continue;
      }
      const fixedToken = charToken ?? this.tryConsume(ESCAPED_CHAR);
      if (fixedToken !== null) {
        this.pendingFixedValue += fixedToken.value;
        continue;
      }
      const openToken = this.tryConsume(OPEN);
      if (openToken !== null) {
        const prefix = this.consumeText();
        const groupNameToken = this.tryConsume(NAME);
        const groupRegexpToken = this.tryConsumeRegexpOrWildcard(groupNameToken);
        const suffix = this.consumeText();
        this.consumeRequired(CLOSE);
        const modifierToken = this.tryConsumeModifier();
        this.addPart(prefix, groupNameToken, groupRegexpToken, suffix, modifierToken);
        continue;
      }
      this.maybeAddPartFromPendingFixedValue();
      this.consumeRequired(END);
    }
    return this.parts;
  }
}

// options: { delimiter, prefix } (each "" or one code point); encode: the component's encoding callback.
function parsePatternString(input, options, encode) {
  return new PatternParser(input, options, encode).parse();
}

// ---- Generation from a part list (2.2) ---------------------------------------------------------------

function generateRegexpAndNames(parts, options) {
  let result = "^";
  const names = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    const modifier = modifierString(part.modifier);
    if (part.type === PART_FIXED) {
      if (part.modifier === "none") result += escapeRegexpString(part.value);
      else result += `(?:${escapeRegexpString(part.value)})${modifier}`;
      continue;
    }
    ArrayPrototypePush(names, part.name);
    let regexpValue = part.value;
    if (part.type === PART_SEGMENT_WILDCARD) regexpValue = segmentWildcardRegexp(options);
    else if (part.type === PART_FULL_WILDCARD) regexpValue = FULL_WILDCARD_REGEXP;
    const single = part.modifier === "none" || part.modifier === "?";
    if (part.prefix === "" && part.suffix === "") {
      result += single ? `(${regexpValue})${modifier}` : `((?:${regexpValue})${modifier})`;
      continue;
    }
    const prefix = escapeRegexpString(part.prefix);
    const suffix = escapeRegexpString(part.suffix);
    if (single) {
      result += `(?:${prefix}(${regexpValue})${suffix})${modifier}`;
      continue;
    }
    result += `(?:${prefix}((?:${regexpValue})(?:${suffix}${prefix}(?:${regexpValue}))*)${suffix})`;
    if (part.modifier === "*") result += "?";
  }
  return { regexp: `${result}$`, names };
}

const isAsciiDigit = (c) => c >= 0x30 && c <= 0x39;

function generatePatternString(parts, options) {
  let result = "";
  for (let i = 0; i < parts.length; i++) {
    const previous = i > 0 ? parts[i - 1] : null;
    const next = i < parts.length - 1 ? parts[i + 1] : null;
    const part = parts[i];
    const modifier = modifierString(part.modifier);
    if (part.type === PART_FIXED) {
      if (part.modifier === "none") result += escapePatternString(part.value);
      else result += `{${escapePatternString(part.value)}}${modifier}`;
      continue;
    }
    const customName = !isAsciiDigit(StringPrototypeCharCodeAt(part.name, 0));
    let needsGrouping = part.suffix !== "" || (part.prefix !== "" && part.prefix !== options.prefix);
    if (!needsGrouping && customName && part.type === PART_SEGMENT_WILDCARD && part.modifier === "none" &&
        next !== null && next.prefix === "" && next.suffix === "") {
      if (next.type === PART_FIXED) {
        needsGrouping = next.value !== "" &&
          isValidNameCodePoint(StringPrototypeCodePointAt(next.value, 0), false);
      } else {
        needsGrouping = isAsciiDigit(StringPrototypeCharCodeAt(next.name, 0));
      }
    }
    if (!needsGrouping && part.prefix === "" && previous !== null && previous.type === PART_FIXED &&
        previous.value !== "" && previous.value[previous.value.length - 1] === options.prefix) {
      needsGrouping = true;
    }
    if (needsGrouping) result += "{";
    result += escapePatternString(part.prefix);
    if (customName) result += `:${part.name}`;
    if (part.type === PART_REGEXP) {
      result += `(${part.value})`;
    } else if (part.type === PART_SEGMENT_WILDCARD && !customName) {
      result += `(${segmentWildcardRegexp(options)})`;
    } else if (part.type === PART_FULL_WILDCARD) {
      if (!customName && (previous === null || previous.type === PART_FIXED || previous.modifier !== "none" ||
          needsGrouping || part.prefix !== "")) {
        result += "*";
      } else {
        result += `(${FULL_WILDCARD_REGEXP})`;
      }
    }
    if (part.type === PART_SEGMENT_WILDCARD && customName && part.suffix !== "" &&
        isValidNameCodePoint(StringPrototypeCodePointAt(part.suffix, 0), false)) {
      result += "\\";
    }
    result += escapePatternString(part.suffix);
    if (needsGrouping) result += "}";
    result += modifier;
  }
  return result;
}

internals.urlPatternStrings = ObjectFreeze({
  OPEN, CLOSE, REGEXP, NAME, CHAR, ESCAPED_CHAR, INVALID_CHAR, ASTERISK, END, PART_REGEXP,
  tokenize, parsePatternString, generateRegexpAndNames, generatePatternString, escapePatternString,
});

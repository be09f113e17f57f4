// The console namespace (https://console.spec.whatwg.org/), printing what Deno's console prints: log, info,
// debug, dir and table go to stdout; warn, error, assert and trace to stderr, coloured only on a terminal.
// Body of a function called with (ops, internals, primordials); the formatting is 00_inspect.js's.
// Sets and Maps are told by their internal slots (hasBrand), as 00_inspect.js tells them.
const { formatArgs, getStringWidth, hasBrand, inspect, stylizeWithColor } = internals;
const {
  Array, ArrayIsArray, ArrayPrototypeFill, ArrayPrototypeJoin, ArrayPrototypePush, ArrayPrototypeSlice,
  ArrayPrototypeUnshift, Error, ErrorCaptureStackTrace, globalThis, Map, MapPrototypeDelete, MapPrototypeForEach,
  MapPrototypeGet, MapPrototypeGetSize, MapPrototypeHas, MapPrototypeSet, MathMax, NumberIsInteger,
  NumberPrototypeToFixed, ObjectDefineProperty, ObjectHasOwn, ObjectKeys, ReflectHas, SetPrototypeForEach,
  SetPrototypeGetSize, String, StringPrototypeRepeat, StringPrototypeReplaceAll, StringPrototypeSlice,
  SymbolToStringTag,
} = primordials;

// Whether a stream is a terminal does not change while the process runs, so each is asked once.
const streamColors = [undefined, undefined];
function colorsFor(toStderr) {
  const index = toStderr ? 1 : 0;
  streamColors[index] ??= ops.op_is_terminal(toStderr);
  return streamColors[index];
}

// console.group indents what follows by two spaces per level, every line of it.
let groupIndentation = "";

function print(text, toStderr) {
  if (groupIndentation !== "") {
    text = groupIndentation + StringPrototypeReplaceAll(text, "\n", `\n${groupIndentation}`);
  }
  ops.op_print(`${text}\n`, toStderr);
}

function printArgs(args, toStderr) {
  print(formatArgs(args, { colors: colorsFor(toStderr) }), toStderr);
}

const counts = new Map();
const timers = new Map();

// Milliseconds since console.time(label), as Deno shows them: three decimals below 1, two below 10, one below 100.
function elapsed(label) {
  const duration = ops.op_now() - MapPrototypeGet(timers, label);
  if (duration < 1) return NumberPrototypeToFixed(duration, 3);
  if (duration < 10) return NumberPrototypeToFixed(duration, 2);
  if (duration < 100) return NumberPrototypeToFixed(duration, 1);
  return NumberPrototypeToFixed(duration, 0);
}


// ---------------------------------------------------------------------------------------------------------------
// console.table

const kCellStringLimit = 10_000;

// A cell shows its value as inspect does one level deep on one line; a long string is cut inside its quotes.
function formatCell(value) {
  const options = { colors: colorsFor(false), depth: 1, compact: true };
  if (typeof value === "string" && value.length > kCellStringLimit) {
    const cut = `${StringPrototypeSlice(value, 0, kCellStringLimit)}...`;
    return inspect(cut, { ...options, strAbbreviateSize: null });
  }
  return inspect(value, options);
}

function emptyColumn(rows) {
  return ArrayPrototypeFill(new Array(rows), "");
}

// The rows of a table: a Set's values by iteration index, a Map's entries as {Key, Values}, else the data itself.
function tableRows(data) {
  if (hasBrand(SetPrototypeGetSize, data)) {
    const rows = [];
    SetPrototypeForEach(data, (value) => ArrayPrototypePush(rows, value));
    return rows;
  }
  if (hasBrand(MapPrototypeGetSize, data)) {
    const rows = { __proto__: null };
    let index = 0;
    MapPrototypeForEach(data, (value, key) => {
      rows[index++] = { Key: key, Values: value };
    });
    return rows;
  }
  return data;
}

function printTable(data, properties) {
  if (properties !== undefined && !ArrayIsArray(properties)) {
    throw new Error(`The 'properties' argument must be of type Array: received type ${typeof properties}`);
  }
  if (data === null || typeof data !== "object") {
    printArgs([data], false);
    return;
  }
  const isMapData = hasBrand(MapPrototypeGetSize, data);
  const isIterationIndexed = isMapData || hasBrand(SetPrototypeGetSize, data);
  const rows = tableRows(data);
  const indexes = ObjectKeys(rows);
  const rowCount = indexes.length;
  // One column per property, in the order they are first met (or as `properties` lists them).
  const columns = { __proto__: null };
  if (properties !== undefined) {
    for (let i = 0; i < properties.length; i++) columns[properties[i]] = emptyColumn(rowCount);
  }
  // The "Values" column holds the rows that are primitives.
  const values = [];
  let hasPrimitives = false;
  for (let row = 0; row < rowCount; row++) {
    const value = rows[indexes[row]];
    const primitive = value === null || (typeof value !== "function" && typeof value !== "object");
    if (properties === undefined && primitive) {
      hasPrimitives = true;
      ArrayPrototypePush(values, formatCell(value));
      continue;
    }
    const object = value || {};
    const keys = properties || ObjectKeys(object);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (!primitive && ReflectHas(object, key)) {
        columns[key] ??= emptyColumn(rowCount);
        columns[key][row] = formatCell(object[key]);
      }
    }
    ArrayPrototypePush(values, "");
  }

  const columnKeys = ObjectKeys(columns);
  const header = [isIterationIndexed ? "(iter idx)" : "(idx)"];
  const body = [indexes];
  const headerKeys = properties || columnKeys;
  for (let i = 0; i < headerKeys.length; i++) {
    if (headerKeys[i]) ArrayPrototypePush(header, headerKeys[i]); // Deno leaves out falsy column names
  }
  for (let i = 0; i < columnKeys.length; i++) ArrayPrototypePush(body, columns[columnKeys[i]]);
  if (properties === undefined && !isMapData && hasPrimitives) ArrayPrototypePush(header, "Values");
  ArrayPrototypePush(body, values);
  printArgs([renderTable(header, body)], false);
}

// Box-drawing table as Node's lib/internal/cli_table.js draws it: columns as wide as their widest cell, and
// right-aligned when every cell in them is an integer.
function renderTable(head, columns) {
  const widths = [];
  const rightAlign = [];
  let rowCount = 0;
  for (let i = 0; i < columns.length; i++) rowCount = MathMax(rowCount, columns[i].length);
  const rows = [];
  for (let j = 0; j < rowCount; j++) rows[j] = [];
  for (let i = 0; i < head.length; i++) {
    widths[i] = getStringWidth(`${head[i]}`);
    rightAlign[i] = true;
    const column = columns[i];
    for (let j = 0; j < rowCount; j++) {
      const cell = column != null && ObjectHasOwn(column, j) ? column[j] : "";
      rows[j][i] = cell;
      widths[i] = MathMax(widths[i], getStringWidth(cell));
      rightAlign[i] = rightAlign[i] && NumberIsInteger(+cell);
    }
  }
  const dividers = [];
  for (let i = 0; i < widths.length; i++) dividers[i] = StringPrototypeRepeat("─", widths[i] + 2);
  let result = `┌${ArrayPrototypeJoin(dividers, "┬")}┐\n${renderRow(head, widths)}\n` +
    `├${ArrayPrototypeJoin(dividers, "┼")}┤\n`;
  for (let j = 0; j < rows.length; j++) result += `${renderRow(rows[j], widths, rightAlign)}\n`;
  return `${result}└${ArrayPrototypeJoin(dividers, "┴")}┘`;
}

function renderRow(row, widths, rightAlign) {
  const cells = [];
  for (let i = 0; i < row.length; i++) {
    const cell = `${row[i]}`;
    const padding = StringPrototypeRepeat(" ", widths[i] - getStringWidth(cell));
    cells[i] = rightAlign?.[i] ? `${padding}${cell}` : `${cell}${padding}`;
  }
  return `│ ${ArrayPrototypeJoin(cells, " │ ")} │`;
}

// ---------------------------------------------------------------------------------------------------------------
// The namespace object

const { trace } = {
  trace(...args) {
    const error = { name: "Trace", message: formatArgs(args, { colors: colorsFor(true) }) };
    // The stack starts at the caller of console.trace.
    ErrorCaptureStackTrace(error, trace);
    printArgs([error.stack], true);
  },
};

// Its methods are own, enumerable and work detached (`const { log } = console`), as in Deno; as the spec asks,
// its prototype is an empty object rather than Object.prototype itself.
const console = {
  __proto__: {},
  log(...args) {
    printArgs(args, false);
  },
  debug(...args) {
    printArgs(args, false);
  },
  info(...args) {
    printArgs(args, false);
  },
  // Deno shows dir's output without the group indentation. On a terminal it styles in colour even when the
  // options say `colors: false` (which then only makes widths count the colour codes), as Deno does.
  dir(item = undefined, options = undefined) {
    const colors = colorsFor(false);
    const stylize = colors ? { stylize: stylizeWithColor } : undefined;
    ops.op_print(`${formatArgs([item], { colors, ...stylize, ...options })}\n`, false);
  },
  dirxml: undefined, // Deno's dirxml is dir itself; set below
  warn(...args) {
    printArgs(args, true);
  },
  error(...args) {
    printArgs(args, true);
  },
  assert(condition = false, ...args) {
    if (condition) return;
    if (args.length === 0) {
      printArgs(["Assertion failed"], true);
    } else if (typeof args[0] === "string") {
      const rest = ArrayPrototypeSlice(args, 1);
      ArrayPrototypeUnshift(rest, `Assertion failed: ${args[0]}`);
      printArgs(rest, true);
    } else {
      ArrayPrototypeUnshift(args, "Assertion failed:");
      printArgs(args, true);
    }
  },
  count(label = "default") {
    label = String(label);
    const count = MapPrototypeHas(counts, label) ? (MapPrototypeGet(counts, label) || 0) + 1 : 1;
    MapPrototypeSet(counts, label, count);
    print(`${label}: ${count}`, false);
  },
  countReset(label = "default") {
    label = String(label);
    if (MapPrototypeHas(counts, label)) {
      MapPrototypeSet(counts, label, 0);
    } else {
      print(`Count for '${label}' does not exist`, true);
    }
  },
  table(data = undefined, properties = undefined) {
    printTable(data, properties);
  },
  time(label = "default") {
    label = String(label);
    if (MapPrototypeHas(timers, label)) {
      print(`Timer '${label}' already exists`, true);
    } else {
      MapPrototypeSet(timers, label, ops.op_now());
    }
  },
  timeLog(label = "default", ...args) {
    label = String(label);
    if (!MapPrototypeHas(timers, label)) {
      print(`Timer '${label}' does not exist`, true);
      return;
    }
    // The label line is the format string for the extra arguments, as in Deno.
    ArrayPrototypeUnshift(args, `${label}: ${elapsed(label)}ms`);
    printArgs(args, false);
  },
  timeEnd(label = "default") {
    label = String(label);
    if (!MapPrototypeHas(timers, label)) {
      print(`Timer '${label}' does not exist`, true);
      return;
    }
    const duration = elapsed(label);
    MapPrototypeDelete(timers, label);
    print(`${label}: ${duration}ms`, false);
  },
  group(...label) {
    if (label.length > 0) printArgs(label, false);
    groupIndentation += "  ";
  },
  groupCollapsed: undefined, // Deno's groupCollapsed is group itself; set below
  groupEnd() {
    groupIndentation = StringPrototypeSlice(groupIndentation, 2);
  },
  clear() {
    groupIndentation = "";
    ops.op_print("\x1b[1;1H\x1b[0J", false); // cursor home, then erase the screen below it
  },
  trace,
  // Profiling needs an inspector, which Ion has not; Deno's are no-ops without one too.
  profile(label) {},
  profileEnd(label) {},
  timeStamp(label) {},
};
console.dirxml = console.dir;
console.groupCollapsed = console.group;
ObjectDefineProperty(console, SymbolToStringTag, {
  value: "console", writable: false, enumerable: false, configurable: true,
});

ObjectDefineProperty(globalThis, "console", {
  value: console, writable: true, enumerable: false, configurable: true,
});

export function fail() {
  throw new RangeError("thrown in lib.js");
}

export function greet(name) {
  return `hello from lib, ${name}`;
}

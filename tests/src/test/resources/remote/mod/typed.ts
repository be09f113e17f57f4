export function greet(name: string): string {
  return `typed hello, ${name}`;
}

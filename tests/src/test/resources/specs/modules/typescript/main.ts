interface User { name: string; age: number }
enum Color { Red, Green }
class Greeter {
  constructor(private readonly prefix: string) {}
  greet(user: User): string {
    return `${this.prefix} ${user.name} likes ${Color[Color.Green]}`;
  }
}
import type { Unused } from "./types.ts";
import { twice } from "./lib.mts";
const g = new Greeter("Hello");
console.log(g.greet({ name: "Ada", age: 36 }), twice(21));

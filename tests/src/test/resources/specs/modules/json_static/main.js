import config from "./config.json" with { type: "json" };
import { shout } from "./lib/shout.mjs";
console.log(shout(config.greeting), config.items.length);

import { greet } from "http://127.0.0.1:4545/mod/typed.ts";
console.log(greet("remote"));

#!/usr/bin/env -S ion run
console.log("shebang ok");

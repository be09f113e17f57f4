import "http://127.0.0.1:4545/mod/missing.js";

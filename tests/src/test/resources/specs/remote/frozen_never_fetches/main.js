import "http://127.0.0.1:4545/mod/never_fetched_frozen.js";

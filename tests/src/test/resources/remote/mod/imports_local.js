import "file:///tmp/anything.js";

await import("./missing.js");

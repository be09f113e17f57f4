// This case runs a file that does not exist (see args).

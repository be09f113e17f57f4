package org.ionjs.runtime.internal;

import org.ionjs.runtime.JsContext;

import java.io.PrintStream;

/** A context's settings, fixed when it is created. */
public record ContextOptions(String name, PrintStream stdout, PrintStream stderr,
                             JsContext.UncaughtErrorHandler uncaughtErrorHandler) {
}

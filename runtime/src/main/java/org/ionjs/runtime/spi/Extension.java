package org.ionjs.runtime.spi;

import java.util.List;

/**
 * A piece of the standard library or a host capability: Java ops plus the JavaScript that exposes them.
 *
 * <p>Extensions on the class path are found with {@link java.util.ServiceLoader} and installed in every
 * context of a {@code JsRuntime}, after the extensions they {@linkplain #requires() require}.
 * {@link #setup} runs once per runtime; the scripts it registers then run in every new context, in
 * registration order, before any user code.
 *
 * <p>Each script is the body of a function called with three arguments: {@code ops} (this
 * context's ops, by name), {@code internals} (an object the extensions share, never visible to user
 * code) and {@code primordials} (built-ins captured before user code could replace them).
 *
 * <p>A script's top level must not call ops or capture per-context state (the time, a random value, the
 * identity of {@code globalThis} as a map key): it may run once for many contexts. It calls ops from the
 * functions it defines, as {@code ops.op_name(...)} looked up at the call, and does per-context set-up in a
 * function given to {@code internals.onContextStart(fn)}, which each context runs before any user code.
 */
public interface Extension {

    /** A short unique name such as {@code "console"}; other extensions name it in {@link #requires()}. */
    String name();

    /** Names of the extensions whose scripts must run before this one's. */
    default List<String> requires() {
        return List.of();
    }

    /** Registers this extension's ops and scripts. Called once per runtime, on the thread that builds it. */
    void setup(ExtensionSetup setup);
}

package org.ionjs.runtime.spi;

import org.ionjs.runtime.JsFunction;

/**
 * The arguments of one op call and the context it runs in. Only valid during the call, on the loop thread.
 * Accessors convert lazily and raise a {@code TypeError} naming the op when an argument has the wrong type.
 */
public interface OpCall {

    int length();

    /** The argument converted to Java as the embedding API converts values ({@code null} when absent). */
    Object arg(int index);

    String string(int index);

    double number(int index);

    int integer(int index);

    boolean bool(int index);

    /** A handle that stays valid after the call, until the context closes. */
    JsFunction function(int index);

    HostContext host();
}

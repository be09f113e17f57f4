package org.ionjs.runtime.spi;

import java.util.Objects;

/** Thrown by an {@link Op} to raise a specific JavaScript error class, such as {@code TypeError}. */
public final class OpException extends RuntimeException {
    private final String errorClass;

    public OpException(String errorClass, String message) {
        super(message);
        this.errorClass = Objects.requireNonNull(errorClass, "errorClass");
    }

    public static OpException typeError(String message) {
        return new OpException("TypeError", message);
    }

    public static OpException rangeError(String message) {
        return new OpException("RangeError", message);
    }

    /** One of JavaScript's native error constructors: Error, TypeError, RangeError, SyntaxError, ReferenceError. */
    public String errorClass() {
        return errorClass;
    }
}

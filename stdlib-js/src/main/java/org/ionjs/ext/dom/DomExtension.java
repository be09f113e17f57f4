package org.ionjs.ext.dom;

import org.ionjs.runtime.spi.Extension;
import org.ionjs.runtime.spi.ExtensionSetup;

import java.util.List;

/**
 * DOM basics: {@code DOMException} (WebIDL), {@code Event}, {@code CustomEvent}, {@code EventTarget},
 * {@code ErrorEvent} and {@code PromiseRejectionEvent} (HTML), {@code AbortController} and
 * {@code AbortSignal}; globalThis becomes an EventTarget. The only op is the clock of {@code Event.timeStamp}.
 */
public final class DomExtension implements Extension {

    /** Per context: the time origin of event time stamps. */
    private static final class Clock {
        final long origin = System.nanoTime();

        /** Milliseconds since the origin, with microsecond precision, never 0. */
        double now() {
            long micros = (System.nanoTime() - origin) / 1_000;
            return Math.max(micros, 1) / 1_000.0;
        }
    }

    @Override
    public String name() {
        return "dom";
    }

    /** {@code AbortSignal.timeout} uses {@code setTimeout}. */
    @Override
    public List<String> requires() {
        return List.of("timers");
    }

    @Override
    public void setup(ExtensionSetup setup) {
        setup.op("op_dom_now", call -> call.host().state(Clock.class, Clock::new).now())
                .script("ion/ext/dom/00_dom_exception.js")
                .script("ion/ext/dom/01_event.js")
                .script("ion/ext/dom/02_event_target.js")
                .script("ion/ext/dom/03_abort.js");
    }
}

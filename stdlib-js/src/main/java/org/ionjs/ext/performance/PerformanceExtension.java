package org.ionjs.ext.performance;

import org.ionjs.runtime.spi.Extension;
import org.ionjs.runtime.spi.ExtensionSetup;
import org.ionjs.runtime.spi.HostContext;
import org.ionjs.runtime.spi.OpCall;

import java.time.Instant;
import java.util.List;

/**
 * High Resolution Time ({@code performance.now()}, {@code performance.timeOrigin}) and User Timing
 * (marks and measures). Java keeps the monotonic clock; the JavaScript keeps the performance timeline.
 */
public final class PerformanceExtension implements Extension {

    /** Per context: the monotonic clock reading and the wall-clock time at the context's creation. */
    private static final class Origin {
        final long nanos = System.nanoTime();
        final double epochMillis;

        Origin() {
            Instant now = Instant.now();
            epochMillis = now.getEpochSecond() * 1000.0 + now.getNano() / 1_000_000.0;
        }
    }

    @Override
    public String name() {
        return "performance";
    }

    @Override
    public List<String> requires() {
        return List.of("dom");
    }

    @Override
    public void setup(ExtensionSetup setup) {
        setup.op("op_performance_now", this::now)
                .op("op_performance_time_origin", this::timeOrigin)
                .script("ion/ext/performance/00_performance.js");
    }

    private static Origin origin(HostContext host) {
        return host.state(Origin.class, Origin::new);
    }

    /** Milliseconds since the context's time origin, from the monotonic clock. */
    private Object now(OpCall call) {
        return (System.nanoTime() - origin(call.host()).nanos) / 1_000_000.0;
    }

    private Object timeOrigin(OpCall call) {
        return origin(call.host()).epochMillis;
    }
}

package org.ionjs.ext.timers;

import org.ionjs.runtime.JsFunction;
import org.ionjs.runtime.spi.Extension;
import org.ionjs.runtime.spi.ExtensionSetup;
import org.ionjs.runtime.spi.HostContext;
import org.ionjs.runtime.spi.OpCall;
import org.ionjs.runtime.spi.Timer;

import java.util.HashMap;
import java.util.Map;

/**
 * HTML timers ({@code setTimeout}, {@code setInterval} and their clears) and {@code queueMicrotask}.
 * The JavaScript keeps the callbacks and the HTML bookkeeping (ids, nesting clamp); Java keeps the
 * deadlines, so a firing timer costs one call into JavaScript.
 */
public final class TimersExtension implements Extension {

    /** Per context: the timers Java has scheduled, by id, and the JavaScript function that fires them. */
    private static final class State {
        final Map<Integer, Timer> timers = new HashMap<>();
        JsFunction fire;
    }

    @Override
    public String name() {
        return "timers";
    }

    @Override
    public void setup(ExtensionSetup setup) {
        setup.op("op_timer_set_handler", this::setHandler)
                .op("op_timer_start", this::start)
                .op("op_timer_cancel", this::cancel)
                .script("ion/ext/timers/00_timers.js")
                .script("ion/ext/timers/01_queue_microtask.js");
    }

    private static State state(HostContext host) {
        return host.state(State.class, State::new);
    }

    private Object setHandler(OpCall call) {
        state(call.host()).fire = call.function(0);
        return null;
    }

    private Object start(OpCall call) {
        int id = call.integer(0);
        double delay = call.number(1);
        State state = state(call.host());
        state.timers.put(id, call.host().schedule(delay, () -> {
            state.timers.remove(id);
            state.fire.call(id);
        }));
        return null;
    }

    private Object cancel(OpCall call) {
        Timer timer = state(call.host()).timers.remove(call.integer(0));
        if (timer != null) {
            timer.cancel();
        }
        return null;
    }
}

package org.ionjs.ext.messaging;

import org.ionjs.runtime.JsFunction;
import org.ionjs.runtime.spi.Extension;
import org.ionjs.runtime.spi.ExtensionSetup;
import org.ionjs.runtime.spi.HostContext;
import org.ionjs.runtime.spi.OpCall;
import org.ionjs.runtime.spi.PendingOperation;

import java.util.List;

/**
 * HTML channel messaging: {@code MessageChannel}, {@code MessagePort} and {@code MessageEvent}. The JavaScript
 * keeps the ports, their message queues and the clones; Java gives it two things JavaScript lacks: a macrotask
 * per message (so each message is its own task, with a microtask checkpoint after it) and a hold on the event
 * loop while a started port is entangled, as Deno keeps its process alive for such a port.
 */
public final class MessagingExtension implements Extension {

    /** Per context: the JavaScript function that runs a queued step (a message or a close event), and the loop hold. */
    private static final class State {
        JsFunction deliver;
        PendingOperation keepAlive;
    }

    @Override
    public String name() {
        return "messaging";
    }

    @Override
    public List<String> requires() {
        return List.of("dom", "structured_clone");
    }

    @Override
    public void setup(ExtensionSetup setup) {
        setup.op("op_message_port_set_handler", this::setHandler)
                .op("op_message_port_queue_task", this::queueTask)
                .op("op_message_port_keep_alive", this::keepAlive)
                .script("ion/ext/messaging/00_message_event.js")
                .script("ion/ext/messaging/01_message_port.js");
    }

    private static State state(HostContext host) {
        return host.state(State.class, State::new);
    }

    private Object setHandler(OpCall call) {
        state(call.host()).deliver = call.function(0);
        return null;
    }

    /** Queues one macrotask that calls the delivery function with the step's number. */
    private Object queueTask(OpCall call) {
        State state = state(call.host());
        double number = call.number(0);
        call.host().enqueue(() -> state.deliver.call(number));
        return null;
    }

    /** {@code true}: some started port is entangled, so the loop stays alive; {@code false}: none is. */
    private Object keepAlive(OpCall call) {
        State state = state(call.host());
        boolean alive = call.bool(0);
        if (alive && state.keepAlive == null) {
            state.keepAlive = call.host().begin();
        } else if (!alive && state.keepAlive != null) {
            state.keepAlive.unref();
            state.keepAlive = null;
        }
        return null;
    }
}

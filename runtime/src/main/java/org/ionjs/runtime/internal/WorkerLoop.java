package org.ionjs.runtime.internal;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One platform thread that runs the event loops of its contexts.
 *
 * <p>Other threads only post work ({@link #execute}). The loop runs posted work first, then one
 * macrotask of the next context that has one (round robin, so a context that keeps scheduling work
 * cannot starve its siblings), and sleeps until the next timer or posted work when no context is ready.
 * A failing task is reported and the loop goes on.
 */
public final class WorkerLoop {
    private static final System.Logger LOG = System.getLogger(WorkerLoop.class.getName());
    /** V8 crashed the JVM on 256 KB and 512 KB stacks; leave room for deep JS and Java frames. */
    private static final long STACK_SIZE = 8L << 20;

    private final LinkedBlockingQueue<Runnable> inbox = new LinkedBlockingQueue<>();
    private final List<ContextCore> contexts = new ArrayList<>();
    private final Thread thread;
    private final CompletableFuture<Void> terminated = new CompletableFuture<>();
    private final java.util.ArrayDeque<Runnable> idleWork = new java.util.ArrayDeque<>();
    private final java.util.ArrayDeque<com.caoccao.javet.interop.V8Runtime> spareIsolates = new java.util.ArrayDeque<>();
    private volatile boolean stopping;
    private int next;

    public WorkerLoop(String name) {
        thread = new Thread(null, this::run, name, STACK_SIZE);
        thread.setDaemon(true);
        thread.start();
    }

    public boolean inEventLoop() {
        return Thread.currentThread() == thread;
    }

    public void assertInEventLoop() {
        if (!inEventLoop()) {
            throw new IllegalStateException("This call must run on worker thread " + thread.getName()
                    + ", not on " + Thread.currentThread().getName() + "; use JsContext.execute() to get there");
        }
    }

    public String name() {
        return thread.getName();
    }

    /** Any thread: runs {@code task} on the loop. Returns false when the loop has stopped. */
    public boolean execute(Runnable task) {
        if (terminated.isDone()) {
            return false;
        }
        inbox.add(task);
        return true;
    }

    void register(ContextCore core) {
        assertInEventLoop();
        contexts.add(core);
    }

    void unregister(ContextCore core) {
        assertInEventLoop();
        int index = contexts.indexOf(core);
        if (index >= 0) {
            contexts.remove(index);
            if (next > index) {
                next--;
            }
        }
    }

    /** Loop thread: runs {@code task} once nothing else is ready, before the loop sleeps. */
    void whenIdle(Runnable task) {
        assertInEventLoop();
        idleWork.add(task);
    }

    /** Loop thread: true while no posted work and no context task is waiting. */
    boolean isIdle() {
        return inbox.isEmpty() && nextReadyIndex(System.nanoTime()) < 0;
    }

    com.caoccao.javet.interop.V8Runtime takeSpareIsolate() {
        assertInEventLoop();
        return spareIsolates.poll();
    }

    int spareIsolates() {
        return spareIsolates.size();
    }

    void addSpareIsolate(com.caoccao.javet.interop.V8Runtime v8) {
        spareIsolates.add(v8);
    }

    /** Any thread: closes every context, then ends the thread. The future completes when it has. */
    public CompletableFuture<Void> shutdown() {
        stopping = true;
        inbox.add(() -> {
        });
        return terminated;
    }

    public Thread thread() {
        return thread;
    }

    private void run() {
        try {
            while (true) {
                runInbox();
                if (stopping) {
                    for (ContextCore core : List.copyOf(contexts)) {
                        core.closeOnLoop();
                    }
                    runInbox();
                    spareIsolates.forEach(IsolateSupply::close);
                    spareIsolates.clear();
                    break;
                }
                long now = System.nanoTime();
                ContextCore ready = nextReady(now);
                if (ready != null) {
                    ready.runOneTask();
                    continue;
                }
                if (!idleWork.isEmpty() && inbox.isEmpty()) {
                    runSafely(idleWork.poll());
                    continue;
                }
                long wait = Long.MAX_VALUE;
                for (ContextCore core : contexts) {
                    wait = Math.min(wait, core.nanosUntilNextTimer(now));
                }
                Runnable task = wait == Long.MAX_VALUE ? inbox.take() : inbox.poll(wait, TimeUnit.NANOSECONDS);
                if (task != null) {
                    runSafely(task);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            terminated.complete(null);
            for (Runnable task; (task = inbox.poll()) != null; ) {
                runSafely(task);
            }
        }
    }

    private void runInbox() {
        for (Runnable task; (task = inbox.poll()) != null; ) {
            runSafely(task);
        }
    }

    private ContextCore nextReady(long now) {
        int index = nextReadyIndex(now);
        if (index < 0) {
            return null;
        }
        next = (index + 1) % contexts.size();
        return contexts.get(index);
    }

    private int nextReadyIndex(long now) {
        int size = contexts.size();
        for (int i = 0; i < size; i++) {
            int index = (next + i) % size;
            if (contexts.get(index).hasReadyTask(now)) {
                return index;
            }
        }
        return -1;
    }

    static void runSafely(Runnable task) {
        try {
            task.run();
        } catch (Throwable t) {
            LOG.log(Level.ERROR, "A task on an Ion worker failed; the loop goes on", t);
            if (t instanceof VirtualMachineError vme) {
                throw vme;
            }
        }
    }
}

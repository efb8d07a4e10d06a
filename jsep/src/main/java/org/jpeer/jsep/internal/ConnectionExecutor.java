package org.jpeer.jsep.internal;

import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The serial executor that owns one connection's state: API calls, network events and timers all
 * run on its single thread, one at a time. A posted task that throws is logged and does not stop
 * the thread; events posted after shutdown (a late packet from a socket thread) are dropped quietly
 * rather than thrown into the poster's loop.
 */
public final class ConnectionExecutor extends ScheduledThreadPoolExecutor {
    private static final Logger LOG = LoggerFactory.getLogger(ConnectionExecutor.class);
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private volatile Thread thread;

    private ConnectionExecutor(String name) {
        super(1, r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        setRemoveOnCancelPolicy(true);
        setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    public static ConnectionExecutor create() {
        return new ConnectionExecutor("jpeer-pc-" + COUNTER.incrementAndGet());
    }

    /** Whether the caller is this executor's thread (so a synchronous call must not wait on itself). */
    public boolean inExecutor() {
        return Thread.currentThread() == thread;
    }

    @Override
    protected void beforeExecute(Thread t, Runnable r) {
        thread = t;
        super.beforeExecute(t, r);
    }

    /**
     * Posts a network or timer event: logged if it throws, dropped once the connection is closed.
     * API calls use {@link #execute}, which rejects after shutdown so no caller waits forever.
     */
    public void post(Runnable event) {
        if (isShutdown()) {
            return;
        }
        try {
            execute(() -> {
                try {
                    event.run();
                } catch (RuntimeException e) {
                    LOG.warn("connection event failed", e);
                }
            });
        } catch (RejectedExecutionException closedMeanwhile) {
            LOG.trace("event after close dropped");
        }
    }
}

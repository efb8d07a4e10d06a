package org.jpeer.jsep.internal;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Applies a test impairment to outgoing datagrams: drops a seeded random share and hands the rest
 * to a timer that sends them after a fixed delay. Keeps no clock of its own, so tests drive it
 * with a fake timer.
 */
public final class ImpairedSender {

    /** Sends a datagram now. */
    @FunctionalInterface
    public interface Out {
        void send(byte[] buf, int off, int len);
    }

    /** Runs a task after a delay (the connection's executor, or a test's virtual timer). */
    @FunctionalInterface
    public interface Timer {
        void schedule(Runnable task, long delayNanos);
    }

    private final Out out;
    private final Timer timer;
    private final double lossFraction;
    private final long delayNanos;
    private final SplittableRandom random;
    private final AtomicLong dropped = new AtomicLong();

    /**
     * @param lossPercent 0 to 100
     * @param delayNanos  zero or positive
     */
    public ImpairedSender(Out out, Timer timer, double lossPercent, long delayNanos, long seed) {
        this.out = out;
        this.timer = timer;
        this.lossFraction = lossPercent / 100;
        this.delayNanos = delayNanos;
        this.random = new SplittableRandom(seed);
    }

    /** Called on one thread at a time (the connection's executor), as the seeded sequence needs. */
    public void send(byte[] buf, int off, int len) {
        if (lossFraction > 0 && random.nextDouble() < lossFraction) {
            dropped.incrementAndGet();
            return;
        }
        if (delayNanos == 0) {
            out.send(buf, off, len);
            return;
        }
        // The caller reuses its buffer at once; the delayed datagram needs its own bytes.
        byte[] copy = Arrays.copyOfRange(buf, off, off + len);
        timer.schedule(() -> out.send(copy, 0, copy.length), delayNanos);
    }

    /** Datagrams dropped on purpose. */
    public long dropped() {
        return dropped.get();
    }
}

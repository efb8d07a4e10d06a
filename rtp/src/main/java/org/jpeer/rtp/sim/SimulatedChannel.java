package org.jpeer.rtp.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Random;

/**
 * A one-way network path for tests, on virtual time and a seeded random source, so every run
 * loses, delays, reorders and duplicates the same packets: what goes in at {@code nowMillis}
 * comes out of {@link #receive} once the caller's clock reaches its arrival time.
 *
 * <pre>{@code
 * SimulatedChannel<byte[]> link = new SimulatedChannel<>(ChannelConditions.perfect(25).withLoss(0.05, 1), 42);
 * link.send(datagram, now);
 * for (byte[] d : link.receive(now)) { peer.receive(d); }
 * }</pre>
 *
 * Losses follow a Gilbert-Elliott model: in the bad state every packet is lost; the state
 * changes so that bursts average {@link ChannelConditions#meanBurstLength()} and the long-run
 * loss is {@link ChannelConditions#loss()}.
 *
 * @param <T> the packet type; items are delivered as given (a duplicate is the same object)
 */
public final class SimulatedChannel<T> {

    private record InFlight<T>(long arrivalMillis, long order, T item) {
    }

    private final ChannelConditions conditions;
    private final Random random;
    private final double enterBurst;
    private final double leaveBurst;
    private final PriorityQueue<InFlight<T>> inFlight = new PriorityQueue<>((a, b) -> a.arrivalMillis != b.arrivalMillis
            ? Long.compare(a.arrivalMillis, b.arrivalMillis) : Long.compare(a.order, b.order));
    private boolean inBurst;
    private long order;
    private long sent;
    private long lost;
    private long reordered;
    private long duplicated;

    public SimulatedChannel(ChannelConditions conditions, long seed) {
        this.conditions = conditions;
        this.random = new Random(seed);
        double l = conditions.loss();
        this.leaveBurst = 1 / conditions.meanBurstLength();
        this.enterBurst = l == 0 ? 0 : l * leaveBurst / (1 - l);
    }

    public void send(T item, long nowMillis) {
        sent++;
        inBurst = inBurst ? random.nextDouble() >= leaveBurst : random.nextDouble() < enterBurst;
        if (inBurst) {
            lost++;
            return;
        }
        long arrival = nowMillis + conditions.delayMillis();
        if (random.nextDouble() < conditions.reordering()) {
            reordered++;
            arrival += conditions.reorderDelayMillis();
        }
        inFlight.add(new InFlight<>(arrival, order++, item));
        if (random.nextDouble() < conditions.duplication()) {
            duplicated++;
            inFlight.add(new InFlight<>(arrival + 1, order++, item));
        }
    }

    /** The packets that arrived by {@code nowMillis}, in arrival order. */
    public List<T> receive(long nowMillis) {
        List<T> out = new ArrayList<>();
        while (!inFlight.isEmpty() && inFlight.peek().arrivalMillis <= nowMillis) {
            out.add(inFlight.poll().item);
        }
        return out;
    }

    /** When the next packet arrives, or {@code Long.MAX_VALUE} when none is in flight. */
    public long nextArrival() {
        return inFlight.isEmpty() ? Long.MAX_VALUE : inFlight.peek().arrivalMillis;
    }

    public long sent() {
        return sent;
    }

    public long lost() {
        return lost;
    }

    public long reordered() {
        return reordered;
    }

    public long duplicated() {
        return duplicated;
    }
}

package org.jpeer.ice.internal;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Round-trip times of our STUN checks, measured on the wire: ice4j does not expose them.
 * A request's send time is noted by transaction id; the matching response gives a sample for the
 * address it came from. Consent checks keep the figure current after nomination.
 */
final class RttTracker {
    /** Outstanding requests kept at most; checks are paced, so this only bounds a flood of lost ones. */
    private static final int MAX_PENDING = 512;

    private final LongSupplier nanoClock;
    private final Map<Long, Long> sentAt = new ConcurrentHashMap<>();
    private final Map<InetSocketAddress, Long> latestNanos = new ConcurrentHashMap<>();

    RttTracker(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
    }

    void requestSent(long transactionKey) {
        if (sentAt.size() >= MAX_PENDING) {
            sentAt.clear();
        }
        sentAt.putIfAbsent(transactionKey, nanoClock.getAsLong());
    }

    void responseReceived(long transactionKey, InetSocketAddress from) {
        Long sent = sentAt.remove(transactionKey);
        if (sent != null) {
            latestNanos.put(from, nanoClock.getAsLong() - sent);
        }
    }

    Optional<Duration> latest(InetSocketAddress remote) {
        Long nanos = latestNanos.get(remote);
        return nanos == null ? Optional.empty() : Optional.of(Duration.ofNanos(nanos));
    }
}

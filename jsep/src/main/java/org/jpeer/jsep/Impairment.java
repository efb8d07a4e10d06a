package org.jpeer.jsep;

import java.time.Duration;
import java.util.Objects;

/**
 * Network impairment for tests and diagnostics (what {@code jpeer loopback --loss/--delay} uses):
 * a connection drops a seeded random share of the SRTP and SRTCP datagrams it sends and delays the
 * rest by a fixed time. DTLS and ICE traffic pass untouched, so connecting stays as fast and as
 * deterministic as without; what is impaired is media and its feedback (NACK, PLI, reports).
 * Not for production: a real network does this on its own.
 *
 * <pre>{@code
 * RTCConfiguration config = RTCConfiguration.builder()
 *     .impairment(new Impairment(5.0, Duration.ofMillis(50), 42))   // 5 % loss, +50 ms, seed 42
 *     .build();
 * }</pre>
 *
 * @param lossPercent share of datagrams dropped, 0 to 100
 * @param delay       added to every datagram sent, zero or positive, at most 10 s
 * @param seed        seeds the loss pattern, so a run can be repeated
 */
public record Impairment(double lossPercent, Duration delay, long seed) {

    private static final Duration MAX_DELAY = Duration.ofSeconds(10);

    /** No loss, no delay. */
    public static final Impairment NONE = new Impairment(0, Duration.ZERO, 0);

    public Impairment {
        if (!(lossPercent >= 0 && lossPercent <= 100)) {
            throw new IllegalArgumentException("Impairment 'lossPercent': must be 0 to 100, was " + lossPercent);
        }
        Objects.requireNonNull(delay, "delay");
        if (delay.isNegative() || delay.compareTo(MAX_DELAY) > 0) {
            throw new IllegalArgumentException("Impairment 'delay': must be 0 to " + MAX_DELAY.toMillis() + " ms, was "
                    + delay.toMillis() + " ms");
        }
    }

    /** Whether this changes anything. */
    public boolean isNone() {
        return lossPercent == 0 && delay.isZero();
    }
}

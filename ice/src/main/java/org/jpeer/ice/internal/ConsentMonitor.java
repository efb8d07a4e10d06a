package org.jpeer.ice.internal;

/**
 * RFC 7675 consent on the selected pair, judged from the time of the last consent (a successful
 * check response on the pair): a few seconds without one makes the connection look disconnected,
 * 30 seconds withdraws consent for good and sending must stop.
 */
final class ConsentMonitor {
    /** W3C browsers show "disconnected" after about 5 s without a response. */
    static final long STALE_AFTER_MILLIS = 5_000;
    /** RFC 7675 §5.1: consent expires 30 s after the last response. */
    static final long EXPIRED_AFTER_MILLIS = 30_000;

    enum Status { FRESH, STALE, EXPIRED }

    private ConsentMonitor() {
    }

    static Status evaluate(long nowMillis, long lastConsentMillis) {
        long silence = nowMillis - lastConsentMillis;
        if (silence >= EXPIRED_AFTER_MILLIS) {
            return Status.EXPIRED;
        }
        return silence >= STALE_AFTER_MILLIS ? Status.STALE : Status.FRESH;
    }
}

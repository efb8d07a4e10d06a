package org.jpeer.rtp;

import java.time.Instant;
import java.time.InstantSource;

/** A clock tests move by hand. */
public final class VirtualClock implements InstantSource {

    private long millis;

    public VirtualClock(long startMillis) {
        millis = startMillis;
    }

    public void advance(long deltaMillis) {
        millis += deltaMillis;
    }

    @Override
    public Instant instant() {
        return Instant.ofEpochMilli(millis);
    }

    @Override
    public long millis() {
        return millis;
    }
}

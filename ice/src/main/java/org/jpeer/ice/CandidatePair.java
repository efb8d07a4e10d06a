package org.jpeer.ice;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A local and a remote candidate that passed connectivity checks, with the latest STUN round-trip
 * time measured on it (empty until a check response arrived on this side).
 */
public record CandidatePair(IceCandidate local, IceCandidate remote, Optional<Duration> roundTripTime) {

    public CandidatePair {
        Objects.requireNonNull(local, "local");
        Objects.requireNonNull(remote, "remote");
        Objects.requireNonNull(roundTripTime, "roundTripTime");
    }
}

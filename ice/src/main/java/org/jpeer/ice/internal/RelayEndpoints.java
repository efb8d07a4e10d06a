package org.jpeer.ice.internal;

import java.net.SocketException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.ice4j.ice.RelayedCandidate;

/**
 * The {@link RelayEndpoint}s of one agent, one per TURN allocation, opened when ice4j first asks
 * for the relayed candidate's STUN socket and all closed with the agent. Opening after
 * {@link #closeAll()} is refused, so a late allocation cannot leave a reader thread behind.
 */
final class RelayEndpoints {
    private final RttTracker rttTracker;
    private final PacketSink sink;
    private final List<RelayEndpoint> endpoints = new ArrayList<>();
    private boolean closed;

    RelayEndpoints(RttTracker rttTracker, PacketSink sink) {
        this.rttTracker = rttTracker;
        this.sink = sink;
    }

    /** The endpoint of {@code candidate}, opened on first use; empty once closed or if the socket is unusable. */
    synchronized Optional<RelayEndpoint> open(RelayedCandidate candidate) {
        Optional<RelayEndpoint> known = find(candidate);
        if (known.isPresent() || closed) {
            return known;
        }
        try {
            RelayEndpoint endpoint = RelayEndpoint.open(candidate, rttTracker, sink);
            endpoints.add(endpoint);
            return Optional.of(endpoint);
        } catch (SocketException e) {
            return Optional.empty();
        }
    }

    synchronized Optional<RelayEndpoint> find(RelayedCandidate candidate) {
        return endpoints.stream().filter(e -> e.candidate() == candidate).findFirst();
    }

    synchronized long drops() {
        return endpoints.stream().mapToLong(RelayEndpoint::drops).sum();
    }

    void closeAll() {
        List<RelayEndpoint> toClose;
        synchronized (this) {
            closed = true;
            toClose = List.copyOf(endpoints);
            endpoints.clear();
        }
        toClose.forEach(RelayEndpoint::close);
    }
}

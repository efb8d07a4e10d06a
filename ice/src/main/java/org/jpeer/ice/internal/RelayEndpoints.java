package org.jpeer.ice.internal;

import java.net.SocketException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.ice4j.ice.RelayedCandidate;

/**
 * The {@link RelayEndpoint}s of one agent, one per TURN allocation, opened as ice4j reports each
 * relayed candidate and all closed with the agent. Opening after {@link #closeAll()} is refused, so a
 * late allocation cannot leave a reader thread behind.
 */
final class RelayEndpoints {
    private final PacketSink sink;
    private final List<RelayEndpoint> endpoints = new ArrayList<>();
    private boolean closed;

    RelayEndpoints(PacketSink sink) {
        this.sink = sink;
    }

    /** False when the agent is already closed or the relayed socket is unusable. */
    synchronized boolean open(RelayedCandidate candidate) {
        if (closed) {
            return false;
        }
        try {
            endpoints.add(RelayEndpoint.open(candidate, sink));
            return true;
        } catch (SocketException e) {
            return false;
        }
    }

    synchronized Optional<RelayEndpoint> find(RelayedCandidate candidate) {
        return endpoints.stream().filter(e -> e.candidate() == candidate).findFirst();
    }

    synchronized long drops() {
        return endpoints.stream().mapToLong(e -> e.garbage.sum() + e.readErrors.sum()).sum();
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

package org.jpeer.ice.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jpeer.ice.IceCandidate;

/**
 * Remote candidates that name a ufrag whose parameters have not arrived yet, kept until they do.
 * Bounded, because the ufrag comes from the network: beyond {@link #CAPACITY} the candidate is
 * dropped (the peer's checks still teach us its address as peer-reflexive).
 */
final class EarlyCandidates {
    static final int CAPACITY = 64;

    private final Map<String, List<IceCandidate>> byUfrag = new LinkedHashMap<>();
    private int size;

    synchronized void keep(String ufrag, IceCandidate candidate) {
        if (size < CAPACITY) {
            byUfrag.computeIfAbsent(ufrag, u -> new ArrayList<>()).add(candidate);
            size++;
        }
    }

    /** The candidates kept for {@code ufrag}, in arrival order, now forgotten; all others are dropped. */
    synchronized List<IceCandidate> take(String ufrag) {
        List<IceCandidate> taken = byUfrag.getOrDefault(ufrag, List.of());
        byUfrag.clear();
        size = 0;
        return taken;
    }
}

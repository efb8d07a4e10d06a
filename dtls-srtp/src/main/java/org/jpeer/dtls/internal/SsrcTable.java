package org.jpeer.dtls.internal;

import java.util.Arrays;
import java.util.function.IntFunction;

/**
 * SSRC → context, bounded. A WebRTC session carries a handful of SSRCs, so a copy-on-write array
 * scanned linearly beats a hash map: no boxing, and reads take no lock while another thread adds.
 */
public final class SsrcTable<T> {

    private record Entries(int[] ssrcs, Object[] values) {
    }

    private final int capacity;
    private volatile Entries entries = new Entries(new int[0], new Object[0]);

    public SsrcTable(int capacity) {
        this.capacity = capacity;
    }

    /** The context for {@code ssrc}, or {@code null}. */
    @SuppressWarnings("unchecked")
    public T get(int ssrc) {
        Entries e = entries;
        int[] ssrcs = e.ssrcs;
        for (int i = 0; i < ssrcs.length; i++) {
            if (ssrcs[i] == ssrc) {
                return (T) e.values[i];
            }
        }
        return null;
    }

    /** The context for {@code ssrc}, created if absent and the table is not full; otherwise {@code null}. */
    public T getOrCreate(int ssrc, IntFunction<T> factory) {
        T existing = get(ssrc);
        if (existing != null) {
            return existing;
        }
        synchronized (this) {
            existing = get(ssrc);
            if (existing != null) {
                return existing;
            }
            if (isFull()) {
                return null;
            }
            T created = factory.apply(ssrc);
            put(ssrc, created);
            return created;
        }
    }

    /** Adds a context that proved itself (e.g. a packet authenticated); false when full. */
    public synchronized boolean putIfAbsent(int ssrc, T value) {
        if (get(ssrc) != null) {
            return true;
        }
        if (isFull()) {
            return false;
        }
        put(ssrc, value);
        return true;
    }

    public boolean isFull() {
        return entries.ssrcs.length >= capacity;
    }

    public int size() {
        return entries.ssrcs.length;
    }

    private void put(int ssrc, T value) {
        Entries e = entries;
        int n = e.ssrcs.length;
        int[] ssrcs = Arrays.copyOf(e.ssrcs, n + 1);
        Object[] values = Arrays.copyOf(e.values, n + 1);
        ssrcs[n] = ssrc;
        values[n] = value;
        entries = new Entries(ssrcs, values);
    }
}

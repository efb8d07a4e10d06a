package org.jpeer.jsep.internal;

import java.util.ArrayDeque;
import java.util.function.ObjIntConsumer;

/**
 * SRTP packets that arrived after DTLS started but before our keys: the peer often finishes its
 * side of the handshake first and sends at once, and its first packet is usually the keyframe.
 * They are held, in order and bounded, until the keys arrive, then replayed; never unprotected
 * before. Single-threaded: the connection's executor owns it.
 *
 * <pre>{@code
 * if (!early.hold(packet, length)) dropped++;   // full: the oldest are kept
 * ...keys arrive...
 * early.replay(this::unprotect);
 * }</pre>
 */
public final class EarlyPackets {
    /** About half a second of audio and video at start: enough for a keyframe, bounded against floods. */
    public static final int DEFAULT_CAPACITY = 128;

    private record Packet(byte[] data, int length) {
    }

    private final ArrayDeque<Packet> packets = new ArrayDeque<>();
    private final int capacity;

    public EarlyPackets(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity " + capacity + " must not be negative");
        }
        this.capacity = capacity;
    }

    /** Keeps the packet (which the caller no longer touches); false when full, and the caller drops it. */
    public boolean hold(byte[] data, int length) {
        if (packets.size() >= capacity) {
            return false;
        }
        packets.add(new Packet(data, length));
        return true;
    }

    /** Hands every held packet to {@code handler}, oldest first, and forgets them. */
    public void replay(ObjIntConsumer<byte[]> handler) {
        for (Packet p; (p = packets.poll()) != null; ) {
            handler.accept(p.data(), p.length());
        }
    }

    public int size() {
        return packets.size();
    }
}

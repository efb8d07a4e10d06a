package org.jpeer.ice.internal;

import java.net.InetSocketAddress;
import java.util.concurrent.atomic.LongAdder;

/**
 * Sorts one agent's incoming datagrams by RFC 7983: STUN goes to ice4j through the
 * {@link StunInboxSocket} (responses timed for RTT on the way), DTLS and RTP/RTCP go to the
 * {@link PacketSink}, anything else is dropped and counted.
 */
final class DatagramSorter {
    private final StunInboxSocket inbox;
    private final RttTracker rttTracker;
    private final PacketSink sink;
    private final LongAdder garbage = new LongAdder();
    private final LongAdder stunDropped = new LongAdder();
    private final LongAdder blocked = new LongAdder();

    DatagramSorter(StunInboxSocket inbox, RttTracker rttTracker, PacketSink sink) {
        this.inbox = inbox;
        this.rttTracker = rttTracker;
        this.sink = sink;
    }

    void sort(byte[] buf, int off, int len, InetSocketAddress source) {
        if (!sink.isReceiving()) {
            blocked.increment();
            return;
        }
        switch (PacketKind.of(buf, off, len)) {
            case STUN -> {
                if (StunPackets.isResponse(buf, off)) {
                    rttTracker.responseReceived(StunPackets.transactionKey(buf, off), source);
                }
                if (!inbox.offer(buf, off, len, source)) {
                    stunDropped.increment();
                }
            }
            case DTLS, RTP_RTCP -> sink.onPacket(buf, off, len, source);
            case TURN_CHANNEL, GARBAGE -> garbage.increment();
        }
    }

    long drops() {
        return garbage.sum() + stunDropped.sum() + blocked.sum();
    }
}

package org.jpeer.ice.internal;

import java.net.InetSocketAddress;

/** Where a socket reader hands each non-STUN datagram; the buffer is reused after the call. */
interface PacketSink {
    void onPacket(byte[] buf, int off, int len, InetSocketAddress source);

    /** False while every datagram for this agent, STUN included, is to be dropped (a broken path). */
    default boolean isReceiving() {
        return true;
    }
}

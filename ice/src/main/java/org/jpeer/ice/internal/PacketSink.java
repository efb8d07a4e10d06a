package org.jpeer.ice.internal;

import java.net.InetSocketAddress;

/** Where a {@link UdpEndpoint}'s reader hands each non-STUN datagram; the buffer is reused after the call. */
interface PacketSink {
    void onPacket(UdpEndpoint endpoint, byte[] buf, int off, int len, InetSocketAddress source);
}

package org.jpeer.ice.internal;

import java.net.InetSocketAddress;

/**
 * The socket under a host candidate: a {@link UdpEndpoint} of its own, or this agent's share of an
 * {@link UdpMux}. ice4j reads its STUN from the {@link #inbox()}; the transport sends through it.
 */
interface HostSocket extends DatagramOut, AutoCloseable {
    InetSocketAddress localAddress();

    StunInboxSocket inbox();

    /** Datagrams dropped on the way in: garbage, a full STUN inbox, read errors. */
    long drops();

    /** Frees what this agent holds; the thread and socket are gone on return. */
    @Override
    void close();
}

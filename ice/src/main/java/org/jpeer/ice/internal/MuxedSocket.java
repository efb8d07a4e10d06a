package org.jpeer.ice.internal;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** One agent's share of a {@link UdpMux}: its STUN inbox, its sorter, and the remote addresses bound to it. */
final class MuxedSocket implements HostSocket {
    /** Remote addresses one agent may hold: its peer's candidates and a few peer-reflexive ones. */
    static final int MAX_ADDRESSES = 32;

    private final UdpMux mux;
    private final String ufrag;
    private final StunInboxSocket inbox;
    private final DatagramSorter sorter;
    private final List<InetSocketAddress> bound = new CopyOnWriteArrayList<>();

    MuxedSocket(UdpMux mux, String ufrag, DatagramSocket shared, RttTracker rttTracker, PacketSink sink) throws IOException {
        this.mux = mux;
        this.ufrag = ufrag;
        this.inbox = new StunInboxSocket(shared, rttTracker, to -> mux.bindAddress(to, this));
        this.sorter = new DatagramSorter(inbox, rttTracker, sink);
    }

    String ufrag() {
        return ufrag;
    }

    DatagramSorter sorter() {
        return sorter;
    }

    boolean mayBindAnother() {
        return bound.size() < MAX_ADDRESSES;
    }

    void bound(InetSocketAddress remote) {
        bound.add(remote);
    }

    List<InetSocketAddress> boundAddresses() {
        return bound;
    }

    @Override
    public InetSocketAddress localAddress() {
        return mux.localAddress();
    }

    @Override
    public StunInboxSocket inbox() {
        return inbox;
    }

    @Override
    public long drops() {
        return sorter.drops();
    }

    /** Media to a peer binds its address too: a DTLS answer can come before any check from there. */
    @Override
    public void send(byte[] buf, int off, int len, InetSocketAddress to) throws IOException {
        mux.bindAddress(to, this);
        mux.send(buf, off, len, to);
    }

    /** Forgets this agent's ufrag and addresses; the shared socket stays open. */
    @Override
    public void close() {
        inbox.close();
        mux.unregister(this);
    }
}

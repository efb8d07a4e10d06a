package org.jpeer.ice.internal;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import org.jpeer.ice.IceUdpMux;

/**
 * The {@link IceUdpMux}: one socket, one reader, and two maps. A connectivity check names its
 * recipient in the USERNAME's first ufrag, which finds the agent; the sender's address is then
 * bound to that agent, so its DTLS, RTP and STUN responses follow without a lookup by ufrag. An
 * agent's own sends bind their destination too, so the answers to its checks find it.
 *
 * <p>The socket is a {@link DatagramSocket}, not a channel: interrupting a thread that is sending on
 * a channel closes the channel, and threads of every agent send here (ice4j interrupts its own
 * when an agent is freed), so one closing agent would cut off all the others.
 *
 * <p>Addresses are bound at most {@link MuxedSocket#MAX_ADDRESSES} per agent, so a flood of checks
 * from new addresses cannot grow the map without limit; what no agent claims is dropped and counted.
 */
public final class UdpMux implements IceUdpMux {
    private final DatagramSocket socket;
    private final InetSocketAddress localAddress;
    private final SocketReader reader;
    private final Map<String, MuxedSocket> byUfrag = new ConcurrentHashMap<>();
    private final Map<InetSocketAddress, MuxedSocket> byAddress = new ConcurrentHashMap<>();
    private final LongAdder dropped = new LongAdder();
    private volatile boolean open = true;

    private UdpMux(DatagramSocket socket) {
        this.socket = socket;
        this.localAddress = (InetSocketAddress) socket.getLocalSocketAddress();
        this.reader = new SocketReader(socket, "jpeer-ice-mux-" + localAddress.getPort(), this::dispatch);
    }

    public static UdpMux bind(InetSocketAddress address) throws IOException {
        Objects.requireNonNull(address, "address");
        if (address.getAddress().isAnyLocalAddress()) {
            throw new IllegalArgumentException("address: " + address + " is the wildcard address; name the address to serve on");
        }
        UdpMux mux = new UdpMux(new DatagramSocket(address));
        mux.reader.start();
        return mux;
    }

    @Override
    public InetSocketAddress localAddress() {
        return localAddress;
    }

    @Override
    public int registeredAgents() {
        return byUfrag.size();
    }

    @Override
    public long droppedDatagrams() {
        return dropped.sum() + reader.errors();
    }

    /** The share of one agent (one ICE generation), found by its local {@code ufrag}. */
    MuxedSocket register(String ufrag, RttTracker rttTracker, PacketSink sink) throws IOException {
        if (!open) {
            throw new IOException("the UDP mux on " + localAddress + " is closed");
        }
        MuxedSocket share = new MuxedSocket(this, ufrag, socket, rttTracker, sink);
        if (byUfrag.putIfAbsent(ufrag, share) != null) {
            throw new IllegalStateException("ufrag already registered on the UDP mux");
        }
        return share;
    }

    /** Binds {@code remote} to {@code socket} unless another agent holds it. */
    void bindAddress(InetSocketAddress remote, MuxedSocket socket) {
        if (!byAddress.containsKey(remote) && socket.mayBindAnother()) {
            if (byAddress.putIfAbsent(remote, socket) == null) {
                socket.bound(remote);
            }
        }
    }

    void unregister(MuxedSocket socket) {
        byUfrag.remove(socket.ufrag(), socket);
        socket.boundAddresses().forEach(a -> byAddress.remove(a, socket));
    }

    void send(byte[] buf, int off, int len, InetSocketAddress to) throws IOException {
        SocketReader.send(socket, buf, off, len, to);
    }

    private void dispatch(byte[] buffer, int len, InetSocketAddress source) {
        MuxedSocket target = byAddress.get(source);
        if (target == null) {
            String ufrag = StunPackets.localUfrag(buffer, 0, len);
            target = ufrag == null ? null : byUfrag.get(ufrag);
            if (target != null) {
                bindAddress(source, target);
            }
        }
        if (target == null) {
            dropped.increment();
        } else {
            target.sorter().sort(buffer, 0, len, source);
        }
    }

    @Override
    public void close() {
        if (!open) {
            return;
        }
        open = false;
        reader.close();
        byUfrag.values().forEach(MuxedSocket::close);
    }
}

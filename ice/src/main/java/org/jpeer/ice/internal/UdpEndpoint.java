package org.jpeer.ice.internal;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/**
 * One local UDP socket of a host candidate, read by its own {@link SocketReader} thread
 * ({@code jpeer-ice-rx-PORT}) into a {@link DatagramSorter}.
 */
final class UdpEndpoint implements HostSocket {
    private final DatagramSocket socket;
    private final InetSocketAddress localAddress;
    private final StunInboxSocket inbox;
    private final DatagramSorter sorter;
    private final SocketReader reader;

    private UdpEndpoint(DatagramSocket socket, RttTracker rttTracker, PacketSink sink) throws IOException {
        this.socket = socket;
        this.localAddress = (InetSocketAddress) socket.getLocalSocketAddress();
        this.inbox = new StunInboxSocket(socket, rttTracker, to -> { });
        this.sorter = new DatagramSorter(inbox, rttTracker, sink);
        this.reader = new SocketReader(socket, "jpeer-ice-rx-" + localAddress.getPort(),
                (buf, len, source) -> sorter.sort(buf, 0, len, source));
    }

    /** Binds an ephemeral port on {@code address} and starts reading. */
    static UdpEndpoint open(InetAddress address, RttTracker rttTracker, PacketSink sink) throws IOException {
        DatagramSocket socket = new DatagramSocket(new InetSocketAddress(address, 0));
        try {
            UdpEndpoint endpoint = new UdpEndpoint(socket, rttTracker, sink);
            endpoint.reader.start();
            return endpoint;
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    @Override
    public InetSocketAddress localAddress() {
        return localAddress;
    }

    /** The socket handed to ice4j for its STUN traffic. */
    @Override
    public StunInboxSocket inbox() {
        return inbox;
    }

    @Override
    public long drops() {
        return sorter.drops() + reader.errors();
    }

    /** Sends one datagram; the caller counts failures. */
    @Override
    public void send(byte[] buf, int off, int len, InetSocketAddress to) throws IOException {
        SocketReader.send(socket, buf, off, len, to);
    }

    /** Closes the socket; the reader thread is gone on return. */
    @Override
    public void close() {
        inbox.close();
        reader.close();
    }
}

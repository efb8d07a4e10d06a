package org.jpeer.ice.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.util.concurrent.atomic.LongAdder;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One local UDP socket of a host candidate and the single thread that reads it.
 *
 * <p>The reader receives into one reused buffer (no allocation per datagram) and hands each datagram
 * to a {@link DatagramSorter}. No exception ends the loop except the socket being closed.
 */
final class UdpEndpoint implements HostSocket {
    private static final Logger LOG = LoggerFactory.getLogger(UdpEndpoint.class);
    /** Largest UDP payload; a smaller buffer would silently truncate jumbo datagrams. */
    static final int MAX_DATAGRAM = 65_535;
    private static final ThreadLocal<ByteBuffer> SEND_BUFFER =
            ThreadLocal.withInitial(() -> ByteBuffer.allocateDirect(MAX_DATAGRAM));

    private final DatagramChannel channel;
    private final InetSocketAddress localAddress;
    private final StunInboxSocket inbox;
    private final DatagramSorter sorter;
    private final Thread reader;
    private final byte[] buffer = new byte[MAX_DATAGRAM];
    private final LongAdder readErrors = new LongAdder();

    private volatile boolean open = true;

    private UdpEndpoint(DatagramChannel channel, RttTracker rttTracker, PacketSink sink) throws IOException {
        this.channel = channel;
        this.localAddress = (InetSocketAddress) channel.getLocalAddress();
        this.inbox = new StunInboxSocket(channel.socket(), rttTracker, true, to -> { });
        this.sorter = new DatagramSorter(inbox, rttTracker, sink);
        this.reader = new Thread(this::readLoop, "jpeer-ice-rx-" + localAddress.getPort());
        reader.setDaemon(true);
    }

    /** Binds an ephemeral port on {@code address} and starts reading. */
    static UdpEndpoint open(InetAddress address, RttTracker rttTracker, PacketSink sink) throws IOException {
        DatagramChannel channel = DatagramChannel.open(
                address.getAddress().length == 4 ? StandardProtocolFamily.INET : StandardProtocolFamily.INET6);
        try {
            channel.bind(new InetSocketAddress(address, 0));
            UdpEndpoint endpoint = new UdpEndpoint(channel, rttTracker, sink);
            endpoint.reader.start();
            return endpoint;
        } catch (IOException | RuntimeException e) {
            channel.close();
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
        return sorter.drops() + readErrors.sum();
    }

    /** Sends one datagram; the caller counts failures. */
    @Override
    public void send(byte[] buf, int off, int len, InetSocketAddress to) throws IOException {
        send(channel, buf, off, len, to);
    }

    /**
     * Sends through {@code channel} without allocating: the bytes are copied into a per-thread direct
     * buffer, as the JDK would copy a heap buffer into a temporary direct one anyway, and wrapping
     * the caller's array would allocate on every send.
     */
    static void send(DatagramChannel channel, byte[] buf, int off, int len, InetSocketAddress to) throws IOException {
        ByteBuffer out = SEND_BUFFER.get();
        out.clear();
        out.put(buf, off, len).flip();
        channel.send(out, to);
    }

    boolean isOpen() {
        return open;
    }

    private void readLoop() {
        ByteBuffer bb = ByteBuffer.wrap(buffer);
        while (open) {
            try {
                bb.clear();
                SocketAddress source = channel.receive(bb);
                sorter.sort(buffer, 0, bb.position(), (InetSocketAddress) source);
            } catch (ClosedChannelException e) {
                break;
            } catch (IOException | RuntimeException e) {
                readErrors.increment();
                LOG.debug("datagram on {} dropped: {}", localAddress, e.toString());
            }
        }
    }

    /** Closes the socket and waits briefly for the reader to end, so its thread is gone on return. */
    @Override
    public void close() {
        open = false;
        inbox.close();
        try {
            channel.close();
        } catch (IOException e) {
            LOG.debug("closing {}: {}", localAddress, e.toString());
        }
        if (Thread.currentThread() != reader) {
            try {
                reader.join(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}

package org.jpeer.ice.internal;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.ice4j.socket.DelegatingDatagramSocket;

/**
 * The socket ice4j believes it reads from: STUN messages are pushed into it by our own reader
 * ({@link UdpEndpoint}), which owns the real socket, so that media never passes through ice4j's
 * copying multiplexer. Sending goes straight to the real socket; outgoing STUN requests are shown to
 * an {@link RttTracker} on the way.
 */
final class StunInboxSocket extends DelegatingDatagramSocket {
    static final int CAPACITY = 256;
    private static final DatagramPacket CLOSED = new DatagramPacket(new byte[0], 0);

    private final BlockingQueue<DatagramPacket> queue = new ArrayBlockingQueue<>(CAPACITY);
    private final RttTracker rttTracker;
    private final Consumer<InetSocketAddress> sendingTo;
    private volatile boolean closed;

    /**
     * @param realSocket where sends go; closing the inbox leaves it open (its reader's owner closes it)
     * @param sendingTo told of every destination ice4j sends to, before the datagram leaves
     */
    StunInboxSocket(DatagramSocket realSocket, RttTracker rttTracker, Consumer<InetSocketAddress> sendingTo)
            throws SocketException {
        super(new SocketHandle(realSocket));
        this.rttTracker = rttTracker;
        this.sendingTo = sendingTo;
    }

    /** Queues a copy of a STUN datagram; false when the queue is full or closed (the caller counts it). */
    boolean offer(byte[] buf, int off, int len, SocketAddress source) {
        if (closed) {
            return false;
        }
        byte[] copy = new byte[len];
        System.arraycopy(buf, off, copy, 0, len);
        DatagramPacket packet = new DatagramPacket(copy, len);
        packet.setSocketAddress(source);
        return queue.offer(packet);
    }

    @Override
    public void receive(DatagramPacket p) throws IOException {
        int timeout = getSoTimeout();
        DatagramPacket next = poll(timeout > 0 ? timeout : Long.MAX_VALUE);
        if (next == null) {
            throw new SocketTimeoutException();
        }
        copy(next, p);
    }

    /**
     * The next STUN datagram, or null after {@code timeoutMillis}.
     *
     * @throws SocketException once the socket is closed
     */
    DatagramPacket poll(long timeoutMillis) throws SocketException {
        DatagramPacket next;
        try {
            next = timeoutMillis == Long.MAX_VALUE ? queue.take() : queue.poll(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SocketException("interrupted");
        }
        if (next == CLOSED || closed) {
            // Leave the marker for every other reader blocked on this queue.
            queue.offer(CLOSED);
            throw new SocketException("Socket closed");
        }
        return next;
    }

    static void copy(DatagramPacket from, DatagramPacket to) {
        int n = Math.min(from.getLength(), to.getData().length - to.getOffset());
        System.arraycopy(from.getData(), 0, to.getData(), to.getOffset(), n);
        to.setLength(n);
        to.setSocketAddress(from.getSocketAddress());
    }

    @Override
    public void send(DatagramPacket p) throws IOException {
        byte[] data = p.getData();
        int off = p.getOffset();
        if (StunPackets.isStun(data, off, p.getLength()) && StunPackets.isRequest(data, off)) {
            rttTracker.requestSent(StunPackets.transactionKey(data, off));
        }
        sendingTo.accept((InetSocketAddress) p.getSocketAddress());
        super.send(p);
    }

    @Override
    public boolean isClosed() {
        return closed || super.isClosed();
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            queue.clear();
            queue.offer(CLOSED);
        }
        super.close();
    }
}

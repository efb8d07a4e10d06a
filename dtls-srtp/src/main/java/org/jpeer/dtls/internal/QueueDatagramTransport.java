package org.jpeer.dtls.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.bouncycastle.tls.DatagramTransport;
import org.jpeer.dtls.PacketSender;

/**
 * Adapts push-style networking to Bouncy Castle's blocking pull: the network thread {@link #offer}s
 * datagrams (copied, never blocking), the handshake thread takes them in {@link #receive}.
 *
 * <p>Outgoing records are packed into as few datagrams as the MTU allows (RFC 6347 §4.1.1): Bouncy
 * Castle sends each handshake message as its own datagram, so a five-message flight would otherwise
 * need five datagrams to survive a lossy path. A flight ends when the handshake thread turns to
 * {@link #receive}, which is where the pack is sent.
 */
public final class QueueDatagramTransport implements DatagramTransport {

    /** Enough for several handshake flights; a peer flooding beyond that only loses its own records. */
    static final int QUEUE_CAPACITY = 64;
    /** Accept what a peer with a larger MTU sends (Ethernet-sized), even if ours is smaller. */
    private static final int MIN_RECEIVE_LIMIT = 1500;
    private static final byte[] WAKE_UP = new byte[0];

    private final BlockingQueue<byte[]> queue = new ArrayBlockingQueue<>(QUEUE_CAPACITY);
    private final PacketSender sender;
    private final int mtu;
    private final LongAdder dropped = new LongAdder();
    private final byte[] pending;
    private int pendingLength;
    private volatile boolean closing;
    private volatile boolean peerClosed;

    public QueueDatagramTransport(PacketSender sender, int mtu) {
        this.sender = sender;
        this.mtu = mtu;
        this.pending = new byte[mtu];
    }

    /** Queues a copy of a datagram; false (and counted) when closing or the queue is full. */
    public boolean offer(byte[] buf, int off, int len) {
        if (closing || len <= 0) {
            dropped.increment();
            return false;
        }
        byte[] copy = new byte[len];
        System.arraycopy(buf, off, copy, 0, len);
        if (!queue.offer(copy)) {
            dropped.increment();
            return false;
        }
        return true;
    }

    /** Datagrams dropped because the queue was full or the transport closing. */
    public long droppedCount() {
        return dropped.sum();
    }

    /**
     * From now on {@link #receive} throws {@link TransportClosedException} at once. Being an
     * {@link InterruptedIOException}, Bouncy Castle passes it through without failing the
     * connection, so close_notify can still be sent afterwards.
     */
    public void shutdown() {
        closing = true;
        queue.clear();
        queue.offer(WAKE_UP);
    }

    /** The peer sent close_notify: stop reading at once rather than after the read times out. */
    void peerClosed() {
        peerClosed = true;
        queue.offer(WAKE_UP);
    }

    public boolean isClosing() {
        return closing;
    }

    @Override
    public int getReceiveLimit() {
        return Math.max(mtu, MIN_RECEIVE_LIMIT);
    }

    @Override
    public int getSendLimit() {
        return mtu;
    }

    @Override
    public int receive(byte[] buf, int off, int len, int waitMillis) throws IOException {
        flush();
        byte[] datagram;
        try {
            datagram = closing || peerClosed ? WAKE_UP : queue.poll(waitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("DTLS handshake thread interrupted");
        }
        if (datagram == null) {
            return -1;
        }
        if (datagram == WAKE_UP || closing || peerClosed) {
            throw new TransportClosedException();
        }
        int n = Math.min(len, datagram.length);
        System.arraycopy(datagram, 0, buf, off, n);
        return n;
    }

    /** Queues a record for the current datagram, sending the datagram first if the record does not fit. */
    @Override
    public void send(byte[] buf, int off, int len) throws IOException {
        if (pendingLength + len > mtu) {
            flush();
        }
        if (len > mtu) {
            transmit(buf, off, len);
            return;
        }
        System.arraycopy(buf, off, pending, pendingLength, len);
        pendingLength += len;
    }

    /** Sends the records queued by {@link #send}; called from the handshake thread only. */
    public void flush() throws IOException {
        if (pendingLength > 0) {
            int n = pendingLength;
            pendingLength = 0;
            transmit(pending, 0, n);
        }
    }

    private void transmit(byte[] buf, int off, int len) throws IOException {
        try {
            sender.send(buf, off, len);
        } catch (RuntimeException e) {
            throw new IOException("packet sender failed: " + e.getMessage(), e);
        }
    }

    /** The ICE transport belongs to the caller, so there is nothing to close here. */
    @Override
    public void close() {
    }

    /** Thrown into Bouncy Castle's read loop when the application closed the transport. */
    public static final class TransportClosedException extends InterruptedIOException {
        TransportClosedException() {
            super("DTLS transport closed by the application");
        }
    }
}

package org.jpeer.ice.internal;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.LongAdder;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one thread that reads a UDP socket: receives into one reused buffer (no allocation per
 * datagram) and hands each datagram on. No exception ends the loop except the socket being closed.
 *
 * <p>Our sockets are {@link DatagramSocket}s, not channels, for one reason: interrupting a thread
 * while it sends on a channel closes the channel, and the threads that send here are not ours
 * (ice4j's pools, which cancel with interrupts, and the DTLS and media threads above us).
 */
final class SocketReader {
    private static final Logger LOG = LoggerFactory.getLogger(SocketReader.class);
    /** Largest UDP payload; a smaller buffer would silently truncate jumbo datagrams. */
    static final int MAX_DATAGRAM = 65_535;
    private static final ThreadLocal<DatagramPacket> SEND_PACKET =
            ThreadLocal.withInitial(() -> new DatagramPacket(new byte[0], 0));

    /** Gets each datagram; {@code buf} is reused once this returns. */
    interface Handler {
        void onDatagram(byte[] buf, int len, InetSocketAddress source);
    }

    private final DatagramSocket socket;
    private final Handler handler;
    private final Thread thread;
    private final byte[] buffer = new byte[MAX_DATAGRAM];
    private final LongAdder errors = new LongAdder();

    SocketReader(DatagramSocket socket, String threadName, Handler handler) {
        this.socket = socket;
        this.handler = handler;
        this.thread = new Thread(this::readLoop, threadName);
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** Sends without allocating: a per-thread packet points at the caller's bytes for the call. */
    static void send(DatagramSocket socket, byte[] buf, int off, int len, InetSocketAddress to) throws IOException {
        DatagramPacket packet = SEND_PACKET.get();
        packet.setData(buf, off, len);
        packet.setSocketAddress(to);
        socket.send(packet);
    }

    /** Datagrams that could not be read. */
    long errors() {
        return errors.sum();
    }

    private void readLoop() {
        DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
        while (!socket.isClosed()) {
            try {
                packet.setData(buffer, 0, buffer.length);
                socket.receive(packet);
                handler.onDatagram(buffer, packet.getLength(), (InetSocketAddress) packet.getSocketAddress());
            } catch (IOException | RuntimeException e) {
                if (socket.isClosed()) {
                    break;
                }
                errors.increment();
                LOG.debug("datagram on {} dropped: {}", socket.getLocalSocketAddress(), e.toString());
            }
        }
    }

    /** Closes the socket and waits briefly for the thread to end, so it is gone on return. */
    void close() {
        socket.close();
        if (Thread.currentThread() != thread) {
            try {
                thread.join(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}

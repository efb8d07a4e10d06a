package org.jpeer.ice.internal;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketException;

import org.ice4j.socket.IceSocketWrapper;

/**
 * What ice4j's STUN stack reads and writes for one host candidate: a view of the
 * {@link StunInboxSocket}. ice4j asks for one view per purpose (checks, each STUN/TURN server) and
 * closes a view when that purpose ends, so closing a view must not close the socket; all views
 * share the one queue, which is fine because ice4j's stack dispatches by transaction, not by view.
 *
 * <p>This replaces ice4j's {@code MultiplexingDatagramSocket} filter views, which copy every
 * datagram and never release their own file descriptor on close.
 */
final class StunView extends IceSocketWrapper {
    /** How often a blocked reader looks whether its view was closed. */
    private static final long CLOSE_POLL_MILLIS = 200;

    private final StunInboxSocket inbox;
    private volatile boolean closed;

    StunView(StunInboxSocket inbox) {
        this.inbox = inbox;
    }

    @Override
    public void send(DatagramPacket p) throws IOException {
        if (closed) {
            throw new SocketException("view closed");
        }
        inbox.send(p);
    }

    @Override
    public void receive(DatagramPacket p) throws IOException {
        while (!closed) {
            DatagramPacket next = inbox.poll(CLOSE_POLL_MILLIS);
            if (next != null) {
                StunInboxSocket.copy(next, p);
                return;
            }
        }
        throw new SocketException("view closed");
    }

    @Override
    public void close() {
        closed = true;
    }

    @Override
    public InetAddress getLocalAddress() {
        return inbox.getLocalAddress();
    }

    @Override
    public int getLocalPort() {
        return inbox.getLocalPort();
    }

    @Override
    public SocketAddress getLocalSocketAddress() {
        return inbox.getLocalSocketAddress();
    }

    @Override
    public Socket getTCPSocket() {
        return null;
    }

    @Override
    public DatagramSocket getUDPSocket() {
        return inbox;
    }
}

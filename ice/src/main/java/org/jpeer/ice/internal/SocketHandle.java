package org.jpeer.ice.internal;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.DatagramSocketImpl;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketAddress;
import java.net.SocketException;

/**
 * What a {@link StunInboxSocket} delegates to: sends and addresses of a real socket that it does not
 * own. Closing the handle leaves the real socket open (its owner closes it, and a {@link UdpMux}'s
 * serves other agents), and ice4j's receive timeouts stay on the handle instead of reaching the
 * socket our reader blocks on. The handle holds no file descriptor of its own: ice4j's delegating
 * socket would open one for a delegate built the ordinary way.
 */
final class SocketHandle extends DatagramSocket {
    private final DatagramSocket socket;
    private volatile int soTimeout;
    private volatile boolean closed;

    SocketHandle(DatagramSocket socket) {
        super(new NoDescriptor());
        this.socket = socket;
    }

    @Override
    public void send(DatagramPacket p) throws IOException {
        if (closed) {
            throw new SocketException("Socket closed");
        }
        socket.send(p);
    }

    @Override
    public void receive(DatagramPacket p) throws IOException {
        throw new SocketException("a socket handle only sends; its inbox receives");
    }

    @Override
    public InetAddress getLocalAddress() {
        return socket.getLocalAddress();
    }

    @Override
    public int getLocalPort() {
        return socket.getLocalPort();
    }

    @Override
    public SocketAddress getLocalSocketAddress() {
        return socket.getLocalSocketAddress();
    }

    @Override
    public boolean isBound() {
        return socket.isBound();
    }

    @Override
    public synchronized void setSoTimeout(int timeout) {
        soTimeout = timeout;
    }

    @Override
    public synchronized int getSoTimeout() {
        return soTimeout;
    }

    @Override
    public synchronized int getReceiveBufferSize() throws SocketException {
        return socket.getReceiveBufferSize();
    }

    /** ice4j sizes the real socket's buffer for bursts (a video keyframe arrives as one). */
    @Override
    public synchronized void setReceiveBufferSize(int size) throws SocketException {
        socket.setReceiveBufferSize(size);
    }

    @Override
    public boolean isClosed() {
        return closed || socket.isClosed();
    }

    @Override
    public void close() {
        closed = true;
    }

    /** The implementation {@link DatagramSocket} insists on; every call above bypasses it, so it never opens. */
    private static final class NoDescriptor extends DatagramSocketImpl {
        @Override
        protected void create() {
        }

        @Override
        protected void bind(int lport, InetAddress laddr) throws SocketException {
            throw unsupported();
        }

        @Override
        protected void send(DatagramPacket p) throws IOException {
            throw unsupported();
        }

        @Override
        protected int peek(InetAddress i) throws IOException {
            throw unsupported();
        }

        @Override
        protected int peekData(DatagramPacket p) throws IOException {
            throw unsupported();
        }

        @Override
        protected void receive(DatagramPacket p) throws IOException {
            throw unsupported();
        }

        @Override
        @Deprecated
        protected void setTTL(byte ttl) throws IOException {
            throw unsupported();
        }

        @Override
        @Deprecated
        protected byte getTTL() throws IOException {
            throw unsupported();
        }

        @Override
        protected void setTimeToLive(int ttl) throws IOException {
            throw unsupported();
        }

        @Override
        protected int getTimeToLive() throws IOException {
            throw unsupported();
        }

        @Override
        protected void join(InetAddress inetaddr) throws IOException {
            throw unsupported();
        }

        @Override
        protected void leave(InetAddress inetaddr) throws IOException {
            throw unsupported();
        }

        @Override
        protected void joinGroup(SocketAddress mcastaddr, NetworkInterface netIf) throws IOException {
            throw unsupported();
        }

        @Override
        protected void leaveGroup(SocketAddress mcastaddr, NetworkInterface netIf) throws IOException {
            throw unsupported();
        }

        @Override
        protected void close() {
        }

        @Override
        public void setOption(int optID, Object value) {
        }

        @Override
        public Object getOption(int optID) throws SocketException {
            throw unsupported();
        }

        private static SocketException unsupported() {
            return new SocketException("not a real socket");
        }
    }
}

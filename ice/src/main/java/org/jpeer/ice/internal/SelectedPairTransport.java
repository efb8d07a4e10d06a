package org.jpeer.ice.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

import org.jpeer.ice.CandidatePair;
import org.jpeer.ice.DatagramReceiver;
import org.jpeer.ice.IceTransport;
import org.jpeer.ice.IceTransportStats;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link IceTransport} of one agent: sends on the current route and delivers datagrams from
 * authorised senders (the remote candidates we were told about or learned from checks).
 *
 * <p>A datagram that cannot be delivered yet (no receiver, or a sender not yet known because its
 * check is still being processed by ice4j) is copied into a small queue and delivered, in order, as
 * soon as it can be; this is how a DTLS ClientHello sent right after the peer's check succeeded
 * survives. The queue is bounded; overflow drops the oldest and counts it.
 */
final class SelectedPairTransport implements IceTransport, PacketSink {
    private static final Logger LOG = LoggerFactory.getLogger(SelectedPairTransport.class);
    static final int EARLY_QUEUE_CAPACITY = 64;

    /** Where sends go: one local socket (or TURN allocation) and one remote address. */
    record Route(DatagramOut out, InetSocketAddress remote) {
    }

    private record Early(byte[] data, InetSocketAddress source) {
    }

    private final Object lock = new Object();
    private final ArrayDeque<Early> early = new ArrayDeque<>();
    private final Supplier<Optional<CandidatePair>> selectedPair;
    private volatile Set<InetSocketAddress> authorized = Set.of();
    private volatile InetSocketAddress lastAuthorized;
    private DatagramReceiver receiver;

    private volatile Route route;
    private volatile boolean sendingAllowed = true;
    private volatile boolean receiving = true;
    private volatile boolean closed;

    private final LongAdder packetsSent = new LongAdder();
    private final LongAdder bytesSent = new LongAdder();
    private final LongAdder packetsReceived = new LongAdder();
    private final LongAdder bytesReceived = new LongAdder();
    private final LongAdder sendDropped = new LongAdder();
    private final LongAdder receiveDropped = new LongAdder();
    private final LongAdder receiverErrors = new LongAdder();
    private final Supplier<Long> socketDrops;

    SelectedPairTransport(Supplier<Optional<CandidatePair>> selectedPair, Supplier<Long> socketDrops) {
        this.selectedPair = selectedPair;
        this.socketDrops = socketDrops;
    }

    @Override
    public void send(byte[] buf, int off, int len) {
        Objects.checkFromIndexSize(off, len, buf.length);
        Route r = route;
        if (r == null || !sendingAllowed || closed) {
            sendDropped.increment();
            return;
        }
        try {
            r.out().send(buf, off, len, r.remote());
            packetsSent.increment();
            bytesSent.add(len);
        } catch (IOException | RuntimeException e) {
            sendDropped.increment();
            LOG.debug("send to {} failed: {}", r.remote(), e.toString());
        }
    }

    @Override
    public void setReceiver(DatagramReceiver newReceiver) {
        synchronized (lock) {
            receiver = newReceiver;
            drain();
        }
    }

    @Override
    public void onPacket(byte[] buf, int off, int len, InetSocketAddress source) {
        synchronized (lock) {
            if (closed) {
                receiveDropped.increment();
            } else if (receiver != null && early.isEmpty() && isAuthorized(source)) {
                deliver(buf, off, len);
            } else {
                keep(buf, off, len, source);
                drain();
            }
        }
    }

    /** Accepts datagrams from {@code remote} from now on, and delivers any already waiting. */
    void authorize(InetSocketAddress remote) {
        InetSocketAddress plain = new InetSocketAddress(remote.getAddress(), remote.getPort());
        synchronized (lock) {
            if (authorized.contains(plain)) {
                return;
            }
            Set<InetSocketAddress> next = new HashSet<>(authorized);
            next.add(plain);
            authorized = Set.copyOf(next);
            drain();
        }
    }

    /** Uses {@code r} for sending; null leaves nothing to send on. */
    void route(Route r) {
        route = r;
    }

    Route route() {
        return route;
    }

    @Override
    public boolean isReceiving() {
        return receiving;
    }

    /** False drops every incoming datagram of the agent before ice4j or the receiver sees it. */
    void receiving(boolean on) {
        receiving = on;
    }

    /** False once consent expired: RFC 7675 §5.1 requires that sending stops. */
    void sendingAllowed(boolean allowed) {
        sendingAllowed = allowed;
    }

    void close() {
        synchronized (lock) {
            closed = true;
            receiveDropped.add(early.size());
            early.clear();
            receiver = null;
        }
    }

    @Override
    public IceTransportStats stats() {
        return new IceTransportStats(packetsSent.sum(), bytesSent.sum(), packetsReceived.sum(), bytesReceived.sum(),
                sendDropped.sum(), receiveDropped.sum() + socketDrops.get(), receiverErrors.sum());
    }

    @Override
    public Optional<CandidatePair> selectedPair() {
        return selectedPair.get();
    }

    private boolean isAuthorized(InetSocketAddress source) {
        if (source == lastAuthorized) {
            return true;
        }
        if (authorized.contains(source)) {
            lastAuthorized = source;
            return true;
        }
        return false;
    }

    private void keep(byte[] buf, int off, int len, InetSocketAddress source) {
        if (early.size() == EARLY_QUEUE_CAPACITY) {
            early.removeFirst();
            receiveDropped.increment();
        }
        byte[] copy = new byte[len];
        System.arraycopy(buf, off, copy, 0, len);
        early.addLast(new Early(copy, source));
    }

    private void drain() {
        if (receiver == null) {
            return;
        }
        for (Iterator<Early> it = early.iterator(); it.hasNext(); ) {
            Early e = it.next();
            if (isAuthorized(e.source())) {
                it.remove();
                deliver(e.data(), 0, e.data().length);
            }
        }
    }

    private void deliver(byte[] buf, int off, int len) {
        try {
            receiver.onDatagram(buf, off, len);
            packetsReceived.increment();
            bytesReceived.add(len);
        } catch (RuntimeException e) {
            receiverErrors.increment();
            LOG.debug("datagram receiver threw", e);
        }
    }
}

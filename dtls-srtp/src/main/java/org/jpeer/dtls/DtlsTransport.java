package org.jpeer.dtls;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.jpeer.dtls.internal.DtlsChannel;
import org.jpeer.dtls.internal.DtlsHandshake;
import org.jpeer.dtls.internal.HandshakeTimers;
import org.jpeer.dtls.internal.NegotiatedParameters;
import org.jpeer.dtls.internal.QueueDatagramTransport;
import org.jpeer.dtls.internal.SrtpCryptoWarmUp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One DTLS-SRTP association over a datagram path (RFC 5763/5764), as W3C {@code RTCDtlsTransport}.
 *
 * <pre>{@code
 * DtlsTransport dtls = new DtlsTransport(config, (buf, off, len) -> ice.send(buf, off, len));
 * dtls.onStateChange(state -> executor.execute(() -> onDtlsState(state)));
 * dtls.start(DtlsRole.CLIENT, Fingerprint.parse(remoteSdpFingerprint));
 * // network thread: every datagram PacketClassifier calls DTLS
 * dtls.receive(buf, off, len);
 * dtls.handshake().thenAcceptAsync(srtp -> startMedia(srtp), executor);
 * }</pre>
 *
 * <p>Threads: the handshake runs on a daemon thread of its own ({@code jpeer-dtls-<n>}), which stays
 * to answer retransmissions and receive close_notify until {@link #close()}. State listeners and the
 * {@link #handshake()} future run on that thread: do not block there, hand work to your executor.
 * {@link #receive} copies and never blocks, so a network thread may call it.
 */
public final class DtlsTransport implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DtlsTransport.class);
    private static final AtomicInteger THREAD_NUMBER = new AtomicInteger();
    /** How long the connected thread blocks per read; close() wakes it at once. */
    private static final int SERVICE_WAIT_MILLIS = 1000;

    private final DtlsConfig config;
    private final QueueDatagramTransport transport;
    private final CompletableFuture<SrtpSession> handshake = new CompletableFuture<>();
    private final List<Consumer<DtlsState>> listeners = new CopyOnWriteArrayList<>();
    /** Written under {@code this}; volatile so the network thread can read it without the lock. */
    private volatile DtlsState state = DtlsState.NEW;
    private volatile DtlsRole role;
    private volatile NegotiatedParameters negotiated;

    /**
     * @param config settings, including this peer's certificate
     * @param sender where DTLS datagrams go (the selected ICE candidate pair)
     */
    public DtlsTransport(DtlsConfig config, PacketSender sender) {
        this.config = Objects.requireNonNull(config, "config");
        this.transport = new QueueDatagramTransport(Objects.requireNonNull(sender, "sender"), config.mtu());
        SrtpCryptoWarmUp.startOnce();
    }

    /**
     * Starts the handshake on its own thread and returns at once. Datagrams received before this
     * call are kept (up to a bound), so a peer that starts first loses nothing.
     *
     * @param role              {@link DtlsRole#CLIENT} for {@code a=setup:active}, SERVER for passive
     * @param remoteFingerprint the peer's certificate fingerprint from its SDP
     * @throws IllegalStateException when already started or closed
     */
    public void start(DtlsRole role, Fingerprint remoteFingerprint) {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(remoteFingerprint, "remoteFingerprint");
        if (!moveTo(DtlsState.NEW, DtlsState.CONNECTING)) {
            throw new IllegalStateException("DTLS transport already " + state.w3cName());
        }
        this.role = role;
        Thread thread = new Thread(() -> run(role, remoteFingerprint),
                "jpeer-dtls-" + THREAD_NUMBER.incrementAndGet());
        thread.setDaemon(true);
        thread.start();
    }

    /** Hands over a DTLS datagram from the network (first byte 20..63). Copies; never blocks. */
    public void receive(byte[] buf, int off, int len) {
        Objects.checkFromIndexSize(off, len, buf.length);
        if (!state.isTerminal()) {
            transport.offer(buf, off, len);
        }
    }

    /**
     * Completes with the SRTP session once the handshake finished and the peer's certificate matched
     * its fingerprint; fails with a {@link DtlsException} saying why otherwise.
     */
    public CompletableFuture<SrtpSession> handshake() {
        return handshake.copy();
    }

    /** The current state. */
    public DtlsState state() {
        return state;
    }

    /** Calls {@code listener} on every state change (from the DTLS thread or the thread calling {@link #close()}). */
    public void onStateChange(Consumer<DtlsState> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** This peer's certificate. */
    public RTCCertificate certificate() {
        return config.certificate();
    }

    /** The DTLS fields of W3C {@code RTCTransportStats}. */
    public DtlsTransportStats stats() {
        NegotiatedParameters n = negotiated;
        DtlsRole r = role;
        return new DtlsTransportStats(state().w3cName(),
                r == null ? "unknown" : r == DtlsRole.CLIENT ? "client" : "server",
                n == null ? null : n.tlsVersion(),
                n == null ? null : n.cipherSuite(),
                n == null ? null : n.srtpProfile().w3cName(),
                n != null && n.extendedMasterSecret(),
                transport.droppedCount());
    }

    /** The peer's certificate (DER) once connected, as W3C {@code getRemoteCertificates()}; else empty. */
    public List<byte[]> remoteCertificates() {
        NegotiatedParameters n = negotiated;
        return n == null ? List.of() : List.of(n.remoteCertificate());
    }

    /**
     * Sends close_notify (from the DTLS thread, shortly after) and ends the thread. Idempotent; a
     * handshake still running fails with {@link DtlsException.Reason#CLOSED}.
     */
    @Override
    public void close() {
        boolean changed = moveTo(DtlsState.CLOSED);
        transport.shutdown();
        if (changed) {
            handshake.completeExceptionally(
                    new DtlsException(DtlsException.Reason.CLOSED, "DTLS transport closed before the handshake completed"));
        }
    }

    private void run(DtlsRole role, Fingerprint remote) {
        long started = System.nanoTime();
        DtlsChannel channel;
        try {
            channel = DtlsHandshake.run(role, config.certificate().material(), remote, config.srtpProfiles(),
                    new HandshakeTimers((int) config.handshakeTimeout().toMillis(),
                            (int) config.initialRetransmit().toMillis()),
                    transport);
        } catch (DtlsException e) {
            fail(e);
            return;
        }
        negotiated = channel.negotiated();
        SrtpSession session = SrtpSession.create(channel.keys(), role == DtlsRole.CLIENT, config.maxSsrcs());
        LOG.debug("DTLS {} connected in {} ms, SRTP profile {}", role, (System.nanoTime() - started) / 1_000_000,
                session.profile().w3cName());
        if (moveTo(DtlsState.CONNECTING, DtlsState.CONNECTED)) {
            handshake.complete(session);
        }
        serve(channel);
    }

    private void serve(DtlsChannel channel) {
        try {
            byte[] scratch = new byte[channel.receiveLimit()];
            while (channel.service(scratch, SERVICE_WAIT_MILLIS)) {
                // Each pass answers retransmitted handshake flights; application data is not used yet.
            }
            if (transport.isClosing()) {
                channel.close();
            } else {
                LOG.debug("DTLS peer sent close_notify");
                moveTo(DtlsState.CLOSED);
            }
        } catch (DtlsException e) {
            fail(e);
        } catch (IOException e) {
            LOG.debug("sending close_notify failed: {}", e.toString());
        }
    }

    private void fail(DtlsException e) {
        if (moveTo(DtlsState.FAILED)) {
            LOG.info("DTLS failed: {}", e.getMessage());
        }
        handshake.completeExceptionally(e);
    }

    /** Moves to a terminal {@code next} unless already terminal; true when it changed. */
    private boolean moveTo(DtlsState next) {
        return moveTo(null, next);
    }

    /** Moves to {@code next} if the state is {@code from} (any non-terminal state when null); true when it changed. */
    private boolean moveTo(DtlsState from, DtlsState next) {
        synchronized (this) {
            if (state.isTerminal() || state == next || (from != null && state != from)) {
                return false;
            }
            state = next;
        }
        for (Consumer<DtlsState> listener : listeners) {
            try {
                listener.accept(next);
            } catch (RuntimeException e) {
                LOG.warn("DTLS state listener threw", e);
            }
        }
        return true;
    }
}

package org.jpeer.jsep.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicLong;
import org.jpeer.dtls.DtlsConfig;
import org.jpeer.dtls.DtlsRole;
import org.jpeer.dtls.DtlsState;
import org.jpeer.dtls.DtlsTransport;
import org.jpeer.dtls.Fingerprint;
import org.jpeer.dtls.PacketClassifier;
import org.jpeer.dtls.SrtpSession;
import org.jpeer.ice.IceAgent;
import org.jpeer.ice.IceConnectionState;
import org.jpeer.rtp.InvalidPacketException;
import org.jpeer.rtp.RtpPacket;
import org.jpeer.rtp.rtcp.RtcpPacket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one bundled transport of a connection: the ICE agent's selected pair, RFC 7983
 * demultiplexing, DTLS, and SRTP/SRTCP. It turns RTP and RTCP packets into protected datagrams and
 * back.
 *
 * <p>Threads: datagrams arrive on the ICE reading thread, which only classifies them. DTLS records
 * go to the DTLS handshake thread; SRTP packets are copied and handed to the connection's serial
 * executor, which owns the SRTP contexts in both directions, so {@link #sendRtp}, {@link #sendRtcp}
 * and the inbound listener all run there and need no lock.
 *
 * <p>Nothing is decrypted or sent before DTLS has verified the remote fingerprint: until then no
 * {@link SrtpSession} exists, and packets are dropped and counted.
 */
public final class SecureTransport implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SecureTransport.class);
    private static final int MAX_DATAGRAM = 1500;

    /** What the transport hands up, on the connection's executor. */
    public interface Listener {
        void onRtp(RtpPacket packet);

        void onRtcp(List<RtcpPacket> packets);

        void onDtlsState(DtlsState state, String failureReason);
    }

    private final IceAgent ice;
    private final DtlsTransport dtls;
    private final ConnectionExecutor executor;
    private final Listener listener;
    private final ImpairedSender.Out mediaOut;
    private final byte[] sendBuffer = new byte[MAX_DATAGRAM + 64];
    private final AtomicLong droppedBeforeKeys = new AtomicLong();
    private final AtomicLong unsentPackets = new AtomicLong();
    private final EarlyPackets earlyPackets = new EarlyPackets(EarlyPackets.DEFAULT_CAPACITY);
    private final AtomicLong droppedMalformed = new AtomicLong();
    private final AtomicLong droppedUnknown = new AtomicLong();

    private SrtpSession srtp;
    private boolean dtlsStarted;

    /**
     * @param impairment applied to the SRTP/SRTCP datagrams sent, or null (the normal case)
     */
    public SecureTransport(IceAgent ice, DtlsConfig dtlsConfig, ConnectionExecutor executor, Listener listener,
                           ImpairedSender impairment) {
        this.ice = Objects.requireNonNull(ice);
        this.executor = Objects.requireNonNull(executor);
        this.listener = Objects.requireNonNull(listener);
        this.mediaOut = impairment == null ? ice.transport()::send : impairment::send;
        this.dtls = new DtlsTransport(dtlsConfig, ice.transport()::send);
        // CONNECTED is reported by the handshake's completion, together with the keys, so that no
        // one sees a connected transport without an SRTP session.
        dtls.onStateChange(state -> {
            if (state != DtlsState.CONNECTED) {
                executor.post(() -> onDtlsState(state));
            }
        });
        ice.transport().setReceiver(this::onDatagram);
    }

    /**
     * Starts DTLS in the negotiated role. A client waits for ICE to connect before its first
     * ClientHello, so that flight is not lost and retransmitted a timer later; a server starts at
     * once and waits for the ClientHello.
     */
    public void startDtls(DtlsRole role, Fingerprint remoteFingerprint, IceConnectionState iceState) {
        if (dtlsStarted) {
            return;
        }
        if (role == DtlsRole.CLIENT && !(iceState == IceConnectionState.CONNECTED
                || iceState == IceConnectionState.COMPLETED)) {
            return;
        }
        dtlsStarted = true;
        dtls.start(role, remoteFingerprint);
        dtls.handshake().thenAccept(session -> executor.post(() -> {
            srtp = session;
            LOG.debug("DTLS connected, SRTP profile {}", session.profile().w3cName());
            listener.onDtlsState(DtlsState.CONNECTED, null);
            earlyPackets.replay(this::onSrtp);
        }));
    }

    public boolean dtlsStarted() {
        return dtlsStarted;
    }

    public DtlsState dtlsState() {
        return dtls.state();
    }

    /** The negotiated SRTP session, or null before DTLS has completed. */
    public SrtpSession srtp() {
        return srtp;
    }

    public DtlsTransport dtls() {
        return dtls;
    }

    /** Protects and sends; a packet sent before the keys exist is dropped (media never leaves in the clear). */
    public void sendRtp(RtpPacket packet) {
        if (srtp == null) {
            unsentPackets.incrementAndGet();
            return;
        }
        int size = packet.size();
        if (size + srtp.maxOverhead() > sendBuffer.length) {
            unsentPackets.incrementAndGet();
            LOG.warn("RTP packet of {} bytes exceeds the datagram size; dropped", size);
            return;
        }
        int len = packet.writeTo(sendBuffer, 0);
        mediaOut.send(sendBuffer, 0, srtp.protectRtp(sendBuffer, 0, len));
    }

    public void sendRtcp(List<? extends RtcpPacket> packets) {
        if (srtp == null || packets.isEmpty()) {
            return;
        }
        int size = RtcpPacket.compoundSize(packets);
        if (size + srtp.maxOverhead() > sendBuffer.length) {
            LOG.warn("RTCP compound of {} bytes exceeds the datagram size; dropped", size);
            return;
        }
        int len = RtcpPacket.writeCompound(packets, sendBuffer, 0);
        mediaOut.send(sendBuffer, 0, srtp.protectRtcp(sendBuffer, 0, len));
    }

    /** On the ICE reading thread: classify only, never throw. */
    private void onDatagram(byte[] buf, int off, int len) {
        if (len <= 0) {
            return;
        }
        switch (PacketClassifier.classify(buf[off])) {
            case DTLS -> dtls.receive(buf, off, len);
            case RTP_RTCP -> {
                // The reader reuses buf; unprotecting happens later, in place, on the executor.
                byte[] copy = Arrays.copyOfRange(buf, off, off + len);
                executor.post(() -> onSrtp(copy, len));
            }
            default -> droppedUnknown.incrementAndGet();
        }
    }

    private void onSrtp(byte[] packet, int len) {
        if (srtp == null) {
            if (!dtlsStarted || !earlyPackets.hold(packet, len)) {
                droppedBeforeKeys.incrementAndGet();
            }
            return;
        }
        try {
            if (PacketClassifier.isRtcp(packet, 0, len)) {
                int n = srtp.unprotectRtcp(packet, 0, len);
                if (n >= 0) {
                    listener.onRtcp(RtcpPacket.parseCompound(packet, 0, n));
                }
            } else {
                int n = srtp.unprotectRtp(packet, 0, len);
                if (n >= 0) {
                    listener.onRtp(RtpPacket.parse(packet, 0, n));
                }
            }
        } catch (InvalidPacketException e) {
            droppedMalformed.incrementAndGet();
            LOG.debug("malformed packet dropped: {}", e.getMessage());
        }
    }

    private void onDtlsState(DtlsState state) {
        String reason = null;
        if (state == DtlsState.FAILED) {
            Throwable cause = dtls.handshake().handle((s, e) -> e).getNow(null);
            reason = cause == null ? "DTLS failed" : rootMessage(cause);
        }
        listener.onDtlsState(state, reason);
    }

    private static String rootMessage(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && (c.getMessage() == null || c instanceof CompletionException)) {
            c = c.getCause();
        }
        return c.getMessage() == null ? c.getClass().getSimpleName() : c.getMessage();
    }

    /**
     * Received packets dropped: they came before the keys (beyond the early-packet queue), were
     * malformed, or were of no known kind.
     */
    public long droppedPackets() {
        return droppedBeforeKeys.get() + droppedMalformed.get() + droppedUnknown.get();
    }

    /** Outgoing RTP not sent: made before the keys existed (a live source runs before connecting), or too large. */
    public long unsentPackets() {
        return unsentPackets.get();
    }

    @Override
    public void close() {
        dtls.close();
    }

    @Override
    public String toString() {
        return "SecureTransport[dtls=" + dtls.state() + ", srtp=" + (srtp == null ? "none" : srtp.profile().w3cName()) + "]";
    }
}

package org.jpeer.rtp.feedback;

import java.util.Map;
import org.jpeer.rtp.RtpPacket;
import org.jpeer.rtp.pipeline.Outbox;
import org.jpeer.rtp.pipeline.RtpInterceptor;
import org.jpeer.rtp.rtcp.GenericNack;
import org.jpeer.rtp.rtcp.RtcpPacket;

/**
 * Send-side NACK handling as a pipeline plug-in: keeps the packets of one SSRC in a
 * {@link RetransmissionHistory} and answers a generic NACK with RTX (RFC 4588) when it was
 * negotiated, else with plain retransmission (RFC 4585: the packet again, same sequence number).
 *
 * <pre>{@code
 * RtpInterceptor nacks = NackResponder.rtx(mediaSsrc, rtxSsrc, rtxPayloadType, random.nextInt(0x10000));
 * RtpPipeline send = new RtpPipeline(List.of(nacks));
 * }</pre>
 *
 * SRTP refuses to protect one SSRC and sequence number twice (a GCM nonce must not repeat), so
 * over SRTP only RTX works; {@link #countOnly} then keeps the NACK statistics without resending.
 */
public final class NackResponder implements RtpInterceptor {

    private enum Mode { RTX, PLAIN, COUNT_ONLY }

    private final long mediaSsrc;
    private final Mode mode;
    private final long rtxSsrc;
    private final int rtxPayloadType;
    private final RetransmissionHistory history = new RetransmissionHistory();
    private int rtxSequence;
    private long nacksReceived;
    private long packetsRetransmitted;
    private long bytesRetransmitted;

    private NackResponder(long mediaSsrc, Mode mode, long rtxSsrc, int rtxPayloadType, int firstRtxSequence) {
        this.mediaSsrc = mediaSsrc;
        this.mode = mode;
        this.rtxSsrc = rtxSsrc;
        this.rtxPayloadType = rtxPayloadType;
        this.rtxSequence = firstRtxSequence & 0xFFFF;
    }

    /** Answers NACKs for {@code mediaSsrc} with RTX packets on {@code rtxSsrc}, sequence numbers from {@code firstRtxSequence}. */
    public static NackResponder rtx(long mediaSsrc, long rtxSsrc, int rtxPayloadType, int firstRtxSequence) {
        if (rtxSsrc == mediaSsrc) {
            throw new IllegalArgumentException("rtxSsrc " + rtxSsrc + " must differ from the media SSRC");
        }
        return new NackResponder(mediaSsrc, Mode.RTX, rtxSsrc, rtxPayloadType, firstRtxSequence);
    }

    /** Answers NACKs for {@code mediaSsrc} by sending the packets again unchanged. */
    public static NackResponder plain(long mediaSsrc) {
        return new NackResponder(mediaSsrc, Mode.PLAIN, 0, 0, 0);
    }

    /** Counts NACKs for {@code mediaSsrc} and resends nothing (no RTX negotiated over SRTP). */
    public static NackResponder countOnly(long mediaSsrc) {
        return new NackResponder(mediaSsrc, Mode.COUNT_ONLY, 0, 0, 0);
    }

    @Override
    public RtpPacket sendRtp(RtpPacket packet, long nowMillis, Outbox out) {
        if (packet.ssrc() == mediaSsrc && mode != Mode.COUNT_ONLY) {
            history.put(packet);
        }
        return packet;
    }

    @Override
    public void receiveRtcp(RtcpPacket packet, long nowMillis, Outbox out) {
        if (!(packet instanceof GenericNack nack) || nack.mediaSsrc() != mediaSsrc) {
            return;
        }
        nacksReceived++;
        for (RtpPacket p : history.resend(nack, nowMillis)) {
            RtpPacket resent = mode == Mode.RTX ? Rtx.wrap(p, rtxSsrc, rtxPayloadType, nextRtxSequence()) : p;
            packetsRetransmitted++;
            bytesRetransmitted += resent.payload().length;
            out.sendRtp(resent);
        }
    }

    private int nextRtxSequence() {
        int s = rtxSequence;
        rtxSequence = (rtxSequence + 1) & 0xFFFF;
        return s;
    }

    @Override
    public void setRoundTripMillis(long rttMillis) {
        history.setRoundTripMillis(rttMillis);
    }

    /** Generic NACK packets received for this SSRC (W3C outbound {@code nackCount}). */
    public long nacksReceived() {
        return nacksReceived;
    }

    /** W3C outbound {@code retransmittedPacketsSent}. */
    public long packetsRetransmitted() {
        return packetsRetransmitted;
    }

    /** Payload bytes of retransmissions (W3C {@code retransmittedBytesSent}). */
    public long bytesRetransmitted() {
        return bytesRetransmitted;
    }

    @Override
    public Map<String, Long> counters() {
        return Map.of("nacksReceived", nacksReceived, "packetsRetransmitted", packetsRetransmitted,
                "bytesRetransmitted", bytesRetransmitted, "requestedNotInHistory", history.missed());
    }
}

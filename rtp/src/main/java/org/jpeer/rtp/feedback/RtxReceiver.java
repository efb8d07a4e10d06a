package org.jpeer.rtp.feedback;

import java.util.Map;
import org.jpeer.rtp.InvalidPacketException;
import org.jpeer.rtp.RtpPacket;
import org.jpeer.rtp.pipeline.Outbox;
import org.jpeer.rtp.pipeline.RtpInterceptor;

/**
 * Receive-side RTX (RFC 4588) as a pipeline plug-in: turns packets of the retransmission stream
 * back into the packets they repair, so later plug-ins and the frame assembler see one stream.
 * The RTX stream is known by its SSRC (the {@code ssrc-group:FID} pairing) and its payload type
 * by the {@code apt} of the rtx format. Malformed and padding-only RTX packets are dropped and
 * counted.
 *
 * <pre>{@code
 * RtpInterceptor rtx = new RtxReceiver(primarySsrc, rtxSsrc, Map.of(97, 96));   // rtx PT -> apt
 * }</pre>
 */
public final class RtxReceiver implements RtpInterceptor {

    private final long primarySsrc;
    private final long rtxSsrc;
    private final Map<Integer, Integer> aptByRtxPayloadType;
    private long packetsRepaired;
    private long bytesRepaired;
    private long dropped;

    /**
     * @param primarySsrc         the SSRC the retransmissions repair
     * @param rtxSsrc             the retransmission SSRC
     * @param aptByRtxPayloadType the primary payload type of each rtx payload type
     */
    public RtxReceiver(long primarySsrc, long rtxSsrc, Map<Integer, Integer> aptByRtxPayloadType) {
        if (rtxSsrc == primarySsrc) {
            throw new IllegalArgumentException("rtxSsrc " + rtxSsrc + " must differ from the primary SSRC");
        }
        this.primarySsrc = primarySsrc;
        this.rtxSsrc = rtxSsrc;
        this.aptByRtxPayloadType = Map.copyOf(aptByRtxPayloadType);
    }

    @Override
    public RtpPacket receiveRtp(RtpPacket packet, long nowMillis, Outbox out) {
        if (packet.ssrc() != rtxSsrc) {
            return packet;
        }
        Integer apt = aptByRtxPayloadType.get(packet.payloadType());
        if (apt == null) {
            dropped++;
            return null;
        }
        try {
            RtpPacket original = Rtx.unwrap(packet, primarySsrc, apt);
            packetsRepaired++;
            bytesRepaired += original.payload().length;
            return original;
        } catch (InvalidPacketException e) {
            dropped++;
            return null;
        }
    }

    /** W3C inbound {@code retransmittedPacketsReceived}. */
    public long packetsRepaired() {
        return packetsRepaired;
    }

    /** W3C inbound {@code retransmittedBytesReceived} (payload bytes of the originals). */
    public long bytesRepaired() {
        return bytesRepaired;
    }

    /** RTX packets with an unknown payload type, no OSN, or padding only. */
    public long dropped() {
        return dropped;
    }

    @Override
    public Map<String, Long> counters() {
        return Map.of("packetsRepaired", packetsRepaired, "bytesRepaired", bytesRepaired, "dropped", dropped);
    }
}

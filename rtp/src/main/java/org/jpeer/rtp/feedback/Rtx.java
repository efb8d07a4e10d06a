package org.jpeer.rtp.feedback;

import java.util.Arrays;
import org.jpeer.rtp.ByteIo;
import org.jpeer.rtp.InvalidPacketException;
import org.jpeer.rtp.RtpPacket;

/**
 * The RTX payload format (RFC 4588 section 4): a retransmission travels on its own SSRC, payload
 * type and sequence numbers, and its payload starts with the original sequence number (OSN).
 * Timestamp, marker and header extensions stay those of the original.
 *
 * <pre>{@code
 * RtpPacket rtx = Rtx.wrap(original, rtxSsrc, rtxPayloadType, rtxSequence++);
 * RtpPacket back = Rtx.unwrap(rtx, original.ssrc(), original.payloadType());
 * }</pre>
 */
public final class Rtx {

    /** Bytes of the OSN field before the original payload. */
    public static final int OSN_LENGTH = 2;

    private Rtx() {
    }

    /** The retransmission of {@code original} as an RTX packet. */
    public static RtpPacket wrap(RtpPacket original, long rtxSsrc, int rtxPayloadType, int rtxSequenceNumber) {
        byte[] payload = new byte[OSN_LENGTH + original.payload().length];
        ByteIo.put16(payload, 0, original.sequenceNumber());
        System.arraycopy(original.payload(), 0, payload, OSN_LENGTH, original.payload().length);
        return original.toBuilder().ssrc(rtxSsrc).payloadType(rtxPayloadType).sequenceNumber(rtxSequenceNumber)
                .payload(payload).paddingLength(0).build();
    }

    /**
     * The original packet an RTX packet carries.
     *
     * @throws InvalidPacketException when the payload has no OSN (e.g. padding-only probes)
     */
    public static RtpPacket unwrap(RtpPacket rtx, long primarySsrc, int primaryPayloadType)
            throws InvalidPacketException {
        byte[] p = rtx.payload();
        if (p.length < OSN_LENGTH) {
            throw new InvalidPacketException("RTX: " + p.length + " payload bytes hold no original sequence number");
        }
        return rtx.toBuilder().ssrc(primarySsrc).payloadType(primaryPayloadType).sequenceNumber(ByteIo.u16(p, 0))
                .payload(Arrays.copyOfRange(p, OSN_LENGTH, p.length)).paddingLength(0).build();
    }
}

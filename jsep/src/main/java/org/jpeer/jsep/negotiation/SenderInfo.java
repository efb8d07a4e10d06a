package org.jpeer.jsep.negotiation;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * The RTP stream a transceiver sends: its SSRC, the SSRC of its retransmissions, the RTCP CNAME
 * and the MediaStream/track ids signalled with {@code a=msid} (RFC 8830) and {@code a=ssrc}
 * (RFC 5576).
 *
 * <pre>{@code
 * SenderInfo video = new SenderInfo(0x1234L, OptionalLong.of(0x5678L), "jpeer-cname", "stream0", "video0");
 * }</pre>
 *
 * @param ssrc     the primary SSRC, 0..2^32-1
 * @param rtxSsrc  the retransmission SSRC (paired with {@code ssrc-group:FID}), empty without rtx
 * @param cname    the RTCP CNAME, shared by all streams of one peer
 * @param streamId the MediaStream id, {@code "-"} for none
 * @param trackId  the track id
 */
public record SenderInfo(long ssrc, OptionalLong rtxSsrc, String cname, String streamId, String trackId) {

    public SenderInfo {
        checkSsrc(ssrc);
        Objects.requireNonNull(rtxSsrc, "rtxSsrc");
        rtxSsrc.ifPresent(SenderInfo::checkSsrc);
        Objects.requireNonNull(cname, "cname");
        Objects.requireNonNull(streamId, "streamId");
        Objects.requireNonNull(trackId, "trackId");
    }

    private static void checkSsrc(long ssrc) {
        if (ssrc < 0 || ssrc > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("ssrc " + ssrc + " is not a 32-bit unsigned value");
        }
    }
}

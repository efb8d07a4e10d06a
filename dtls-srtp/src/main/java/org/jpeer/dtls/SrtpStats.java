package org.jpeer.dtls;

/**
 * A snapshot of an {@link SrtpSession}'s packet counters.
 *
 * @param rtpProtected     RTP packets protected
 * @param rtcpProtected    RTCP packets protected
 * @param rtpUnprotected   SRTP packets accepted
 * @param rtcpUnprotected  SRTCP packets accepted
 * @param authFailures     packets dropped because their authentication tag did not verify
 * @param replayDrops      packets dropped as replays or as older than the 64-packet replay window
 * @param invalidDrops     packets dropped as malformed (bad version, truncated, shorter than the tag)
 * @param ssrcLimitDrops   packets dropped because {@link DtlsConfig#maxSsrcs()} SSRCs were already in use
 * @param protectRefusals  outgoing packets refused, e.g. an SSRC/sequence number protected twice
 */
public record SrtpStats(long rtpProtected, long rtcpProtected, long rtpUnprotected, long rtcpUnprotected,
        long authFailures, long replayDrops, long invalidDrops, long ssrcLimitDrops, long protectRefusals) {

    /** All inbound packets dropped, for whatever reason. */
    public long droppedTotal() {
        return authFailures + replayDrops + invalidDrops + ssrcLimitDrops;
    }
}

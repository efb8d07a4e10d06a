package org.jpeer.dtls;

import org.jpeer.dtls.internal.SrtpBackend;
import org.jpeer.dtls.internal.SrtpCounters;
import org.jpeer.dtls.internal.SrtpKeys;
import org.jpeer.dtls.internal.SrtpReceiver;
import org.jpeer.dtls.internal.SrtpSender;

/**
 * SRTP and SRTCP protection for both directions of one DTLS-SRTP association. Obtained only from
 * {@link DtlsTransport#handshake()}, i.e. after the peer's certificate matched its fingerprint.
 * SSRCs are learned as packets flow; replay protection is always on.
 *
 * <pre>{@code
 * SrtpSession srtp = dtls.handshake().join();
 * byte[] buf = new byte[rtpLength + srtp.maxOverhead()];      // room for the tag
 * int n = srtp.protectRtp(buf, 0, rtpLength);                 // send buf[0..n)
 *
 * int m = srtp.unprotectRtp(in, 0, inLength);                 // -1: dropped (see stats())
 * }</pre>
 *
 * <p>Thread safety: protect and unprotect may run on different threads; each SSRC's crypto context
 * serialises its own packets.
 */
public final class SrtpSession {

    private final SrtpProfile profile;
    private final SrtpSender sender;
    private final SrtpReceiver receiver;
    private final SrtpCounters counters = new SrtpCounters();

    private SrtpSession(SrtpKeys keys, boolean localIsClient, int maxSsrcs) {
        this.profile = keys.profile();
        this.sender = new SrtpSender(profile, keys.key(localIsClient), keys.salt(localIsClient), maxSsrcs, counters);
        this.receiver = new SrtpReceiver(profile, keys.key(!localIsClient), keys.salt(!localIsClient), maxSsrcs,
                counters);
    }

    /** Keys both directions; package-private so that only a verified handshake (or a test) makes one. */
    static SrtpSession create(SrtpKeys keys, boolean localIsClient, int maxSsrcs) {
        return new SrtpSession(keys, localIsClient, maxSsrcs);
    }

    /** The negotiated protection profile. */
    public SrtpProfile profile() {
        return profile;
    }

    /** Spare bytes a buffer needs after the packet for {@link #protectRtp} and {@link #protectRtcp}. */
    public int maxOverhead() {
        return Math.max(profile.rtpTagLength(), 4 + profile.rtcpTagLength());
    }

    /**
     * Protects an RTP packet in place.
     *
     * @return the SRTP length, or -1 when refused (the SSRC table is full, or this SSRC and sequence
     *     number were already protected: re-sending needs RTX), counted in {@link #stats()}
     * @throws IllegalArgumentException when the packet is not RTP version 2 or {@code buf} lacks
     *     {@link #maxOverhead()} spare bytes after it
     */
    public int protectRtp(byte[] buf, int off, int len) {
        return sender.protectRtp(buf, off, len);
    }

    /** Protects an RTCP compound packet in place; as {@link #protectRtp}. */
    public int protectRtcp(byte[] buf, int off, int len) {
        return sender.protectRtcp(buf, off, len);
    }

    /**
     * Unprotects an SRTP packet in place. Never throws for bad input.
     *
     * @return the RTP length, or -1 when dropped (authentication failure, replay, malformed, too many SSRCs)
     */
    public int unprotectRtp(byte[] buf, int off, int len) {
        return receiver.unprotectRtp(buf, off, len);
    }

    /** Unprotects an SRTCP packet in place; as {@link #unprotectRtp}. */
    public int unprotectRtcp(byte[] buf, int off, int len) {
        return receiver.unprotectRtcp(buf, off, len);
    }

    /** A snapshot of the packet counters. */
    public SrtpStats stats() {
        return new SrtpStats(counters.rtpProtected.sum(), counters.rtcpProtected.sum(),
                counters.rtpUnprotected.sum(), counters.rtcpUnprotected.sum(), counters.authFailures.sum(),
                counters.replayDrops.sum(), counters.invalidDrops.sum(), counters.ssrcLimitDrops.sum(),
                counters.protectRefusals.sum());
    }

    /** Which AES implementation jitsi-srtp uses: {@code "OpenSSL"} (native) or {@code "Java"} (JCE). */
    public static String cryptoBackend() {
        return SrtpBackend.name();
    }

    @Override
    public String toString() {
        return "SrtpSession[" + profile.w3cName() + "]";
    }
}

package org.jpeer.dtls.internal;

import java.security.GeneralSecurityException;
import java.util.concurrent.atomic.LongAdder;
import org.jitsi.srtp.SrtcpCryptoContext;
import org.jitsi.srtp.SrtpContextFactory;
import org.jitsi.srtp.SrtpCryptoContext;
import org.jitsi.srtp.SrtpErrorStatus;
import org.jpeer.dtls.SrtpProfile;

/** The protecting half of an SRTP session: contexts per local SSRC, created on first use. */
public final class SrtpSender {

    private final SrtpProfile profile;
    private final SrtpContextFactory factory;
    private final SsrcTable<SrtpCryptoContext> rtp;
    private final SsrcTable<SrtcpCryptoContext> rtcp;
    private final SrtpCounters counters;

    public SrtpSender(SrtpProfile profile, byte[] key, byte[] salt, int maxSsrcs, SrtpCounters counters) {
        this.profile = profile;
        this.factory = JitsiSrtp.factory(true, profile, key, salt);
        this.rtp = new SsrcTable<>(maxSsrcs);
        this.rtcp = new SsrcTable<>(maxSsrcs);
        this.counters = counters;
    }

    /** Encrypts and tags an RTP packet in place; the new length, or -1 when refused (counted). */
    public int protectRtp(byte[] buf, int off, int len) {
        if (RtpHeaders.rtpHeaderLength(buf, off, len) < 0) {
            throw new IllegalArgumentException("not an RTP packet: version must be 2 and the header must fit in "
                    + len + " bytes");
        }
        requireRoom(buf, off, len, profile.rtpTagLength());
        SrtpCryptoContext context = rtp.getOrCreate(RtpHeaders.rtpSsrc(buf, off), ssrc -> JitsiSrtp.rtpContext(factory, ssrc));
        return transform(context == null ? null : context::transformPacket, new PacketBuffer(buf, off, len),
                counters.rtpProtected, "SRTP");
    }

    /** Encrypts and tags an RTCP compound packet in place, appending the SRTCP index. */
    public int protectRtcp(byte[] buf, int off, int len) {
        if (!RtpHeaders.isRtcpHeader(buf, off, len)) {
            throw new IllegalArgumentException("not an RTCP packet: version must be 2 and length at least 8, got "
                    + len);
        }
        requireRoom(buf, off, len, 4 + profile.rtcpTagLength());
        SrtcpCryptoContext context = rtcp.getOrCreate(RtpHeaders.rtcpSenderSsrc(buf, off),
                ssrc -> JitsiSrtp.rtcpContext(factory, ssrc));
        return transform(context == null ? null : context::transformPacket, new PacketBuffer(buf, off, len),
                counters.rtcpProtected, "SRTCP");
    }

    /** jitsi-srtp's RTP and RTCP contexts share no interface; both transform a buffer in place. */
    @FunctionalInterface
    private interface Transform {
        SrtpErrorStatus apply(PacketBuffer packet) throws GeneralSecurityException;
    }

    /** Runs a context's protection: the new length, or -1 when there is no context (SSRC limit) or it refused. */
    private int transform(Transform transform, PacketBuffer packet, LongAdder protectedCount, String protocol) {
        if (transform == null) {
            counters.ssrcLimitDrops.increment();
            return -1;
        }
        try {
            if (transform.apply(packet) != SrtpErrorStatus.OK) {
                counters.protectRefusals.increment();
                return -1;
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(protocol + " encryption failed", e);
        }
        protectedCount.increment();
        return packet.getLength();
    }

    private static void requireRoom(byte[] buf, int off, int len, int overhead) {
        if (off < 0 || len < 0 || buf.length - off - len < overhead) {
            throw new IllegalArgumentException("buffer needs " + overhead + " spare bytes after the " + len
                    + "-byte packet at offset " + off + ", has " + (buf.length - off - len));
        }
    }
}

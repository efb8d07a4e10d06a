package org.jpeer.dtls.internal;

import java.security.GeneralSecurityException;
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
        if (context == null) {
            counters.ssrcLimitDrops.increment();
            return -1;
        }
        PacketBuffer packet = new PacketBuffer(buf, off, len);
        try {
            if (context.transformPacket(packet) != SrtpErrorStatus.OK) {
                counters.protectRefusals.increment();
                return -1;
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SRTP encryption failed", e);
        }
        counters.rtpProtected.increment();
        return packet.getLength();
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
        if (context == null) {
            counters.ssrcLimitDrops.increment();
            return -1;
        }
        PacketBuffer packet = new PacketBuffer(buf, off, len);
        try {
            if (context.transformPacket(packet) != SrtpErrorStatus.OK) {
                counters.protectRefusals.increment();
                return -1;
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SRTCP encryption failed", e);
        }
        counters.rtcpProtected.increment();
        return packet.getLength();
    }

    private static void requireRoom(byte[] buf, int off, int len, int overhead) {
        if (off < 0 || len < 0 || buf.length - off - len < overhead) {
            throw new IllegalArgumentException("buffer needs " + overhead + " spare bytes after the " + len
                    + "-byte packet at offset " + off + ", has " + (buf.length - off - len));
        }
    }
}

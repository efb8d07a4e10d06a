package org.jpeer.dtls.internal;

import java.security.GeneralSecurityException;
import org.jitsi.srtp.SrtcpCryptoContext;
import org.jitsi.srtp.SrtpContextFactory;
import org.jitsi.srtp.SrtpCryptoContext;
import org.jitsi.srtp.SrtpErrorStatus;
import org.jpeer.dtls.SrtpProfile;

/**
 * The unprotecting half of an SRTP session. A remote SSRC gets a context only once one of its
 * packets authenticated, so forged packets cannot fill the bounded table; every drop is counted.
 */
public final class SrtpReceiver {

    private final SrtpProfile profile;
    private final SrtpContextFactory factory;
    private final SsrcTable<SrtpCryptoContext> rtp;
    private final SsrcTable<SrtcpCryptoContext> rtcp;
    private final SrtpCounters counters;

    public SrtpReceiver(SrtpProfile profile, byte[] key, byte[] salt, int maxSsrcs, SrtpCounters counters) {
        this.profile = profile;
        this.factory = JitsiSrtp.factory(false, profile, key, salt);
        this.rtp = new SsrcTable<>(maxSsrcs);
        this.rtcp = new SsrcTable<>(maxSsrcs);
        this.counters = counters;
    }

    /** Authenticates, replay-checks and decrypts in place; the plaintext length or -1 (dropped, counted). */
    public int unprotectRtp(byte[] buf, int off, int len) {
        int headerLength = RtpHeaders.rtpHeaderLength(buf, off, len);
        if (headerLength < 0 || len - headerLength < profile.rtpTagLength()) {
            counters.invalidDrops.increment();
            return -1;
        }
        int ssrc = RtpHeaders.rtpSsrc(buf, off);
        SrtpCryptoContext context = rtp.get(ssrc);
        boolean fresh = context == null;
        if (fresh) {
            if (rtp.isFull()) {
                counters.ssrcLimitDrops.increment();
                return -1;
            }
            context = JitsiSrtp.rtpContext(factory, ssrc);
        }
        PacketBuffer packet = new PacketBuffer(buf, off, len);
        SrtpErrorStatus status;
        try {
            status = context.reverseTransformPacket(packet, false);
        } catch (GeneralSecurityException | RuntimeException e) {
            status = SrtpErrorStatus.INVALID_PACKET;
        }
        if (!accepted(status)) {
            return -1;
        }
        if (fresh) {
            rtp.putIfAbsent(ssrc, context);
        }
        counters.rtpUnprotected.increment();
        return packet.getLength();
    }

    /** As {@link #unprotectRtp} for SRTCP (RFC 3711 §3.4); contexts are keyed by the sender SSRC. */
    public int unprotectRtcp(byte[] buf, int off, int len) {
        if (!RtpHeaders.isRtcpHeader(buf, off, len)
                || len < RtpHeaders.RTCP_FIXED_HEADER + 4 + profile.rtcpTagLength()) {
            counters.invalidDrops.increment();
            return -1;
        }
        int ssrc = RtpHeaders.rtcpSenderSsrc(buf, off);
        SrtcpCryptoContext context = rtcp.get(ssrc);
        boolean fresh = context == null;
        if (fresh) {
            if (rtcp.isFull()) {
                counters.ssrcLimitDrops.increment();
                return -1;
            }
            context = JitsiSrtp.rtcpContext(factory, ssrc);
        }
        PacketBuffer packet = new PacketBuffer(buf, off, len);
        SrtpErrorStatus status;
        try {
            status = context.reverseTransformPacket(packet);
        } catch (GeneralSecurityException | RuntimeException e) {
            status = SrtpErrorStatus.INVALID_PACKET;
        }
        if (!accepted(status)) {
            return -1;
        }
        if (fresh) {
            rtcp.putIfAbsent(ssrc, context);
        }
        counters.rtcpUnprotected.increment();
        return packet.getLength();
    }

    private boolean accepted(SrtpErrorStatus status) {
        switch (status) {
            case OK:
                return true;
            case AUTH_FAIL:
                counters.authFailures.increment();
                return false;
            case REPLAY_FAIL:
            case REPLAY_OLD:
                counters.replayDrops.increment();
                return false;
            default:
                counters.invalidDrops.increment();
                return false;
        }
    }
}

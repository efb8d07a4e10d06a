package org.jpeer.dtls;

/**
 * Pure demultiplexing helpers for the packets that share one ICE 5-tuple.
 *
 * <pre>{@code
 * switch (PacketClassifier.classify(buf[off])) {
 *     case DTLS -> dtls.receive(buf, off, len);
 *     case RTP_RTCP -> {
 *         int n = PacketClassifier.isRtcp(buf, off, len)
 *                 ? srtp.unprotectRtcp(buf, off, len)
 *                 : srtp.unprotectRtp(buf, off, len);
 *     }
 *     default -> { }
 * }
 * }</pre>
 */
public final class PacketClassifier {

    private PacketClassifier() {
    }

    /** Classifies a datagram by its first byte, per the RFC 7983 §7 ranges. */
    public static PacketClass classify(byte firstByte) {
        int b = firstByte & 0xFF;
        if (b <= 3) {
            return PacketClass.STUN;
        }
        if (b >= 16 && b <= 19) {
            return PacketClass.ZRTP;
        }
        if (b >= 20 && b <= 63) {
            return PacketClass.DTLS;
        }
        if (b >= 64 && b <= 79) {
            return PacketClass.TURN_CHANNEL;
        }
        if (b >= 128 && b <= 191) {
            return PacketClass.RTP_RTCP;
        }
        return PacketClass.UNKNOWN;
    }

    /**
     * Whether an RTP/RTCP packet is RTCP: RFC 5761 §4 keeps RTP payload types out of 64..95 so that
     * the RTCP packet types 192..223 (second byte, marker bit masked off) identify RTCP.
     * A packet shorter than two bytes is not RTCP.
     */
    public static boolean isRtcp(byte[] buf, int off, int len) {
        if (len < 2) {
            return false;
        }
        int type = buf[off + 1] & 0x7F;
        return type >= 64 && type <= 95;
    }
}

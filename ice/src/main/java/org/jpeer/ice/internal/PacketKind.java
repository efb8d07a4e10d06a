package org.jpeer.ice.internal;

/**
 * RFC 7983 §7 demultiplexing by the first byte of a datagram. Anything that is none of these is
 * garbage: dropped and counted by the reader.
 */
enum PacketKind {
    STUN, DTLS, TURN_CHANNEL, RTP_RTCP, GARBAGE;

    static PacketKind of(byte[] buf, int off, int len) {
        if (len <= 0) {
            return GARBAGE;
        }
        int b = buf[off] & 0xFF;
        if (b <= 3) {
            return StunPackets.isStun(buf, off, len) ? STUN : GARBAGE;
        }
        if (b >= 20 && b <= 63) {
            return DTLS;
        }
        if (b >= 64 && b <= 79) {
            return TURN_CHANNEL;
        }
        if (b >= 128 && b <= 191) {
            return RTP_RTCP;
        }
        return GARBAGE;
    }
}

package org.jpeer.dtls;

/**
 * What a datagram on a WebRTC 5-tuple carries, decided by its first byte (RFC 7983 §7).
 */
public enum PacketClass {
    /** 0..3: STUN (ICE connectivity checks, consent freshness). */
    STUN,
    /** 16..19: ZRTP. */
    ZRTP,
    /** 20..63: a DTLS record. */
    DTLS,
    /** 64..79: TURN ChannelData. */
    TURN_CHANNEL,
    /** 128..191: RTP or RTCP (tell them apart with {@link PacketClassifier#isRtcp}). */
    RTP_RTCP,
    /** Any other first byte: drop it. */
    UNKNOWN
}

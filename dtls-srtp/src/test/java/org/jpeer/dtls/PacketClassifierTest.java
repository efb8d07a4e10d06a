package org.jpeer.dtls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PacketClassifierTest {

    @Test
    void classifiesEveryFirstByteByRfc7983() {
        for (int b = 0; b < 256; b++) {
            PacketClass expected;
            if (b <= 3) {
                expected = PacketClass.STUN;
            } else if (b >= 16 && b <= 19) {
                expected = PacketClass.ZRTP;
            } else if (b >= 20 && b <= 63) {
                expected = PacketClass.DTLS;
            } else if (b >= 64 && b <= 79) {
                expected = PacketClass.TURN_CHANNEL;
            } else if (b >= 128 && b <= 191) {
                expected = PacketClass.RTP_RTCP;
            } else {
                expected = PacketClass.UNKNOWN;
            }
            assertEquals(expected, PacketClassifier.classify((byte) b), "first byte " + b);
        }
    }

    @Test
    void boundariesOfEachRange() {
        assertEquals(PacketClass.UNKNOWN, PacketClassifier.classify((byte) 4));
        assertEquals(PacketClass.UNKNOWN, PacketClassifier.classify((byte) 15));
        assertEquals(PacketClass.DTLS, PacketClassifier.classify((byte) 22));   // handshake record
        assertEquals(PacketClass.UNKNOWN, PacketClassifier.classify((byte) 80));
        assertEquals(PacketClass.UNKNOWN, PacketClassifier.classify((byte) 127));
        assertEquals(PacketClass.RTP_RTCP, PacketClassifier.classify((byte) 0x80));
        assertEquals(PacketClass.UNKNOWN, PacketClassifier.classify((byte) 192));
    }

    @Test
    void tellsRtcpFromRtpByRfc5761PayloadTypes() {
        for (int second = 0; second < 256; second++) {
            int pt = second & 0x7F;
            assertEquals(pt >= 64 && pt <= 95, PacketClassifier.isRtcp(new byte[] {(byte) 0x80, (byte) second}, 0, 2),
                    "second byte " + second);
        }
        assertTrue(PacketClassifier.isRtcp(new byte[] {0, 0, (byte) 0x81, (byte) 201}, 2, 2));   // RR at an offset
        assertFalse(PacketClassifier.isRtcp(new byte[] {(byte) 0x80, (byte) 111}, 0, 2));       // Opus
        assertFalse(PacketClassifier.isRtcp(new byte[] {(byte) 0x80, (byte) 200}, 0, 1));       // too short
    }
}

package org.jpeer.rtp.ext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.jpeer.rtp.Hex;
import org.jpeer.rtp.InvalidPacketException;
import org.jpeer.rtp.RtpPacket;
import org.junit.jupiter.api.Test;

class HeaderExtensionValuesTest {

    @Test
    void wireForms() {
        assertEquals("30", Hex.of(new SdesValue("0").toBytes()));
        assertEquals("0100", Hex.of(new TransportSequenceNumber(256).toBytes()));
        assertEquals("9e", Hex.of(new AudioLevel(true, 30).toBytes()));
        assertEquals("ffffa6", Hex.of(new TransmissionOffset(-90).toBytes()));
        assertEquals("0d", Hex.of(new VideoOrientation(true, true, 90).toBytes()));
        assertEquals("00a028", Hex.of(new PlayoutDelay(100, 400).toBytes()));
        assertEquals("040000", Hex.of(AbsSendTime.fromMillis(1000).toBytes())); // 1 s = 1 << 18
    }

    @Test
    void parseInvertsWrite() throws Exception {
        assertEquals(new SdesValue("rid-1"), SdesValue.parse(new SdesValue("rid-1").toBytes()));
        assertEquals(new TransportSequenceNumber(65535), TransportSequenceNumber.parse(Hex.bytes("ffff")));
        assertEquals(new AudioLevel(false, 127), AudioLevel.parse(new AudioLevel(false, 127).toBytes()));
        assertEquals(new TransmissionOffset(-0x800000), TransmissionOffset.parse(Hex.bytes("800000")));
        assertEquals(new VideoOrientation(false, false, 270), VideoOrientation.parse(Hex.bytes("f3")));
        assertEquals(new PlayoutDelay(40950, 40950), PlayoutDelay.parse(Hex.bytes("ffffff")));
        assertEquals(new PlayoutDelay(100, 100), PlayoutDelay.parse(Hex.bytes("00a001")), "max below min is raised");
        assertEquals(AbsSendTime.fromMillis(500), AbsSendTime.parse(AbsSendTime.fromMillis(64_500).toBytes()));
        assertEquals(500, AbsSendTime.fromMillis(500).millis());
    }

    @Test
    void typedValuesRideInAPacketNextToUnknownOnes() throws Exception {
        RtpPacket p = RtpPacket.builder().payloadType(96).ssrc(1)
                .extension(1, new SdesValue("0").toBytes())
                .extension(3, new TransportSequenceNumber(7).toBytes())
                .extension(9, new byte[] {1, 2, 3})
                .build();
        RtpPacket back = RtpPacket.parse(p.toBytes(), 0, p.size());
        assertEquals("0", SdesValue.parse(back.extensions().get(1).orElseThrow()).value());
        assertEquals(7, TransportSequenceNumber.parse(back.extensions().get(3).orElseThrow()).sequence());
        assertEquals(3, back.extensions().get(9).orElseThrow().length);
    }

    @Test
    void badWireDataThrowsOnlyInvalidPacket() {
        assertThrows(InvalidPacketException.class, () -> TransportSequenceNumber.parse(new byte[3]));
        assertThrows(InvalidPacketException.class, () -> AbsSendTime.parse(new byte[2]));
        assertThrows(InvalidPacketException.class, () -> SdesValue.parse(new byte[] {0x01}));
        assertThrows(InvalidPacketException.class, () -> SdesValue.parse(new byte[0]));
        assertThrows(InvalidPacketException.class, () -> PlayoutDelay.parse(new byte[1]));
    }

    @Test
    void misuseNamesTheField() {
        assertEquals("audio level 128 outside 0..127",
                assertThrows(IllegalArgumentException.class, () -> new AudioLevel(false, 128)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new VideoOrientation(false, false, 45));
        assertThrows(IllegalArgumentException.class, () -> new PlayoutDelay(15, 20));
    }
}

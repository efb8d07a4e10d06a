package org.jpeer.rtp;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RtpPacketTest {

    @Test
    void parsesAKnownHeaderLayout() throws Exception {
        // V=2 P=0 X=0 CC=0 | M=1 PT=96 | seq 0x1234 | ts 0xDEADBEEF | ssrc 0xCAFEBABE | payload 01 02 03
        byte[] wire = Hex.bytes("80 e0 1234 deadbeef cafebabe 010203");
        RtpPacket p = RtpPacket.parse(wire, 0, wire.length);
        assertTrue(p.marker());
        assertEquals(96, p.payloadType());
        assertEquals(0x1234, p.sequenceNumber());
        assertEquals(0xDEADBEEFL, p.timestamp());
        assertEquals(0xCAFEBABEL, p.ssrc());
        assertArrayEquals(new byte[] {1, 2, 3}, p.payload());
        assertFalse(p.extensions().present());
        assertArrayEquals(wire, p.toBytes());
    }

    @Test
    void oneByteExtensionsFollowRfc8285Section42() throws Exception {
        // 0xBEDE, length 1 word: id 1 len 1 (0x10) 'a', then 2 bytes of padding
        byte[] wire = Hex.bytes("90 6f 0001 00000001 00000002 bede 0001 10 61 00 00 ff");
        RtpPacket p = RtpPacket.parse(wire, 0, wire.length);
        assertEquals(HeaderExtensions.ONE_BYTE_PROFILE, p.extensions().profile());
        assertArrayEquals("a".getBytes(US_ASCII), p.extensions().get(1).orElseThrow());
        assertArrayEquals(new byte[] {(byte) 0xff}, p.payload());
        assertArrayEquals(wire, p.toBytes());
    }

    @Test
    void twoByteFormCarriesLongAndEmptyElements() throws Exception {
        byte[] big = new byte[20];
        RtpPacket p = RtpPacket.builder().payloadType(100).ssrc(7).extension(3, big).extension(200, new byte[0])
                .payload(new byte[] {9}).build();
        assertEquals(HeaderExtensions.TWO_BYTE_PROFILE, p.extensions().profile());
        RtpPacket back = roundTrip(p);
        assertEquals(p, back);
        assertEquals(0, back.extensions().get(200).orElseThrow().length);
        assertEquals(20, back.extensions().get(3).orElseThrow().length);
    }

    @Test
    void unknownExtensionIdsAreKeptInOrder() throws Exception {
        RtpPacket p = RtpPacket.builder().extension(9, new byte[] {1}).extension(2, new byte[] {2, 2})
                .extension(14, new byte[16]).build();
        List<HeaderExtension> e = roundTrip(p).extensions().elements();
        assertEquals(List.of(9, 2, 14), e.stream().map(HeaderExtension::id).toList());
    }

    @Test
    void reservedId15StopsOneByteParsing() throws Exception {
        byte[] wire = Hex.bytes("90 00 0001 00000000 00000000 bede 0001 10 61 f0 00");
        assertEquals(1, RtpPacket.parse(wire, 0, wire.length).extensions().elements().size());
    }

    @Test
    void nonRfc8285ProfileIsKeptOpaque() throws Exception {
        RtpPacket p = RtpPacket.builder().extensions(HeaderExtensions.opaque(0x1234, new byte[] {1, 2, 3, 4})).build();
        RtpPacket back = roundTrip(p);
        assertEquals(0x1234, back.extensions().profile());
        assertArrayEquals(new byte[] {1, 2, 3, 4}, back.extensions().opaque());
    }

    @Test
    void csrcsAndPaddingRoundTrip() throws Exception {
        RtpPacket p = RtpPacket.builder().payloadType(0).sequenceNumber(65535).timestamp(0xFFFFFFFFL)
                .ssrc(0xFFFFFFFFL).csrcs(List.of(1L, 0xFFFFFFFFL)).payload(new byte[] {5, 6}).paddingLength(3).build();
        byte[] wire = p.toBytes();
        assertEquals(12 + 8 + 2 + 3, wire.length);
        assertEquals(0xA2, wire[0] & 0xFF);
        assertEquals(3, wire[wire.length - 1]);
        assertEquals(p, RtpPacket.parse(wire, 0, wire.length));
    }

    @Test
    void parsesAtAnOffset() throws Exception {
        RtpPacket p = RtpPacket.builder().payloadType(8).payload(new byte[] {1}).build();
        byte[] buf = new byte[100];
        int n = p.writeTo(buf, 37);
        assertEquals(p, RtpPacket.parse(buf, 37, n));
    }

    @Test
    void rejectsMalformedPacketsWithItsOwnException() {
        assertThrows(InvalidPacketException.class, () -> RtpPacket.parse(new byte[11], 0, 11));
        assertThrows(InvalidPacketException.class, () -> RtpPacket.parse(Hex.bytes("40000000000000000000000000"), 0, 13));
        assertThrows(InvalidPacketException.class, () -> RtpPacket.parse(Hex.bytes("a0000000000000000000000000"), 0, 13));
        assertThrows(InvalidPacketException.class, () -> RtpPacket.parse(Hex.bytes("81000000000000000000000000"), 0, 13));
        assertThrows(InvalidPacketException.class, () -> RtpPacket.parse(Hex.bytes("90000000000000000000000000bede0002"), 0, 17));
        assertThrows(InvalidPacketException.class, () -> RtpPacket.parse(new byte[20], 15, 12));
        assertThrows(InvalidPacketException.class, () -> RtpPacket.parse(null, 0, 0));
    }

    @Test
    void rejectsBadFieldsThroughTheApiNamingTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RtpPacket.builder().payloadType(128).build());
        assertTrue(e.getMessage().contains("payloadType"));
        assertThrows(IllegalArgumentException.class, () -> new HeaderExtension(0, new byte[1]));
        assertThrows(IllegalArgumentException.class, () -> RtpPacket.builder().csrcs(java.util.Collections.nCopies(16, 1L)).build());
    }

    @Test
    void toBuilderKeepsEverything() {
        RtpPacket p = RtpPacket.builder().marker(true).payloadType(96).sequenceNumber(5).timestamp(6).ssrc(7)
                .csrcs(List.of(8L)).extension(1, new byte[] {1}).payload(new byte[] {2}).paddingLength(4).build();
        assertEquals(p, p.toBuilder().build());
        assertEquals(6, p.toBuilder().sequenceNumber(6).build().sequenceNumber());
    }

    static RtpPacket roundTrip(RtpPacket p) throws InvalidPacketException {
        byte[] wire = p.toBytes();
        assertEquals(p.size(), wire.length);
        return RtpPacket.parse(wire, 0, wire.length);
    }
}

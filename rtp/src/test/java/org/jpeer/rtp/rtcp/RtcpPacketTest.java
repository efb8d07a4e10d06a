package org.jpeer.rtp.rtcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.jpeer.rtp.Hex;
import org.jpeer.rtp.InvalidPacketException;
import org.junit.jupiter.api.Test;

class RtcpPacketTest {

    private static final ReportBlock BLOCK = new ReportBlock(0x11223344L, 25, -3, 0x0001FFFFL, 123, 0xAABBCCDDL, 65536);

    @Test
    void senderReportMatchesTheRfc3550Layout() throws Exception {
        SenderReport sr = new SenderReport(0x01020304L, 0xE1E2E3E4E5E6E7E8L, 0x0A0B0C0DL, 10, 1000, List.of(BLOCK));
        byte[] wire = RtcpPacket.toBytes(List.of(sr));
        // V=2 RC=1, PT=200, length 12 words - 1 = 12; then SSRC, NTP, RTP ts, counts, one block
        assertEquals("81c8000c" + "01020304" + "e1e2e3e4e5e6e7e8" + "0a0b0c0d" + "0000000a" + "000003e8"
                + "11223344" + "19" + "fffffd" + "0001ffff" + "0000007b" + "aabbccdd" + "00010000", Hex.of(wire));
        assertEquals(List.of(sr), RtcpPacket.parseCompound(wire, 0, wire.length));
    }

    @Test
    void pliIsTwelveBytesOfRfc4585() throws Exception {
        byte[] wire = Hex.bytes("81ce0002 00000001 00000002");
        assertEquals(List.of(new PictureLossIndication(1, 2)), RtcpPacket.parseCompound(wire, 0, wire.length));
        assertEquals(Hex.of(wire), Hex.of(RtcpPacket.toBytes(List.of(new PictureLossIndication(1, 2)))));
    }

    @Test
    void genericNackPacksPidAndBitmask() throws Exception {
        GenericNack nack = new GenericNack(1, 2, List.of(100, 101, 116, 117, 65535, 0));
        byte[] wire = RtcpPacket.toBytes(List.of(nack));
        // sorted: PID 0; PID 100 with BLP bits for 101 (bit 0) and 116 (bit 15); PID 117; PID 65535
        assertEquals("81cd0006 00000001 00000002 00000000 00648001 00750000 ffff0000".replace(" ", ""), Hex.of(wire));
        GenericNack back = (GenericNack) RtcpPacket.parseCompound(wire, 0, wire.length).get(0);
        assertEquals(List.of(0, 100, 101, 116, 117, 65535), back.lostSequenceNumbers());
    }

    @Test
    void firFollowsRfc5104() throws Exception {
        FullIntraRequest fir = new FullIntraRequest(5, List.of(new FullIntraRequest.Entry(6, 7)));
        byte[] wire = RtcpPacket.toBytes(List.of(fir));
        assertEquals("84ce0004" + "00000005" + "00000000" + "00000006" + "07000000", Hex.of(wire));
        assertEquals(List.of(fir), RtcpPacket.parseCompound(wire, 0, wire.length));
    }

    @Test
    void rembCarriesMantissaAndExponent() throws Exception {
        Remb remb = new Remb(1, 1_000_000, List.of(0x1234L, 0x5678L));
        byte[] wire = RtcpPacket.toBytes(List.of(remb));
        // 1,000,000 = 250000 << 2, "REMB", 2 ssrcs
        assertEquals("8fce0006 00000001 00000000 52454d42 020bd090 00001234 00005678".replace(" ", ""), Hex.of(wire));
        Remb back = (Remb) RtcpPacket.parseCompound(wire, 0, wire.length).get(0);
        assertEquals(1_000_000, back.bitrateBps());
        assertEquals(remb.ssrcs(), back.ssrcs());
    }

    @Test
    void compoundRoundTripKeepsEveryPacketAndUnknownTypes() throws Exception {
        List<RtcpPacket> packets = List.of(
                new ReceiverReport(9, List.of(BLOCK, BLOCK)),
                new SourceDescription(List.of(SdesChunk.cname(9, "jpeer"), new SdesChunk(10,
                        List.of(new SdesItem(SdesItem.CNAME, "abc"), new SdesItem(2, "Näme"))))),
                new Bye(List.of(9L, 10L), "done"),
                new Bye(List.of(), ""),
                new UnknownRtcp(204, 3, new byte[] {1, 2, 3, 4, 'n', 'a', 'm', 'e'}),
                new UnknownRtcp(205, 3, new byte[12]),
                new PictureLossIndication(9, 10));
        byte[] wire = RtcpPacket.toBytes(packets);
        assertEquals(0, wire.length % 4);
        assertEquals(packets, RtcpPacket.parseCompound(wire, 0, wire.length));
    }

    @Test
    void sdesCnameIsPaddedToAWord() throws Exception {
        byte[] wire = RtcpPacket.toBytes(List.of(new SourceDescription(List.of(SdesChunk.cname(1, "ab")))));
        assertEquals("81ca0003 00000001 01026162".replace(" ", "") + "00000000", Hex.of(wire));
        SourceDescription back = (SourceDescription) RtcpPacket.parseCompound(wire, 0, wire.length).get(0);
        assertEquals("ab", back.chunks().get(0).cname().orElseThrow());
    }

    @Test
    void reducedSizeFeedbackAloneIsAccepted() throws Exception {
        byte[] wire = RtcpPacket.toBytes(List.of(new GenericNack(1, 2, List.of(7))));
        assertInstanceOf(GenericNack.class, RtcpPacket.parseCompound(wire, 0, wire.length).get(0));
    }

    @Test
    void paddingBitIsHonoured() throws Exception {
        byte[] wire = Hex.bytes("a1ce0003 00000001 00000002 00000004");
        assertEquals(List.of(new PictureLossIndication(1, 2)), RtcpPacket.parseCompound(wire, 0, wire.length));
    }

    @Test
    void rejectsMalformedInput() {
        assertThrows(InvalidPacketException.class, () -> RtcpPacket.parseCompound(Hex.bytes("81c9"), 0, 2));
        assertThrows(InvalidPacketException.class, () -> RtcpPacket.parseCompound(Hex.bytes("41c90001 00000000"), 0, 8));
        assertThrows(InvalidPacketException.class, () -> RtcpPacket.parseCompound(Hex.bytes("81c90007 00000000"), 0, 8));
        assertThrows(InvalidPacketException.class, () -> RtcpPacket.parseCompound(Hex.bytes("81cd0002 00000001 00000002"), 0, 12));
        assertThrows(InvalidPacketException.class, () -> RtcpPacket.parseCompound(Hex.bytes("81ca0002 00000001 01056162"), 0, 12));
        assertThrows(InvalidPacketException.class, () -> RtcpPacket.parseCompound(Hex.bytes("a1ce0002 00000001 000000ff"), 0, 12));
    }

    @Test
    void ntpConversionKeepsMilliseconds() {
        long millis = 1_700_000_000_123L;
        assertEquals(millis, NtpTime.toEpochMillis(NtpTime.fromEpochMillis(millis)));
        assertEquals(0x8000, NtpTime.middle32(NtpTime.fromEpochMillis(500)) & 0xFFFF);
    }

    @Test
    void roundTripTimeFromLsrAndDlsr() {
        long sentNtp = NtpTime.fromEpochMillis(10_000);
        ReportBlock b = new ReportBlock(1, 0, 0, 0, 0, NtpTime.middle32(sentNtp), NtpTime.millisToUnits(30));
        long arrival = NtpTime.middle32(NtpTime.fromEpochMillis(10_130));
        assertEquals(100, b.roundTripMillis(arrival), 1);
    }
}

package org.jpeer.rtp.payload;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.jpeer.rtp.Hex;
import org.jpeer.rtp.InvalidPacketException;
import org.jpeer.rtp.RtpPacket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Av1PayloadTest {

    /**
     * Sequence header payload: profile 0, not still, not reduced, no timing info, no display delay,
     * one operating point (idc 0, level 8, tier 0), 9-bit sizes, 320x240.
     */
    static final byte[] SEQUENCE_HEADER = bits("000 0 0 0 0 00000 000000000000 01000 0 1000 1000 100111111 011101111");
    /** Frame header start: show_existing_frame 0, frame_type KEY_FRAME, show_frame 1. */
    private static final int KEY_FRAME = 0x10;
    /** frame_type INTER_FRAME. */
    private static final int INTER_FRAME = 0x30;

    static byte[] bits(String s) {
        String b = s.replace(" ", "");
        byte[] out = new byte[(b.length() + 7) / 8];
        for (int i = 0; i < b.length(); i++) {
            out[i / 8] |= (byte) ((b.charAt(i) - '0') << (7 - i % 8));
        }
        return out;
    }

    private static void obu(ByteArrayOutputStream out, int type, byte[] payload) {
        Av1Obus.writeWithSize(out, new byte[] {(byte) (type << 3)}, payload, 0, payload.length);
    }

    private static byte[] frameObu(int frameType, int size, int seed) {
        byte[] f = new byte[size];
        new Random(seed).nextBytes(f);
        f[0] = (byte) frameType;
        return f;
    }

    /** A temporal unit as an encoder writes it: temporal delimiter, sequence header on keyframes, one frame OBU. */
    static byte[] temporalUnit(boolean key, int frameSize, int seed) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(Av1Obus.TEMPORAL_DELIMITER_OBU);
        if (key) {
            obu(out, Av1Obus.SEQUENCE_HEADER, SEQUENCE_HEADER);
        }
        obu(out, Av1Obus.FRAME, frameObu(key ? KEY_FRAME : INTER_FRAME, frameSize, seed));
        return out.toByteArray();
    }

    private static RtpPacket packet(int seq, long ts, boolean marker, String hex) {
        return RtpPacket.builder().payloadType(45).sequenceNumber(seq).timestamp(ts).ssrc(1).marker(marker)
                .payload(Hex.bytes(hex)).build();
    }

    @Test
    void smallTemporalUnitIsOnePacketWithoutDelimiterOrSizeFields() {
        List<byte[]> p = new Av1Packetizer().packetize(temporalUnit(true, 4, 1), 1200);
        assertEquals(1, p.size());
        // Z=0 Y=0 W=2 N=1 | element 1: length 8, sequence header OBU without size | element 2: the frame OBU, no length
        String hex = Hex.of(p.get(0));
        assertEquals("28" + "08" + "08" + Hex.of(SEQUENCE_HEADER) + "30" + "10", hex.substring(0, 24));
        assertEquals(1 + 1 + 8 + 1 + 4, p.get(0).length);
    }

    @Test
    void sequenceHeaderGivesSizeAndKeyFrames() throws Exception {
        Av1SequenceHeader s = Av1SequenceHeader.parse(SEQUENCE_HEADER);
        assertEquals(new Av1SequenceHeader(0, false, 320, 240), s);
        assertTrue(s.keyFrame(new byte[] {KEY_FRAME}));
        assertFalse(s.keyFrame(new byte[] {INTER_FRAME}));
        assertFalse(s.keyFrame(new byte[] {(byte) 0x80})); // show_existing_frame
        // profile 1, still, reduced | seq_level_idx 0 | 11-bit sizes | 1920x1080
        Av1SequenceHeader still = Av1SequenceHeader.parse(bits("001 1 1 00000 1010 1010 11101111111 10000110111"));
        assertEquals(new Av1SequenceHeader(1, true, 1920, 1080), still);
        assertTrue(still.keyFrame(new byte[0]));
        // timing info with equal picture interval and a decoder model, two operating points
        // timing info with an equal picture interval and a decoder model, two operating points, 1x1
        Av1SequenceHeader timed = Av1SequenceHeader.parse(bits("000 0 0 1" + " 0".repeat(32) + " 0".repeat(32)
                + " 1 1 1 00000" + " 0".repeat(32) + " 00000 00000 0 00001"
                + " 000000000000 01000 0 1 000" + " 000000000000 00000 0" + " 0000 0000 0 0"));
        assertEquals(new Av1SequenceHeader(0, false, 1, 1), timed);
        assertThrows(InvalidPacketException.class, () -> Av1SequenceHeader.parse(new byte[] {0, 0}));
    }

    @ParameterizedTest
    @ValueSource(ints = {5, 10, 50, 576, 1200, 1500})
    void roundTripsAcrossPayloadSizes(int mtu) {
        Vp9Av1Scenarios.roundTrips(new Av1Packetizer(), new Av1Depacketizer(), mtu,
                (n, key) -> temporalUnit(key, 2500 + 17 * n, n));
    }

    @Test
    void largeObusAreFragmentedWithYAndZ() {
        List<byte[]> p = new Av1Packetizer().packetize(temporalUnit(true, 3000, 2), 1200);
        assertEquals(3, p.size());
        assertEquals(0x68, p.get(0)[0] & 0xFF); // Y, W=2, N
        assertEquals(0xD0, p.get(1)[0] & 0xFF); // Z, Y, W=1
        assertEquals(0x90, p.get(2)[0] & 0xFF); // Z, W=1
    }

    @Test
    void manyObusInOnePacketUseW0() {
        ByteArrayOutputStream tu = new ByteArrayOutputStream();
        tu.writeBytes(Av1Obus.TEMPORAL_DELIMITER_OBU);
        for (int i = 0; i < 5; i++) {
            obu(tu, Av1Obus.PADDING, new byte[] {(byte) i});
        }
        obu(tu, Av1Obus.TILE_LIST, new byte[] {9});
        byte[] sent = tu.toByteArray();
        List<byte[]> p = new Av1Packetizer().packetize(sent, 1200);
        assertEquals("00" + "027800" + "027801" + "027802" + "027803" + "027804", Hex.of(p.get(0)));
        Av1Depacketizer d = new Av1Depacketizer();
        d.push(packet(0, 0, true, "10 7801")); // a complete earlier frame, so the next packet starts a frame
        List<EncodedFrame> out = d.push(packet(1, 3000, true, Hex.of(p.get(0))));
        assertArrayEquals(Arrays.copyOf(sent, sent.length - 3), out.get(0).data()); // tile list left out
    }

    @Test
    void receivedSizeFieldsDelimitersAndOrphanFragmentsAreNormalised() {
        Av1Depacketizer d = new Av1Depacketizer();
        // Y, W=3, N: a temporal delimiter, a padding OBU that keeps its size field, the start of a fragment (Y)
        d.push(packet(1, 0, false, "78 01 10 03 7a 01 aa 7801"));
        // Z, W=1: the fragment's end
        List<EncodedFrame> out = d.push(packet(2, 0, true, "90 02"));
        assertEquals("1200" + "7a01aa" + "7a020102", Hex.of(out.get(0).data()));
        // A frame whose first element continues a fragment never seen: that element is left out.
        out = d.push(packet(3, 3000, true, "a0 01 02 7801"));
        assertEquals("1200" + "7a0101", Hex.of(out.get(0).data()));
        assertFalse(out.get(0).keyframe());
    }

    @Test
    void reorderedPacketsStillAssemble() {
        EncodedFrame sent = new EncodedFrame(temporalUnit(true, 6000, 3), 90, true, 320, 240);
        List<RtpPacket> ps = new ArrayList<>(new PacketStream(new Av1Packetizer(), 500, 10).packets(sent));
        Collections.shuffle(ps, new Random(7));
        assertEquals(List.of(sent), PacketStream.pushAll(new Av1Depacketizer(), ps));
    }

    @Test
    void aMissingPacketDropsTheTemporalUnitAndTheNextStillArrives() {
        Vp9Av1Scenarios.lossDropsOnlyThatFrame(new Av1Packetizer(), new Av1Depacketizer(),
                new EncodedFrame(temporalUnit(true, 3000, 1), 0, true, 320, 240),
                new EncodedFrame(temporalUnit(false, 3000, 2), 3000, false, 0, 0));
    }

    @Test
    void malformedPayloadsAreRejected() {
        for (String bad : List.of("", "10", "88 01", "20 05 aa", "00 00", "30 01 aa 01 bb", "30 01 aa", "00 ff")) {
            byte[] b = Hex.bytes(bad);
            assertThrows(InvalidPacketException.class, () -> Av1Depacketizer.parse(b), bad);
        }
        Av1Depacketizer d = new Av1Depacketizer();
        d.push(packet(1, 0, true, "88 01"));
        assertEquals(1, d.packetsDiscarded());
    }

    @Test
    void packetizerRefusesWhatCannotBeSent() {
        Av1Packetizer p = new Av1Packetizer();
        assertThrows(IllegalArgumentException.class, () -> p.packetize(temporalUnit(true, 10, 1), 2));
        assertThrows(IllegalArgumentException.class, () -> p.packetize(Av1Obus.TEMPORAL_DELIMITER_OBU, 1200));
        assertThrows(IllegalArgumentException.class, () -> p.packetize(new byte[] {(byte) 0x80}, 1200));
        assertTrue(p.markerOnLastPacket());
    }
}

package org.jpeer.rtp.payload;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

class Vp9PayloadTest {

    /** Keyframe header, profile 0, 320x240: marker, key, shown | sync code | colour space 0, size - 1. */
    private static final String KEY_HEADER = "82 498342 0013f00ef0";
    /** Inter frame header: frame_type 1, shown. */
    private static final String INTER_HEADER = "86";

    static byte[] frame(String header, int size, int seed) {
        byte[] f = new byte[size];
        new Random(seed).nextBytes(f);
        byte[] h = Hex.bytes(header);
        System.arraycopy(h, 0, f, 0, h.length);
        return f;
    }

    private static RtpPacket packet(int seq, long ts, boolean marker, String hex) {
        return RtpPacket.builder().payloadType(98).sequenceNumber(seq).timestamp(ts).ssrc(1).marker(marker)
                .payload(Hex.bytes(hex)).build();
    }

    @Test
    void keyframeDescriptorCarriesPictureIdAndScalabilityStructure() throws Exception {
        List<byte[]> p = new Vp9Packetizer(0x1234).packetize(frame(KEY_HEADER, 30, 1), 1200);
        assertEquals(1, p.size());
        // I B E V | M + picture ID | N_S=0 Y G | 320 240 | N_G=1 | TID 0, U 0, R 1 | P_DIFF 1
        assertEquals("8e9234" + "18" + "014000f0" + "01" + "04" + "01", Hex.of(p.get(0)).substring(0, 22));
        Vp9Descriptor d = Vp9Descriptor.parse(p.get(0), 0, p.get(0).length);
        assertEquals(Vp9ScalabilityStructure.singleLayer(320, 240), d.scalability());
        assertEquals(11, d.length());
    }

    @Test
    void interFrameDescriptorsSetPAndFlagOnlyTheEnds() throws Exception {
        List<byte[]> p = new Vp9Packetizer(0x7FFF).packetize(frame(INTER_HEADER, 100, 2), 40);
        assertEquals(3, p.size());
        assertEquals("c8ffff", Hex.of(p.get(0)).substring(0, 6)); // I P B | 15-bit picture ID 0x7fff
        assertEquals("c0ffff", Hex.of(p.get(1)).substring(0, 6));
        assertEquals("c4ffff", Hex.of(p.get(2)).substring(0, 6)); // E
        byte[] next = new Vp9Packetizer(0x7FFF).packetize(frame(INTER_HEADER, 10, 2), 40).get(0);
        assertEquals(0x7FFF, Vp9Descriptor.parse(next, 0, next.length).pictureId());
    }

    @Test
    void parsesFlexibleModeDescriptorOfRfc9628Figure() throws Exception {
        // Section 4.2 flexible layout: I P L F B | M, picture ID 0x0102 | TID 2 U SID 1 D | P_DIFF 3, N | P_DIFF 5
        Vp9Descriptor d = Vp9Descriptor.parse(Hex.bytes("f8 8102 53 07 0a aa"), 0, 7);
        assertTrue(d.flexible());
        assertTrue(d.interPicturePredicted());
        assertTrue(d.beginsFrame());
        assertFalse(d.endsFrame());
        assertEquals(0x0102, d.pictureId());
        assertEquals(2, d.temporalId());
        assertTrue(d.switchingUp());
        assertEquals(1, d.spatialId());
        assertTrue(d.interLayerDependent());
        assertEquals(-1, d.tl0PicIdx());
        assertEquals(List.of(3, 5), d.referenceDiffs());
        assertEquals(6, d.length());
        assertFalse(d.beginsPicture());
        assertArrayEquals(Hex.bytes("f8 8102 53 07 0a"), d.toBytes());
    }

    @Test
    void parsesNonFlexibleLayerIndicesAndMultiLayerStructure() throws Exception {
        // I L B E V | 7-bit picture ID 5 | TID 1 SID 0 | TL0PICIDX 9 | N_S=1 Y | 2 sizes | data
        byte[] b = Hex.bytes("ae 05 20 09 30 00a0 0078 0140 00f0 aa");
        Vp9Descriptor d = Vp9Descriptor.parse(b, 0, b.length);
        assertEquals(5, d.pictureId());
        assertFalse(d.longPictureId());
        assertEquals(1, d.temporalId());
        assertEquals(0, d.spatialId());
        assertEquals(9, d.tl0PicIdx());
        assertEquals(2, d.scalability().spatialLayers());
        assertEquals(new Vp9ScalabilityStructure.Resolution(320, 240), d.scalability().pictureSize());
        assertTrue(d.scalability().pictureGroup().isEmpty());
        assertEquals(13, d.length());
        assertTrue(d.beginsPicture());
    }

    @Test
    void malformedDescriptorsAreRejected() {
        for (String bad : List.of("", "8e", "8e 92", "a8 05 20", "d0 01 03", "d0 01 03 03 03 01 aa", "8a 05 18 0140",
                "8c 05")) {
            byte[] b = Hex.bytes(bad);
            assertThrows(InvalidPacketException.class, () -> Vp9Descriptor.parse(b, 0, b.length), bad);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {12, 20, 100, 576, 1200, 1500})
    void roundTripsAcrossPayloadSizes(int mtu) {
        Vp9Av1Scenarios.roundTrips(new Vp9Packetizer(3), new Vp9Depacketizer(), mtu,
                (n, key) -> frame(key ? KEY_HEADER : INTER_HEADER, 2000 + 13 * n, n));
    }

    @Test
    void reorderedPacketsStillAssemble() {
        byte[] frame = frame(KEY_HEADER, 5000, 3);
        List<RtpPacket> ps = new ArrayList<>(new PacketStream(new Vp9Packetizer(), 300, 10)
                .packets(new EncodedFrame(frame, 90, true, 320, 240)));
        Collections.shuffle(ps, new Random(7));
        List<EncodedFrame> out = PacketStream.pushAll(new Vp9Depacketizer(), ps);
        assertEquals(1, out.size());
        assertArrayEquals(frame, out.get(0).data());
    }

    @Test
    void aMissingPacketDropsTheFrameAndTheNextFrameStillArrives() {
        Vp9Av1Scenarios.lossDropsOnlyThatFrame(new Vp9Packetizer(), new Vp9Depacketizer(),
                new EncodedFrame(frame(KEY_HEADER, 3000, 1), 0, true, 320, 240),
                new EncodedFrame(frame(INTER_HEADER, 3000, 2), 3000, false, 0, 0));
    }

    @Test
    void spatialLayersOfOnePictureBecomeOneFrameSizedByTheStructure() {
        // Flexible mode, picture 1: layer 0 (keyframe, SS with two layers) in two packets, layer 1 (D) in one.
        String layer0 = KEY_HEADER.replace(" ", "");
        List<RtpPacket> ps = List.of(
                packet(7, 500, false, "ba 01 00 30 00a0 0078 0140 00f0 " + layer0.substring(0, 8)),
                packet(8, 500, false, "b4 01 00 " + layer0.substring(8)),
                packet(9, 500, true, "bd 01 03 " + INTER_HEADER + "11"));
        Vp9Depacketizer d = new Vp9Depacketizer();
        List<EncodedFrame> out = PacketStream.pushAll(d, List.of(ps.get(2), ps.get(0), ps.get(1)));
        assertEquals(1, out.size());
        assertArrayEquals(Hex.bytes(layer0 + INTER_HEADER + "11"), out.get(0).data());
        assertTrue(out.get(0).keyframe());
        assertEquals(320, out.get(0).width());
        assertEquals(240, out.get(0).height());
    }

    @Test
    void withoutAReadableHeaderTheDescriptorDecidesTheKeyframe() {
        Vp9Depacketizer d = new Vp9Depacketizer();
        EncodedFrame key = d.push(packet(1, 0, true, "8c 01 00 ff")).get(0); // I B E, P clear
        EncodedFrame inter = d.push(packet(2, 3000, true, "cc 01 01 ff")).get(0); // P set
        assertTrue(key.keyframe());
        assertEquals(0, key.width());
        assertFalse(inter.keyframe());
    }

    @Test
    void duplicatesAndBadDescriptorsAreDiscarded() {
        Vp9Depacketizer d = new Vp9Depacketizer();
        List<RtpPacket> ps = new PacketStream(new Vp9Packetizer(), 1100, 0)
                .packets(new EncodedFrame(frame(KEY_HEADER, 3000, 1), 0, true, 320, 240));
        assertEquals(3, ps.size());
        d.push(ps.get(0));
        d.push(ps.get(0));
        d.push(packet(50, 0, false, "8e 92"));
        assertEquals(2, d.packetsDiscarded());
        assertEquals(1, d.push(ps.get(1)).size() + d.push(ps.get(2)).size());
    }

    @Test
    void splitKeepsEveryPacketWithinItsBudget() {
        Random r = new Random(5);
        for (int i = 0; i < 10_000; i++) {
            int room = 1 + r.nextInt(60);
            int firstRoom = 1 + r.nextInt(room);
            int length = 1 + r.nextInt(1000);
            int[] sizes = Vp9Packetizer.split(length, firstRoom, room);
            assertEquals(length, Arrays.stream(sizes).sum());
            assertTrue(sizes[0] >= 1 && sizes[0] <= firstRoom);
            assertTrue(Arrays.stream(sizes).allMatch(s -> s >= 1 && s <= room));
            assertEquals(1 + (Math.max(0, length - firstRoom) + room - 1) / room, sizes.length);
        }
    }

    @Test
    void packetizerRefusesWhatCannotBeSent() {
        Vp9Packetizer p = new Vp9Packetizer();
        assertThrows(IllegalArgumentException.class, () -> p.packetize(new byte[0], 1200));
        assertThrows(IllegalArgumentException.class, () -> p.packetize(frame(KEY_HEADER, 100, 1), 11));
        assertNull(Vp9Descriptor.nonFlexible(true, true, true, 1, null).scalability());
        assertTrue(p.markerOnLastPacket());
    }
}

package org.jpeer.rtp.payload;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.jpeer.rtp.RtpPacket;
import org.jpeer.rtp.media.H264PatternSource;
import org.jpeer.rtp.media.JcodecH264Encoder;
import org.jpeer.rtp.verify.H264FrameVerifier;
import org.junit.jupiter.api.Test;

class H264PayloadTest {

    private static final byte[] SPS = {0x67, 0x42, (byte) 0xe0, 0x1f, (byte) 0xda, 0x05, 0x07, (byte) 0xe8};
    private static final byte[] PPS = {0x68, (byte) 0xce, 0x3c, (byte) 0x80};

    private static byte[] nal(int header, int length) {
        byte[] b = new byte[length];
        b[0] = (byte) header;
        for (int i = 1; i < length; i++) {
            b[i] = (byte) (i % 251 + 1); // no zero bytes, so no start code can appear inside
        }
        return b;
    }

    private static List<EncodedFrame> source(int n) {
        H264PatternSource video = new H264PatternSource(320, 240, 30);
        List<EncodedFrame> frames = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            frames.add(video.next());
        }
        return frames;
    }

    @Test
    void sourceMakesConstrainedBaselineIdrThenPFrames() throws Exception {
        List<EncodedFrame> frames = source(5);
        assertTrue(frames.get(0).keyframe());
        assertEquals(320, frames.get(0).width());
        assertEquals(240, frames.get(0).height());
        List<byte[]> nals = AnnexB.split(frames.get(0).data());
        assertEquals(H264Nal.SPS, H264Nal.type(nals.get(0)[0]));
        assertEquals(H264Nal.PPS, H264Nal.type(nals.get(1)[0]));
        assertEquals(JcodecH264Encoder.PROFILE_LEVEL_ID, H264Sps.parse(nals.get(0)).profileLevelId());
        for (EncodedFrame f : frames.subList(1, 5)) {
            assertFalse(f.keyframe(), f.toString());
            assertTrue(f.data().length < frames.get(0).data().length, "P-frames are smaller than the IDR");
        }
    }

    @Test
    void requestKeyframeMakesTheNextFrameAnIdrWithParameterSets() {
        H264PatternSource video = new H264PatternSource(320, 240, 30);
        video.next();
        assertFalse(video.next().keyframe());
        video.requestKeyframe();
        EncodedFrame idr = video.next();
        assertTrue(idr.keyframe());
        assertTrue(H264AccessUnit.contains(AnnexB.split(idr.data()), H264Nal.SPS));
        assertFalse(video.next().keyframe());
    }

    @Test
    void liveStreamRoundTripsAtEveryMtuAndDecodesInOrder() {
        List<EncodedFrame> frames = source(30);
        for (int mtu : new int[] {1200, 500, 100, 20}) {
            PacketStream stream = new PacketStream(new H264Packetizer(), mtu, 65500);
            H264Depacketizer d = new H264Depacketizer();
            List<EncodedFrame> out = new ArrayList<>();
            for (EncodedFrame f : frames) {
                List<RtpPacket> packets = stream.packets(f);
                packets.forEach(p -> assertTrue(p.payload().length <= mtu));
                out.addAll(PacketStream.pushAll(d, packets));
            }
            assertEquals(frames, out, "MTU " + mtu);
        }
        H264FrameVerifier v = new H264FrameVerifier();
        frames.forEach(v::accept);
        assertTrue(v.verified(30), v.toString());
        assertEquals("42e01f", v.profileLevelId());
        assertEquals(1, v.idrs());
    }

    @Test
    void parameterSetsAggregateIntoOneStapAAndLargeSlicesFragment() {
        byte[] au = AnnexB.join(List.of(SPS, PPS, nal(0x65, 3000)));
        List<byte[]> payloads = new H264Packetizer().packetize(au, 1200);
        assertEquals(4, payloads.size());
        byte[] stap = payloads.get(0);
        assertEquals(H264Nal.STAP_A, H264Nal.type(stap[0]));
        assertEquals(0x60, stap[0] & 0x60, "NRI is the highest of the aggregated units");
        assertEquals(1 + 2 + SPS.length + 2 + PPS.length, stap.length);
        assertEquals((byte) (0x60 | H264Nal.FU_A), payloads.get(1)[0]);
        assertEquals((byte) 0x85, payloads.get(1)[1], "S bit and type 5");
        assertEquals((byte) 0x05, payloads.get(2)[1]);
        assertEquals((byte) 0x45, payloads.get(3)[1], "E bit and type 5");
        int sizes = payloads.subList(1, 4).stream().mapToInt(p -> p.length - 2).sum();
        assertEquals(2999, sizes, "the NAL header byte travels in the FU indicator and header");
    }

    @Test
    void modeZeroSendsEveryNalAloneAndRefusesOversizedOnes() {
        byte[] au = AnnexB.join(List.of(SPS, PPS, nal(0x65, 900)));
        List<byte[]> payloads = new H264Packetizer(0).packetize(au, 1200);
        assertEquals(3, payloads.size());
        assertArrayEquals(SPS, payloads.get(0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new H264Packetizer(0).packetize(AnnexB.join(List.of(nal(0x65, 1300))), 1200));
        assertTrue(e.getMessage().contains("packetization-mode 0"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new H264Packetizer(2));
    }

    @Test
    void idrWithoutParameterSetsGetsTheLastOnesPutInFront() {
        H264Packetizer p = new H264Packetizer();
        p.packetize(AnnexB.join(List.of(nal(0x09, 2), SPS, PPS, nal(0x65, 50))), 1200);
        List<byte[]> payloads = p.packetize(AnnexB.join(List.of(nal(0x09, 2), nal(0x65, 50))), 1200);
        EncodedFrame f = PacketStream.pushAll(new H264Depacketizer(), packets(payloads, 0, 0)).get(0);
        List<byte[]> nals = AnnexB.split(f.data());
        assertEquals(List.of(H264Nal.AUD, H264Nal.SPS, H264Nal.PPS, H264Nal.IDR),
                nals.stream().map(n -> H264Nal.type(n[0])).toList());
        assertTrue(f.keyframe());
    }

    @Test
    void missingPacketLosesOnlyItsFrameAndIsCounted() {
        List<EncodedFrame> frames = source(6);
        PacketStream stream = new PacketStream(new H264Packetizer(), 300, 0);
        H264Depacketizer d = new H264Depacketizer();
        List<EncodedFrame> out = new ArrayList<>();
        for (int i = 0; i < frames.size(); i++) {
            List<RtpPacket> packets = new ArrayList<>(stream.packets(frames.get(i)));
            if (i == 2) {
                assertTrue(packets.size() > 1);
                packets.remove(1);
            }
            out.addAll(PacketStream.pushAll(d, packets));
        }
        assertEquals(5, out.size());
        assertFalse(out.contains(frames.get(2)));
        assertEquals(1, d.framesDropped());
    }

    @Test
    void reorderedPacketsStillAssemble() {
        List<EncodedFrame> frames = source(10);
        PacketStream stream = new PacketStream(new H264Packetizer(), 200, 100);
        List<RtpPacket> all = new ArrayList<>();
        frames.forEach(f -> all.addAll(stream.packets(f)));
        Random r = new Random(7);
        for (int i = 0; i + 3 < all.size(); i += 4) {
            Collections.shuffle(all.subList(i, i + 4), r);
        }
        H264Depacketizer d = new H264Depacketizer();
        List<EncodedFrame> out = PacketStream.pushAll(d, all);
        assertTrue(out.size() >= 8, out.size() + " frames of 10");
        for (EncodedFrame f : out) {
            assertTrue(frames.contains(f));
        }
        assertEquals(10, d.framesAssembled() + d.framesDropped());
    }

    @Test
    void interleavedModePacketsAreDiscarded() {
        H264Depacketizer d = new H264Depacketizer();
        for (int type : new int[] {0, 25, 26, 27, 29, 30, 31}) {
            d.push(RtpPacket.builder().sequenceNumber(type).timestamp(1).marker(true)
                    .payload(new byte[] {(byte) type, 1, 2, 3}).build());
        }
        assertEquals(7, d.packetsDiscarded());
        assertEquals(0, d.framesAssembled());
    }

    static List<RtpPacket> packets(List<byte[]> payloads, int firstSeq, long timestamp) {
        List<RtpPacket> out = new ArrayList<>();
        for (int i = 0; i < payloads.size(); i++) {
            out.add(RtpPacket.builder().sequenceNumber(firstSeq + i).timestamp(timestamp)
                    .marker(i == payloads.size() - 1).payload(payloads.get(i)).build());
        }
        return out;
    }
}

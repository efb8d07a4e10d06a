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
import org.jpeer.rtp.Hex;
import org.jpeer.rtp.InvalidPacketException;
import org.jpeer.rtp.RtpPacket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Vp8PayloadTest {

    /** A fake VP8 keyframe: frame tag (key, shown, partition 0), start code, 320x240. */
    static byte[] keyframe(int size, int seed) {
        byte[] f = new byte[size];
        new Random(seed).nextBytes(f);
        byte[] header = Hex.bytes("100000 9d012a 4001 f000");
        System.arraycopy(header, 0, f, 0, header.length);
        return f;
    }

    static List<RtpPacket> packets(List<byte[]> payloads, int firstSeq, long ts) {
        List<RtpPacket> out = new ArrayList<>();
        for (int i = 0; i < payloads.size(); i++) {
            out.add(RtpPacket.builder().payloadType(96).sequenceNumber((firstSeq + i) & 0xFFFF).timestamp(ts).ssrc(1)
                    .marker(i == payloads.size() - 1).payload(payloads.get(i)).build());
        }
        return out;
    }

    @Test
    void descriptorFollowsRfc7741() throws Exception {
        List<byte[]> p = new Vp8Packetizer(0x1234).packetize(keyframe(30, 1), 20);
        assertEquals(2, p.size());
        assertEquals("90809234", Hex.of(p.get(0)).substring(0, 8)); // X, S, PID 0 | I | M + PictureID
        assertEquals("80809234", Hex.of(p.get(1)).substring(0, 8));
        Vp8Descriptor d = Vp8Descriptor.parse(p.get(0), 0, p.get(0).length);
        assertTrue(d.beginsFrame());
        assertEquals(0x1234, d.pictureId());
        assertEquals(4, d.length());
    }

    @Test
    void parsesEveryOptionalDescriptorField() throws Exception {
        // X, N, S, PID 2 | I L T K | 7-bit picture id 5 | TL0PICIDX 9 | TID 2 Y KEYIDX 3
        Vp8Descriptor d = Vp8Descriptor.parse(Hex.bytes("b2 f0 05 09 a3 00"), 0, 6);
        assertTrue(d.nonReference());
        assertEquals(2, d.partitionIndex());
        assertEquals(5, d.pictureId());
        assertEquals(9, d.tl0PicIdx());
        assertEquals(2, d.temporalId());
        assertTrue(d.layerSync());
        assertEquals(3, d.keyIndex());
        assertEquals(5, d.length());
        assertThrows(InvalidPacketException.class, () -> Vp8Descriptor.parse(Hex.bytes("90 80 92"), 0, 3));
        assertThrows(InvalidPacketException.class, () -> Vp8Descriptor.parse(Hex.bytes("10"), 0, 1));
    }

    @Test
    void pictureIdIncrementsPerFrameAndWraps() throws Exception {
        Vp8Packetizer v = new Vp8Packetizer(0x7FFF);
        byte[] a = v.packetize(keyframe(10, 1), 1200).get(0);
        byte[] b = v.packetize(keyframe(10, 1), 1200).get(0);
        assertEquals(0x7FFF, Vp8Descriptor.parse(a, 0, a.length).pictureId());
        assertEquals(0, Vp8Descriptor.parse(b, 0, b.length).pictureId());
    }

    @ParameterizedTest
    @ValueSource(ints = {6, 20, 100, 576, 1200, 1500})
    void roundTripsAcrossPayloadSizes(int mtu) {
        Vp8Packetizer packetizer = new Vp8Packetizer(1);
        Vp8Depacketizer depacketizer = new Vp8Depacketizer();
        int seq = 65500; // crosses the sequence number wrap
        for (int n = 0; n < 5; n++) {
            byte[] frame = keyframe(3000 + n * 7, n);
            List<byte[]> payloads = packetizer.packetize(frame, mtu);
            payloads.forEach(pl -> assertTrue(pl.length <= mtu));
            List<EncodedFrame> out = new ArrayList<>();
            for (RtpPacket p : packets(payloads, seq, n * 3000L)) {
                out.addAll(depacketizer.push(p));
            }
            seq += payloads.size();
            assertEquals(1, out.size());
            assertArrayEquals(frame, out.get(0).data());
            assertTrue(out.get(0).keyframe());
            assertEquals(320, out.get(0).width());
            assertEquals(240, out.get(0).height());
        }
        assertEquals(5, depacketizer.framesAssembled());
        assertEquals(0, depacketizer.framesDropped());
    }

    @Test
    void reorderedPacketsStillAssemble() {
        byte[] frame = keyframe(5000, 3);
        List<RtpPacket> ps = new ArrayList<>(packets(new Vp8Packetizer(0).packetize(frame, 500), 10, 90));
        Collections.shuffle(ps, new Random(7));
        Vp8Depacketizer d = new Vp8Depacketizer();
        List<EncodedFrame> out = new ArrayList<>();
        ps.forEach(p -> out.addAll(d.push(p)));
        assertEquals(1, out.size());
        assertArrayEquals(frame, out.get(0).data());
    }

    @Test
    void aMissingPacketDropsTheFrameAndTheNextFrameStillArrives() {
        Vp8Packetizer v = new Vp8Packetizer(0);
        List<RtpPacket> first = packets(v.packetize(keyframe(3000, 1), 1000), 0, 0);
        List<RtpPacket> second = packets(v.packetize(keyframe(3000, 2), 1000), first.size(), 3000);
        Vp8Depacketizer d = new Vp8Depacketizer();
        List<EncodedFrame> out = new ArrayList<>();
        for (int i = 0; i < first.size(); i++) {
            if (i != 1) {
                out.addAll(d.push(first.get(i)));
            }
        }
        assertTrue(out.isEmpty());
        second.forEach(p -> out.addAll(d.push(p)));
        assertEquals(1, out.size());
        assertEquals(3000, out.get(0).rtpTimestamp());
        assertEquals(1, d.framesDropped());
        // The lost packet arriving now is too late: discarded, never emitted out of order.
        assertTrue(d.push(first.get(1)).isEmpty());
        assertEquals(1, d.packetsDiscarded());
    }

    @Test
    void duplicatesAndBadDescriptorsAreDiscarded() {
        Vp8Depacketizer d = new Vp8Depacketizer();
        List<RtpPacket> ps = packets(new Vp8Packetizer(0).packetize(keyframe(3000, 1), 1100), 0, 0);
        assertEquals(3, ps.size());
        d.push(ps.get(0));
        d.push(ps.get(0));
        d.push(RtpPacket.builder().sequenceNumber(50).payload(new byte[] {(byte) 0x90}).build());
        assertEquals(2, d.packetsDiscarded());
        assertEquals(1, d.push(ps.get(1)).size() + d.push(ps.get(2)).size());
    }

    @Test
    void interframeIsNotKey() {
        byte[] f = keyframe(100, 1);
        f[0] |= 1;
        List<EncodedFrame> out = new Vp8Depacketizer().push(packets(new Vp8Packetizer(0).packetize(f, 1200), 0, 0).get(0));
        assertFalse(out.get(0).keyframe());
        assertEquals(0, out.get(0).width());
    }

    @Test
    void opusIsOneFramePerPacket() {
        OpusPacketizer p = new OpusPacketizer();
        assertFalse(p.markerOnLastPacket());
        assertEquals(1, p.packetize(new byte[100], 1200).size());
        assertThrows(IllegalArgumentException.class, () -> p.packetize(new byte[1300], 1200));
        OpusDepacketizer d = new OpusDepacketizer();
        List<RtpPacket> ps = packets(List.of(new byte[] {1}, new byte[] {2}), 0, 960);
        assertEquals(1, d.push(ps.get(1)).size());
        assertEquals(0, d.push(ps.get(0)).size()); // older than what was delivered
        assertEquals(3, d.push(packets(List.of(new byte[] {3}), 2, 1920).get(0)).get(0).data()[0]);
    }
}

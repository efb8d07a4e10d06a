package org.jpeer.rtp.payload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.jpeer.rtp.RtpPacket;
import org.junit.jupiter.api.Test;

class JitterBufferTest {

    /** Three VP8 frames of three packets each, sequence numbers 65533.. across the wrap. */
    private static List<RtpPacket> threeFrames() {
        Vp8Packetizer packetizer = new Vp8Packetizer(1);
        List<RtpPacket> packets = new ArrayList<>();
        int seq = 65533;
        for (int frame = 0; frame < 3; frame++) {
            List<byte[]> payloads = packetizer.packetize(new byte[2500], 1000);
            for (int i = 0; i < payloads.size(); i++) {
                packets.add(RtpPacket.builder().payloadType(96).ssrc(1).timestamp(frame * 3000L)
                        .sequenceNumber(seq++ & 0xFFFF).marker(i == payloads.size() - 1).payload(payloads.get(i)).build());
            }
        }
        return packets;
    }

    /** A jitter buffer waiting 120 ms that has delivered the first frame; returns the packets of the next two. */
    private static List<RtpPacket> started(Vp8Depacketizer jb) {
        List<RtpPacket> p = threeFrames();
        jb.setMaxWaitMillis(120);
        for (int i = 0; i < 3; i++) {
            jb.push(p.get(i), 0);
        }
        assertEquals(1, jb.framesAssembled());
        return p.subList(3, 9);
    }

    @Test
    void theFirstCompleteFrameDoesNotWaitForPacketsNeverSeen() {
        List<RtpPacket> p = threeFrames();
        Vp8Depacketizer jb = new Vp8Depacketizer();
        jb.setMaxWaitMillis(120);
        jb.push(p.get(1), 0); // the stream is joined mid-frame
        for (int i = 3; i < 5; i++) {
            jb.push(p.get(i), 0);
        }
        assertEquals(1, jb.push(p.get(5), 0).size());
    }

    @Test
    void aCompleteFrameWaitsForAnOlderOneUntilItsDeadline() {
        Vp8Depacketizer jb = new Vp8Depacketizer();
        List<RtpPacket> p = started(jb);
        jb.push(p.get(0), 0);
        jb.push(p.get(2), 0);
        for (int i = 3; i < 6; i++) {
            assertEquals(List.of(), jb.push(p.get(i), 10));
        }
        assertEquals(130, jb.nextDeadline());
        assertEquals(List.of(), jb.poll(129));
        assertEquals(1, jb.poll(130).size());
        assertEquals(1, jb.framesDropped());
        assertEquals(FrameAssembler.NO_DEADLINE, jb.nextDeadline());
    }

    @Test
    void aRetransmissionInTimeCompletesBothFramesInOrder() {
        Vp8Depacketizer jb = new Vp8Depacketizer();
        List<RtpPacket> p = started(jb);
        for (int i : new int[] {0, 2, 3, 4, 5}) {
            jb.push(p.get(i), 0);
        }
        List<EncodedFrame> frames = jb.push(p.get(1), 60);
        assertEquals(List.of(3000L, 6000L), frames.stream().map(EncodedFrame::rtpTimestamp).toList());
        assertEquals(0, jb.framesDropped());
    }

    @Test
    void withoutAWaitAnOvertakenFrameIsDroppedAtOnce() {
        List<RtpPacket> p = threeFrames();
        Vp8Depacketizer jb = new Vp8Depacketizer();
        jb.push(p.get(0));
        for (int i = 2; i < 5; i++) {
            jb.push(p.get(i));
        }
        assertEquals(1, jb.push(p.get(5)).size());
        assertEquals(1, jb.framesDropped());
        assertEquals(List.of(), jb.push(p.get(1)));
        assertEquals(1, jb.packetsDiscarded(), "the late packet is discarded");
    }

    @Test
    void theWaitIsBounded() {
        Vp8Depacketizer jb = new Vp8Depacketizer();
        assertThrows(IllegalArgumentException.class, () -> jb.setMaxWaitMillis(FrameAssembler.MAX_WAIT_LIMIT_MILLIS + 1));
        assertThrows(IllegalArgumentException.class, () -> jb.setMaxWaitMillis(-1));
    }
}

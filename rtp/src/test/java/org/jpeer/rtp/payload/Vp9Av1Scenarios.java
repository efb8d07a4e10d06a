package org.jpeer.rtp.payload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.jpeer.rtp.RtpPacket;

/** Loss scenarios the VP9 and AV1 payload tests share: the same rules hold whatever the format. */
final class Vp9Av1Scenarios {

    private Vp9Av1Scenarios() {
    }

    /** Builds frame {@code n} of a round trip: its bytes, given whether it is a keyframe. */
    interface FrameMaker {
        byte[] frame(int n, boolean key);
    }

    /**
     * Six frames (a 320x240 keyframe every third) through a packetizer and a depacketizer at one
     * payload budget, across the sequence number wrap: every payload fits, every frame comes out
     * as it went in, keyframe and size included.
     */
    static void roundTrips(Packetizer packetizer, Depacketizer d, int mtu, FrameMaker maker) {
        PacketStream stream = new PacketStream(packetizer, mtu, 65530);
        for (int n = 0; n < 6; n++) {
            boolean key = n % 3 == 0;
            EncodedFrame sent = new EncodedFrame(maker.frame(n, key), n * 3000L, key, key ? 320 : 0, key ? 240 : 0);
            List<RtpPacket> packets = stream.packets(sent);
            packets.forEach(p -> assertTrue(p.payload().length <= mtu));
            assertEquals(List.of(sent), PacketStream.pushAll(d, packets));
        }
        assertEquals(6, d.framesAssembled());
        assertEquals(0, d.framesDropped());
    }

    /**
     * Sends {@code first} without its second packet, then {@code second}: the first frame is given
     * up and counted, the second arrives, and the lost packet arriving late is discarded.
     */
    static void lossDropsOnlyThatFrame(Packetizer packetizer, Depacketizer d, EncodedFrame first,
                                       EncodedFrame second) {
        PacketStream stream = new PacketStream(packetizer, 1000, 0);
        List<RtpPacket> lossy = new ArrayList<>(stream.packets(first));
        List<RtpPacket> next = stream.packets(second);
        RtpPacket lost = lossy.remove(1);
        assertTrue(PacketStream.pushAll(d, lossy).isEmpty());
        assertEquals(List.of(second), PacketStream.pushAll(d, next));
        assertEquals(1, d.framesDropped());
        assertTrue(d.push(lost).isEmpty());
        assertEquals(1, d.packetsDiscarded());
    }
}

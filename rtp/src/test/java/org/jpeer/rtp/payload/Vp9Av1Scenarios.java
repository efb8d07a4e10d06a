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

package org.jpeer.rtp.rtcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jpeer.rtp.Hex;
import org.jpeer.rtp.InvalidPacketException;
import org.jpeer.rtp.rtcp.TransportCc.PacketStatus;
import org.junit.jupiter.api.Test;

class TransportCcTest {

    @Test
    void smallLargeAndMissingPacketsInOneTwoBitVector() throws Exception {
        TransportCc fb = new TransportCc(1, 2, 1, 0x10, 7,
                List.of(PacketStatus.received(4), PacketStatus.NOT_RECEIVED, PacketStatus.received(300)));
        byte[] wire = RtcpPacket.toBytes(List.of(fb));
        // P bit and FMT 15, RTPFB, 7 words; base 1, count 3, reference 0x10, fb count 7;
        // chunk 11 01 00 10 (2-bit vector: small, missing, large); deltas 04 and 012c; 3 bytes padding.
        assertEquals("afcd0006" + "00000001" + "00000002" + "0001" + "0003" + "000010" + "07" + "d200" + "04012c"
                + "000003", Hex.of(wire));
        assertEquals(List.of(fb), RtcpPacket.parseCompound(wire, 0, wire.length));
    }

    @Test
    void longRunsAndRandomStatusesRoundTrip() throws Exception {
        Random r = new Random(5);
        for (int round = 0; round < 200; round++) {
            List<PacketStatus> statuses = new ArrayList<>();
            int n = 1 + r.nextInt(round < 100 ? 40 : 20000);
            for (int i = 0; i < n; i++) {
                int kind = r.nextInt(10);
                statuses.add(kind == 0 ? PacketStatus.NOT_RECEIVED
                        : kind == 1 ? PacketStatus.received(r.nextInt(65536) - 32768)
                        : PacketStatus.received(r.nextInt(256)));
            }
            if (round % 3 == 0) {
                statuses.replaceAll(s -> PacketStatus.received(8)); // one long run
            }
            TransportCc fb = new TransportCc(3, 4, r.nextInt(65536), r.nextInt(1 << 24), r.nextInt(256), statuses);
            byte[] wire = RtcpPacket.toBytes(List.of(fb));
            assertEquals(0, wire.length % 4);
            assertEquals(List.of(fb), RtcpPacket.parseCompound(wire, 0, wire.length));
        }
    }

    @Test
    void truncatedFeedbackIsRejected() {
        TransportCc fb = new TransportCc(1, 2, 1, 0, 0, List.of(PacketStatus.received(4), PacketStatus.received(999)));
        byte[] wire = RtcpPacket.toBytes(List.of(fb));
        wire[3]--; // one word shorter: the deltas no longer fit
        byte[] shorter = java.util.Arrays.copyOf(wire, wire.length - 4);
        assertThrows(InvalidPacketException.class, () -> RtcpPacket.parseCompound(shorter, 0, shorter.length));
    }

    @Test
    void misuseNamesTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new TransportCc(1, 2, 70000, 0, 0, List.of(PacketStatus.NOT_RECEIVED)));
        assertEquals(true, e.getMessage().contains("baseSequence"));
        assertThrows(IllegalArgumentException.class, () -> new TransportCc(1, 2, 0, 0, 0, List.of()));
        assertThrows(IllegalArgumentException.class, () -> PacketStatus.received(40000));
    }
}

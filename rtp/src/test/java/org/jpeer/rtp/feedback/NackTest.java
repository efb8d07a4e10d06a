package org.jpeer.rtp.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jpeer.rtp.RtpPacket;
import org.jpeer.rtp.rtcp.GenericNack;
import org.junit.jupiter.api.Test;

class NackTest {

    @Test
    void gapIsRequestedAtOnceThenEveryRtt() {
        NackGenerator g = new NackGenerator(1, 2);
        g.setRoundTripMillis(50);
        g.onPacket(65534, 0);
        g.onPacket(1, 10); // 65535 and 0 missing, across the wrap
        assertEquals(List.of(0, 65535), g.poll(10).orElseThrow().lostSequenceNumbers());
        assertTrue(g.poll(30).isEmpty());
        assertEquals(2, g.poll(60).orElseThrow().lostSequenceNumbers().size());
        g.onPacket(65535, 70);
        assertEquals(List.of(0), g.poll(120).orElseThrow().lostSequenceNumbers());
        assertEquals(1, g.recovered());
    }

    @Test
    void givesUpAfterRetriesAndAsksForAKeyframe() {
        NackGenerator g = new NackGenerator(1, 2);
        g.setRoundTripMillis(20);
        g.onPacket(10, 0);
        g.onPacket(12, 0);
        int nacks = 0;
        for (long t = 0; t < 2000; t += 20) {
            if (g.poll(t).isPresent()) {
                nacks++;
            }
        }
        assertEquals(NackGenerator.MAX_RETRIES, nacks);
        assertEquals(1, g.givenUp());
        assertTrue(g.keyframeNeeded());
        assertFalse(g.keyframeNeeded());
    }

    @Test
    void hugeGapGoesStraightToKeyframe() {
        NackGenerator g = new NackGenerator(1, 2);
        g.onPacket(0, 0);
        g.onPacket(5000, 0);
        assertEquals(0, g.missingCount());
        assertTrue(g.keyframeNeeded());
    }

    @Test
    void historyResendsOnceAndThenOncePerRtt() {
        RetransmissionHistory h = new RetransmissionHistory();
        h.setRoundTripMillis(100);
        for (int s = 0; s < 2000; s++) {
            h.put(RtpPacket.builder().sequenceNumber(s).payload(new byte[] {(byte) s}).build());
        }
        GenericNack nack = new GenericNack(1, 2, List.of(1999, 1500, 100));
        assertEquals(2, h.resend(nack, 0).size()); // 100 was overwritten long ago
        assertEquals(1, h.missed());
        assertEquals(0, h.resend(nack, 50).size());
        assertEquals(2, h.resend(nack, 100).size());
    }

    @Test
    void nackAndHistoryRecoverRandomLoss() {
        Random random = new Random(5);
        RetransmissionHistory history = new RetransmissionHistory();
        NackGenerator nacks = new NackGenerator(1, 2);
        history.setRoundTripMillis(40);
        nacks.setRoundTripMillis(40);
        boolean[] arrived = new boolean[3000];
        List<RtpPacket> inFlight = new ArrayList<>();
        for (long t = 0; t < 3000 + 500; t++) { // one packet per ms, delivered within the millisecond
            if (t < 3000) {
                RtpPacket p = RtpPacket.builder().sequenceNumber((int) t).timestamp(t).build();
                history.put(p);
                inFlight.add(p);
            }
            List<RtpPacket> delivered = new ArrayList<>(inFlight);
            inFlight.clear();
            for (RtpPacket p : delivered) {
                if (random.nextInt(100) < 5) {
                    continue; // 5 % loss, retransmissions included
                }
                arrived[p.sequenceNumber()] = true;
                nacks.onPacket(p.sequenceNumber(), t);
            }
            long now = t;
            if (now % 20 == 0) {
                nacks.poll(now).ifPresent(n -> inFlight.addAll(history.resend(n, now)));
            }
        }
        int got = 0;
        for (boolean a : arrived) {
            got += a ? 1 : 0;
        }
        assertTrue(got >= 2999, "recovered " + got + " of 3000");
    }
}

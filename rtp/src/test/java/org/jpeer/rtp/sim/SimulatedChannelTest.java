package org.jpeer.rtp.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulatedChannelTest {

    private static List<Integer> carry(ChannelConditions c, long seed, int n) {
        SimulatedChannel<Integer> ch = new SimulatedChannel<>(c, seed);
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ch.send(i, i);
            out.addAll(ch.receive(i));
        }
        out.addAll(ch.receive(Long.MAX_VALUE));
        return out;
    }

    @Test
    void sameSeedSameFate() {
        ChannelConditions c = ChannelConditions.perfect(10).withLoss(0.1, 3).withReordering(0.05, 7).withDuplication(0.02);
        assertEquals(carry(c, 9, 5000), carry(c, 9, 5000));
    }

    @Test
    void delayOnlyKeepsOrderAndArrivalTime() {
        SimulatedChannel<String> ch = new SimulatedChannel<>(ChannelConditions.perfect(25), 1);
        ch.send("a", 0);
        ch.send("b", 1);
        assertEquals(25, ch.nextArrival());
        assertEquals(List.of(), ch.receive(24));
        assertEquals(List.of("a", "b"), ch.receive(26));
    }

    @Test
    void burstyLossKeepsTheLongRunRateAndTheBurstLength() {
        SimulatedChannel<Integer> ch = new SimulatedChannel<>(ChannelConditions.perfect(0).withLoss(0.05, 4), 3);
        int n = 200_000;
        List<Integer> got = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ch.send(i, 0);
        }
        got.addAll(ch.receive(0));
        int bursts = 0;
        for (int i = 1; i < got.size(); i++) {
            if (got.get(i) != got.get(i - 1) + 1) {
                bursts++;
            }
        }
        double lossRate = (double) ch.lost() / n;
        double meanBurst = (double) ch.lost() / bursts;
        assertTrue(Math.abs(lossRate - 0.05) < 0.005, "loss " + lossRate);
        assertTrue(Math.abs(meanBurst - 4) < 0.4, "mean burst " + meanBurst);
    }

    @Test
    void reorderingAndDuplicationHappen() {
        ChannelConditions c = ChannelConditions.perfect(5).withReordering(0.1, 20).withDuplication(0.1);
        List<Integer> out = carry(c, 4, 1000);
        assertTrue(out.size() > 1050, "duplicates: " + out.size());
        boolean reordered = false;
        for (int i = 1; i < out.size(); i++) {
            reordered |= out.get(i) < out.get(i - 1);
        }
        assertTrue(reordered);
    }

    @Test
    void badConditionsNameTheField() {
        assertEquals("loss 1.0 outside [0, 1)",
                assertThrows(IllegalArgumentException.class, () -> ChannelConditions.perfect(0).withLoss(1, 1)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> ChannelConditions.perfect(0).withLoss(0.1, 0.5));
        assertThrows(IllegalArgumentException.class, () -> ChannelConditions.perfect(-1));
    }
}

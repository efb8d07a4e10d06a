package org.jpeer.rtp.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NackRtxRecoveryTest {

    @Test
    void fivePercentLossDeliversNinetyNinePercentOfFramesWithin200Ms() {
        RecoveryScenario.Result r = RecoveryScenario.run(0.05, 50, 1800, 1);
        assertTrue(r.onTimeFraction() >= 0.99, r.toString());
        assertTrue(r.retransmissions() > 0, r.toString());
    }

    @Test
    void withoutLossNothingIsRequested() {
        RecoveryScenario.Result r = RecoveryScenario.run(0, 50, 300, 1);
        assertEquals(300, r.framesOnTime(), r.toString());
        assertEquals(0, r.nacksSent(), r.toString());
    }

    @Test
    void twentyPercentLossStillRecoversMostFrames() {
        RecoveryScenario.Result r = RecoveryScenario.run(0.20, 50, 900, 1);
        assertTrue(r.onTimeFraction() >= 0.80, r.toString());
    }
}

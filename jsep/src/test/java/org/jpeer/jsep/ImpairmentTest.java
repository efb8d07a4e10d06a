package org.jpeer.jsep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.jpeer.jsep.negotiation.MediaKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class ImpairmentTest {

    @Test
    void lossyDelayedMediaStillArrivesAndTheLossIsCounted() {
        RTCConfiguration lossy = RTCConfiguration.builder().impairment(new Impairment(10, Duration.ofMillis(30), 42)).build();
        try (TestPeer a = new TestPeer(lossy); TestPeer b = new TestPeer()) {
            a.send(MediaKind.AUDIO);
            TestPeer.connect(a, b);
            b.awaitToneVerified();
            String mid = a.pc.getTransceivers().get(0).mid();
            b.awaitMoreFrames(mid, 50);
            RTCStats inbound = b.pc.getStats().join().ofType("inbound-rtp").get(0);
            long lost = inbound.getLong("packetsLost");
            long received = inbound.getLong("packetsReceived");
            assertTrue(lost > 0 && lost < received, "some of " + (lost + received) + " lost: " + lost);
        }
    }

    @Test
    void badValuesNameTheFieldAndTheRule() {
        IllegalArgumentException loss = assertThrows(IllegalArgumentException.class,
                () -> new Impairment(101, Duration.ZERO, 1));
        assertEquals("Impairment 'lossPercent': must be 0 to 100, was 101.0", loss.getMessage());
        IllegalArgumentException delay = assertThrows(IllegalArgumentException.class,
                () -> new Impairment(0, Duration.ofMillis(-1), 1));
        assertEquals("Impairment 'delay': must be 0 to 10000 ms, was -1 ms", delay.getMessage());
        assertTrue(Impairment.NONE.isNone());
    }
}

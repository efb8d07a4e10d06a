package org.jpeer.jsep.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EarlyPacketsTest {

    @Test
    void packetsHeldBeforeTheKeysAreReplayedInOrderWithTheirLengths() {
        EarlyPackets early = new EarlyPackets(4);
        assertTrue(early.hold(new byte[] {1, 0, 0}, 1));
        assertTrue(early.hold(new byte[] {2, 2, 0}, 2));
        List<String> replayed = new ArrayList<>();
        early.replay((data, length) -> replayed.add(data[0] + "/" + length));
        assertEquals(List.of("1/1", "2/2"), replayed);
        assertEquals(0, early.size());
    }

    @Test
    void aFullQueueRefusesNewPacketsAndKeepsTheOldest() {
        EarlyPackets early = new EarlyPackets(2);
        assertTrue(early.hold(new byte[] {1}, 1));
        assertTrue(early.hold(new byte[] {2}, 1));
        assertFalse(early.hold(new byte[] {3}, 1), "the caller drops and counts it");
        List<Byte> replayed = new ArrayList<>();
        early.replay((data, length) -> replayed.add(data[0]));
        assertEquals(List.of((byte) 1, (byte) 2), replayed, "the keyframe that came first survives a flood");
    }

    @Test
    void replayingTwiceDeliversNothingTheSecondTime() {
        EarlyPackets early = new EarlyPackets(EarlyPackets.DEFAULT_CAPACITY);
        early.hold(new byte[] {1}, 1);
        early.replay((data, length) -> { });
        List<byte[]> again = new ArrayList<>();
        early.replay((data, length) -> again.add(data));
        assertEquals(List.of(), again);
    }

    @Test
    void aNegativeCapacityIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new EarlyPackets(-1));
    }
}

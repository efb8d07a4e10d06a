package org.jpeer.jsep.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Loss and delay of outgoing datagrams, driven by a fake timer. */
class ImpairedSenderTest {
    private final List<byte[]> sent = new ArrayList<>();
    private final List<Runnable> pending = new ArrayList<>();
    private final List<Long> delays = new ArrayList<>();

    private ImpairedSender sender(double lossPercent, long delayNanos, long seed) {
        return new ImpairedSender((buf, off, len) -> sent.add(Arrays.copyOfRange(buf, off, off + len)),
                (task, nanos) -> {
                    pending.add(task);
                    delays.add(nanos);
                }, lossPercent, delayNanos, seed);
    }

    @Test
    void dropsTheSeededShareAndTheSameSeedDropsTheSameDatagrams() {
        ImpairedSender a = sender(10, 0, 7);
        for (int i = 0; i < 10_000; i++) {
            a.send(new byte[] {(byte) i}, 0, 1);
        }
        assertTrue(a.dropped() > 900 && a.dropped() < 1100, "about 10 %: " + a.dropped());
        assertEquals(10_000, a.dropped() + sent.size());
        List<byte[]> first = List.copyOf(sent);
        sent.clear();
        ImpairedSender b = sender(10, 0, 7);
        for (int i = 0; i < 10_000; i++) {
            b.send(new byte[] {(byte) i}, 0, 1);
        }
        assertEquals(first.size(), sent.size());
        for (int i = 0; i < first.size(); i++) {
            assertArrayEquals(first.get(i), sent.get(i));
        }
    }

    @Test
    void delaysACopySoTheCallerMayReuseItsBuffer() {
        ImpairedSender s = sender(0, 50_000_000, 1);
        byte[] buffer = {1, 2, 3, 4};
        s.send(buffer, 1, 2);
        buffer[1] = 9;
        assertTrue(sent.isEmpty(), "nothing before the delay");
        assertEquals(List.of(50_000_000L), delays);
        pending.forEach(Runnable::run);
        assertArrayEquals(new byte[] {2, 3}, sent.get(0));
    }

    @Test
    void withoutLossOrDelayEverythingGoesOutAtOnce() {
        ImpairedSender s = sender(0, 0, 1);
        s.send(new byte[] {5}, 0, 1);
        assertEquals(1, sent.size());
        assertEquals(0, s.dropped());
    }
}

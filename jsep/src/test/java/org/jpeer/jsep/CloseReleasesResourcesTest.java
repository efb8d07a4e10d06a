package org.jpeer.jsep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jpeer.jsep.negotiation.MediaKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code close()} frees every thread and socket: after many connect/media/close cycles in one JVM
 * the live threads and open file descriptors are back at their baseline. ice4j's process-wide
 * pools (shared by every agent, grown and shrunk by ice4j) are not per connection and are left out.
 */
@Timeout(300)
class CloseReleasesResourcesTest {
    private static final Logger LOG = LoggerFactory.getLogger(CloseReleasesResourcesTest.class);
    private static final int CYCLES = 200;
    private static final int WARM_UP = 5;
    /** ice4j's shared pools (see the ice module's package overview) and the JDK's common pool. */
    private static final List<String> SHARED_POOLS = List.of("ice4j.", "ForkJoinPool.commonPool");
    private static final File FD_DIR = new File("/proc/self/fd");

    @Test
    void twoHundredCallsLeaveNoThreadOrDescriptorBehind() {
        for (int i = 0; i < WARM_UP; i++) {
            call();
        }
        TestPeer.await(() -> ownThreads().isEmpty(), () -> "warm-up threads ended: " + ownThreads());
        int threads = ownThreadCount();
        int fds = openDescriptors();
        long start = System.nanoTime();
        for (int i = 0; i < CYCLES; i++) {
            call();
        }
        LOG.info("{} connect/media/close cycles in {} ms", CYCLES, (System.nanoTime() - start) / 1_000_000);
        TestPeer.await(() -> ownThreads().isEmpty(), () -> "threads still alive: " + ownThreads());
        TestPeer.await(() -> ownThreadCount() <= threads,
                () -> "threads " + ownThreadCount() + " > baseline " + threads + ": " + allThreadNames());
        TestPeer.await(() -> openDescriptors() <= fds, () -> "file descriptors " + openDescriptors() + " > baseline " + fds);
        assertTrue(ownThreadCount() <= threads);
        assertEquals(0, ownThreads().size());
    }

    /** Connects, waits until a frame of audio arrived at each side, closes. */
    private static void call() {
        try (TestPeer a = new TestPeer(); TestPeer b = new TestPeer()) {
            a.send(MediaKind.AUDIO);
            b.send(MediaKind.AUDIO);
            TestPeer.connect(a, b);
            b.awaitConnected();
            String mid = a.pc.getTransceivers().get(0).mid();
            a.awaitMoreFrames(mid, 1);
            b.awaitMoreFrames(mid, 1);
        }
    }

    /** Threads a connection starts (connection, ICE, DTLS, players, tests' verifiers). */
    private static Set<String> ownThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(n -> n.startsWith("jpeer-") || n.startsWith("test-verify")).collect(Collectors.toSet());
    }

    private static int ownThreadCount() {
        return (int) Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive)
                .filter(t -> SHARED_POOLS.stream().noneMatch(p -> t.getName().startsWith(p))).count();
    }

    private static List<String> allThreadNames() {
        return Thread.getAllStackTraces().keySet().stream().map(Thread::getName).sorted().toList();
    }

    private static int openDescriptors() {
        String[] names = FD_DIR.list();
        return names == null ? 0 : (int) Arrays.stream(names).count();
    }
}

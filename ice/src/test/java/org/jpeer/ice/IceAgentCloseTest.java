package org.jpeer.ice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

/**
 * Close frees every socket and every per-agent thread. ice4j's shared pools ({@code ice4j.Agent-*},
 * {@code ice4j.NetAccessManager-*}, {@code ice4j.StunStack-*}, {@code ice4j.StunClientTransaction-*})
 * are process-wide, idle out on their own and are not counted.
 */
class IceAgentCloseTest {

    @Test
    void closeFreesSocketsAndThreads() throws Exception {
        warmUp();
        List<String> threadsBefore = perAgentThreads();
        int fdsBefore = openFileDescriptors();

        Peers p = new Peers();
        p.exchangeParameters().start().trickleBothWays().gather();
        p.awaitConnected();
        assertTrue(perAgentThreads().size() > threadsBefore.size());
        p.close();

        assertEquals(IceConnectionState.CLOSED, p.controlling.agent.connectionState());
        assertEquals(threadsBefore, perAgentThreads());
        if (fdsBefore >= 0) {
            assertEquals(fdsBefore, openFileDescriptors(), "file descriptors leaked");
        }
    }

    @Test
    void closeIsIdempotentAndReportsClosed() throws Exception {
        Peers p = new Peers();
        p.gather();
        p.controlling.gathered.get(5, TimeUnit.SECONDS);
        p.close();
        p.close();
        assertEquals(IceConnectionState.CLOSED, p.controlling.agent.connectionState());
        assertEquals(List.of(IceConnectionState.CLOSED), p.controlling.states);
    }

    /** Loads ice4j's classes and shared pools so that they are not counted against the agent. */
    private static void warmUp() throws Exception {
        try (Peers p = new Peers()) {
            p.exchangeParameters().start().trickleBothWays().gather();
            p.awaitConnected();
        }
    }

    static List<String> perAgentThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .map(Thread::getName)
                .filter(n -> n.startsWith("jpeer-ice") || n.startsWith("IceConnector"))
                .sorted()
                .toList();
    }

    /**
     * Waits (up to 2 s) until {@code actual} gives {@code expected}: ice4j releases a TURN
     * allocation (its relayed socket and that socket's connector thread) on its own threads after
     * the server confirmed the release.
     */
    static <T> void assertBecomes(T expected, Supplier<T> actual, String message) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        while (!expected.equals(actual.get()) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(expected, actual.get(), message);
    }

    static int openFileDescriptors() {
        File fds = new File("/proc/self/fd");
        return fds.isDirectory() ? Objects.requireNonNull(fds.list()).length : -1;
    }
}

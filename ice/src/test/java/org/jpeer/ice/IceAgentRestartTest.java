package org.jpeer.ice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;

/** ICE restart on a live pair: make-before-break on the same transport, no datagram lost. */
class IceAgentRestartTest {

    @Test
    void bothSidesRestartWhileDatagramsFlowAndTheNewPairTakesOver() throws Exception {
        ScheduledExecutorService pump = Executors.newSingleThreadScheduledExecutor();
        try (Peers p = new Peers()) {
            p.exchangeParameters().start().trickleBothWays().gather();
            p.awaitConnected();
            IceTransport transport = p.controlling.agent.transport();
            int oldPort = p.controlling.agent.selectedPair().orElseThrow().local().port();
            IceParameters oldParameters = p.controlling.agent.localParameters();
            Flow toControlled = new Flow(p.controlling.agent, p.controlled.agent);
            Flow toControlling = new Flow(p.controlled.agent, p.controlling.agent);
            pump.scheduleAtFixedRate(() -> {
                toControlled.sendNext();
                toControlling.sendNext();
            }, 0, 1, TimeUnit.MILLISECONDS);
            awaitTrue(() -> toControlled.received.size() > 20 && toControlling.received.size() > 20);

            IceParameters a = p.controlling.agent.restart();
            IceParameters b = p.controlled.agent.restart();
            assertNotEquals(oldParameters.ufrag(), a.ufrag());
            assertEquals(a, p.controlling.agent.localParameters());
            p.controlling.agent.setRemoteParameters(b);
            p.controlled.agent.setRemoteParameters(a);

            awaitTrue(() -> selectedLocalPort(p.controlling) != oldPort && selectedLocalPort(p.controlled) != -1
                    && p.controlled.candidates.all().stream().anyMatch(c -> c.extension("ufrag").isPresent()));
            int sentAtSwitch = toControlled.sent.get();
            awaitTrue(() -> toControlled.sent.get() > sentAtSwitch + 50);
            pump.shutdown();
            assertTrue(pump.awaitTermination(1, TimeUnit.SECONDS));
            awaitTrue(() -> toControlled.complete() && toControlling.complete());

            assertEquals(0, toControlled.gaps(), "datagrams lost to the controlled side");
            assertEquals(0, toControlling.gaps(), "datagrams lost to the controlling side");
            assertSame(transport, p.controlling.agent.transport());
            assertTrue(p.controlling.agent.connectionState().isConnected());
            assertTrue(p.controlled.candidates.all().stream()
                    .filter(c -> c.extension("ufrag").isPresent())
                    .allMatch(c -> c.extension("ufrag").get().equals(b.ufrag())), "new candidates carry the new ufrag");
            assertEquals(List.of(IceGatheringState.GATHERING, IceGatheringState.COMPLETE,
                    IceGatheringState.GATHERING, IceGatheringState.COMPLETE), p.controlling.gatheringStates);
            // One reader per agent again: the old generation's sockets are freed after the switch.
            IceAgentCloseTest.assertBecomes(2L, () -> IceAgentCloseTest.perAgentThreads().stream()
                    .filter(n -> n.startsWith("jpeer-ice-rx")).count(), "socket readers after the switch");
        } finally {
            pump.shutdownNow();
        }
    }

    @Test
    void restartBeforeTheFirstConnectionJustUsesTheNewCredentials() throws Exception {
        try (Peers p = new Peers()) {
            p.controlling.agent.restart();
            p.exchangeParameters().start().trickleBothWays().gather();
            p.awaitConnected();
            IceAgentConnectTest.assertDatagramsFlowBothWays(p);
        }
    }

    @Test
    void closeDuringARestartFreesBothGenerations() throws Exception {
        int fdsBefore = IceAgentCloseTest.openFileDescriptors();
        Peers p = new Peers();
        p.exchangeParameters().start().trickleBothWays().gather();
        p.awaitConnected();
        p.controlling.agent.restart();
        p.controlled.agent.restart();
        p.close();
        IceAgentCloseTest.assertBecomes(List.of(), IceAgentCloseTest::perAgentThreads, "threads left after close");
        if (fdsBefore >= 0) {
            IceAgentCloseTest.assertBecomes(fdsBefore, IceAgentCloseTest::openFileDescriptors, "file descriptors leaked");
        }
    }

    private static int selectedLocalPort(Peers.Side side) {
        return side.agent.selectedPair().map(pair -> pair.local().port()).orElse(-1);
    }

    private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "condition not reached in 5 s");
            Thread.sleep(5);
        }
    }

    /** Numbered RTP-like datagrams one way, and which numbers arrived. */
    private static final class Flow {
        final IceAgent from;
        final AtomicInteger sent = new AtomicInteger();
        final Set<Integer> received = ConcurrentHashMap.newKeySet();

        Flow(IceAgent from, IceAgent to) {
            this.from = from;
            to.transport().setReceiver((buf, off, len) -> received.add(ByteBuffer.wrap(buf, off + 1, 4).getInt()));
        }

        void sendNext() {
            byte[] datagram = ByteBuffer.allocate(5).put((byte) 0x80).putInt(sent.getAndIncrement()).array();
            from.transport().send(datagram, 0, datagram.length);
        }

        boolean complete() {
            return received.size() >= sent.get();
        }

        long gaps() {
            return sent.get() - received.size();
        }
    }
}

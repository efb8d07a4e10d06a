package org.jpeer.ice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.jpeer.ice.internal.Ice4jAgent;
import org.junit.jupiter.api.Test;

/**
 * RFC 7675 with the peer's packets dropped in-process: disconnected, recovered when they flow again,
 * and failed 30 s after the last consent, reached at once by moving the agent's consent clock ahead.
 */
class IceAgentConsentLossTest {

    @Test
    void lostConsentDisconnectsRecoversAndExpiresAfterThirtySeconds() throws Exception {
        AtomicLong ahead = new AtomicLong();
        Ice4jAgent agent = Ice4jAgent.create(IceAgentConfig.defaults(), () -> System.currentTimeMillis() + ahead.get());
        BlockingQueue<IceConnectionState> states = new LinkedBlockingQueue<>();
        try (Peers p = new Peers(agent, IceAgent.create(IceAgentConfig.defaults()))) {
            agent.onConnectionStateChange(states::add);
            p.exchangeParameters().start().trickleBothWays().gather();
            assertEquals(IceConnectionState.CHECKING, states.poll(5, TimeUnit.SECONDS));
            assertEquals(IceConnectionState.CONNECTED, states.poll(5, TimeUnit.SECONDS));

            agent.blockInbound(true);
            long lost = System.nanoTime();
            assertEquals(IceConnectionState.DISCONNECTED, states.poll(8, TimeUnit.SECONDS));
            long after = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - lost);
            assertTrue(after >= 2_000 && after <= 6_500, "disconnected " + after + " ms after the packets stopped");

            agent.blockInbound(false);
            assertEquals(IceConnectionState.CONNECTED, states.poll(5, TimeUnit.SECONDS), "consent came back");

            agent.blockInbound(true);
            ahead.set(30_000);
            assertEquals(IceConnectionState.FAILED, states.poll(3, TimeUnit.SECONDS));
            long dropped = agent.transport().stats().sendDropped();
            agent.transport().send(new byte[] {(byte) 0x80, 0}, 0, 2);
            assertEquals(dropped + 1, agent.transport().stats().sendDropped(), "sending stops once consent expired");
            assertTrue(agent.transport().stats().receiveDropped() > 0, "the blocked datagrams are counted");
        }
    }
}

package org.jpeer.ice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** RFC 7675 on a real pair: consent checks run and measure RTT; a vanished peer shows as disconnected. */
class IceAgentConsentTest {

    @Test
    void aVanishedPeerMakesTheConnectionDisconnectedWithinAboutFiveSeconds() throws Exception {
        try (Peers p = new Peers()) {
            CompletableFuture<Long> disconnectedAt = new CompletableFuture<>();
            p.controlling.agent.onConnectionStateChange(s -> {
                p.controlling.states.add(s);
                if (s.isConnected()) {
                    p.controlling.connected.complete(null);
                } else if (s == IceConnectionState.DISCONNECTED) {
                    disconnectedAt.complete(System.nanoTime());
                }
            });
            p.exchangeParameters().start().trickleBothWays().gather();
            p.awaitConnected();
            assertTrue(p.controlling.agent.selectedPair().orElseThrow().roundTripTime().isPresent(),
                    "RTT measured from the checks");
            long vanished = System.nanoTime();
            p.controlled.agent.close();
            long after = disconnectedAt.get(7, TimeUnit.SECONDS) - vanished;
            assertTrue(after <= TimeUnit.MILLISECONDS.toNanos(6_500), "disconnected after " + after / 1_000_000 + " ms");
            assertEquals(IceConnectionState.DISCONNECTED, p.controlling.agent.connectionState());
        }
    }
}

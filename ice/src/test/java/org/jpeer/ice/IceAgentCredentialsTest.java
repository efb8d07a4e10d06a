package org.jpeer.ice;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class IceAgentCredentialsTest {
    private static final IceParameters WRONG = new IceParameters("nope", "0123456789012345678901");

    @Test
    void aPeerWithTheWrongPasswordIsRefused() throws Exception {
        try (Peers p = new Peers()) {
            p.controlling.agent.setRemoteParameters(p.controlled.agent.localParameters());
            p.controlled.agent.setRemoteParameters(
                    new IceParameters(p.controlling.agent.localParameters().ufrag(), WRONG.pwd()));
            p.start().trickleBothWays().gather();
            // The controlled side's checks fail integrity at the controlling side, so it never gets a
            // valid pair of its own.
            Thread.sleep(1500);
            assertFalse(p.controlled.connected.isDone(), "controlled connected with a wrong password");
        }
    }

    @Test
    void neitherSideConnectsWhenBothHaveWrongCredentials() throws Exception {
        try (Peers p = new Peers()) {
            p.controlling.agent.setRemoteParameters(WRONG);
            p.controlled.agent.setRemoteParameters(WRONG);
            p.start().trickleBothWays().gather();
            Thread.sleep(1500);
            assertFalse(p.controlling.connected.isDone());
            assertFalse(p.controlled.connected.isDone());
            p.controlling.connected.completeExceptionally(new AssertionError());
            assertFalse(p.controlling.agent.transport().selectedPair().isPresent());
            assertFalse(p.controlled.received.poll(10, TimeUnit.MILLISECONDS) != null);
        }
    }
}

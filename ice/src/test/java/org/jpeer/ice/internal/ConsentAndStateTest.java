package org.jpeer.ice.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.ice4j.ice.IceProcessingState;
import org.jpeer.ice.IceConnectionState;
import org.junit.jupiter.api.Test;

/** The W3C state derivation and RFC 7675 consent timing, on a virtual clock. */
class ConsentAndStateTest {

    @Test
    void consentGoesStaleAfterFiveSecondsAndExpiresAfterThirty() {
        long last = 1_000_000;
        assertEquals(ConsentMonitor.Status.FRESH, ConsentMonitor.evaluate(last + 4_999, last));
        assertEquals(ConsentMonitor.Status.STALE, ConsentMonitor.evaluate(last + 5_000, last));
        assertEquals(ConsentMonitor.Status.STALE, ConsentMonitor.evaluate(last + 29_999, last));
        assertEquals(ConsentMonitor.Status.EXPIRED, ConsentMonitor.evaluate(last + 30_000, last));
    }

    @Test
    void followsIce4jThroughCheckingToConnectedAndCompleted() {
        ConnectionStateMachine m = new ConnectionStateMachine();
        assertEquals(IceConnectionState.NEW, m.state());
        assertEquals(IceConnectionState.CHECKING, m.onIce4jState(IceProcessingState.RUNNING));
        assertEquals(IceConnectionState.CONNECTED, m.onIce4jState(IceProcessingState.COMPLETED));
        assertEquals(IceConnectionState.CONNECTED, m.onIce4jState(IceProcessingState.TERMINATED));
        assertEquals(IceConnectionState.COMPLETED, m.onEndOfRemoteCandidates());
    }

    @Test
    void lostConsentDisconnectsRecoversAndFinallyFails() {
        ConnectionStateMachine m = new ConnectionStateMachine();
        m.onIce4jState(IceProcessingState.RUNNING);
        m.onIce4jState(IceProcessingState.COMPLETED);
        assertEquals(IceConnectionState.DISCONNECTED, m.onConsent(ConsentMonitor.Status.STALE));
        assertEquals(IceConnectionState.CONNECTED, m.onConsent(ConsentMonitor.Status.FRESH));
        m.onConsent(ConsentMonitor.Status.STALE);
        assertEquals(IceConnectionState.FAILED, m.onConsent(ConsentMonitor.Status.EXPIRED));
        assertEquals(IceConnectionState.FAILED, m.onConsent(ConsentMonitor.Status.FRESH), "failed is final");
        assertEquals(IceConnectionState.CLOSED, m.onClose());
    }

    @Test
    void terminationWithoutEverConnectingIsFailure() {
        ConnectionStateMachine m = new ConnectionStateMachine();
        m.onIce4jState(IceProcessingState.RUNNING);
        assertEquals(IceConnectionState.FAILED, m.onIce4jState(IceProcessingState.TERMINATED));
        assertEquals(IceConnectionState.FAILED, new ConnectionStateMachine().onIce4jState(IceProcessingState.FAILED));
    }
}

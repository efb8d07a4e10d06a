package org.jpeer.ice;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class IceAgentConnectTest {
    private static final byte[] DTLS_LIKE = {22, (byte) 0xFE, (byte) 0xFD, 0, 0, 1, 2, 3};
    private static final byte[] RTP_LIKE = {(byte) 0x80, 111, 0, 1, 0, 0, 0, 0, 0, 0, 0, 7};

    @Test
    void connectsWithCandidatesTrickledAfterStart() throws Exception {
        try (Peers p = new Peers()) {
            p.exchangeParameters().start().trickleBothWays().gather();
            p.awaitConnected();
            assertDatagramsFlowBothWays(p);
        }
    }

    @Test
    void connectsWithCandidatesKnownBeforeParametersAndStart() throws Exception {
        try (Peers p = new Peers()) {
            p.gather();
            p.controlling.gathered.get(5, TimeUnit.SECONDS);
            p.controlled.gathered.get(5, TimeUnit.SECONDS);
            p.trickleBothWays().exchangeParameters().start();
            p.awaitConnected();
            assertDatagramsFlowBothWays(p);
        }
    }

    @Test
    void connectsWhenOnlyOneSideLearnsTheOthersCandidates() throws Exception {
        try (Peers p = new Peers()) {
            p.controlled.candidates.forEachLater(p.controlling.agent::addRemoteCandidate);
            p.exchangeParameters().start().gather();
            p.awaitConnected();
            assertDatagramsFlowBothWays(p);
        }
    }

    @Test
    void reportsStatesInW3cOrderAndTheSelectedPair() throws Exception {
        try (Peers p = new Peers()) {
            p.exchangeParameters().start().trickleBothWays().gather();
            p.awaitConnected();
            assertEquals(IceConnectionState.CHECKING, p.controlling.states.get(0));
            assertEquals(IceConnectionState.CONNECTED, p.controlling.states.get(1));
            assertEquals(java.util.List.of(IceGatheringState.GATHERING, IceGatheringState.COMPLETE),
                    p.controlling.gatheringStates);
            CandidatePair pair = p.controlling.agent.selectedPair().orElseThrow();
            assertEquals("127.0.0.1", pair.local().address());
            assertEquals(IceCandidate.Type.HOST, pair.local().type());
            assertEquals(p.controlled.candidates.all().get(0).port(), pair.remote().port());
        }
    }

    static void assertDatagramsFlowBothWays(Peers p) throws InterruptedException {
        p.controlling.collectDatagrams();
        p.controlled.collectDatagrams();
        p.controlling.agent.transport().send(DTLS_LIKE, 0, DTLS_LIKE.length);
        assertArrayEquals(DTLS_LIKE, p.controlled.nextDatagram());
        p.controlled.agent.transport().send(RTP_LIKE, 0, RTP_LIKE.length);
        assertArrayEquals(RTP_LIKE, p.controlling.nextDatagram());
        assertTrue(p.controlling.agent.transport().stats().packetsSent() >= 1);
    }
}

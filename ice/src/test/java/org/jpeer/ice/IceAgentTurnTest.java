package org.jpeer.ice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Relayed candidates through a real TURN server (coturn on 127.0.0.1, started here). */
class IceAgentTurnTest {
    private static Coturn coturn;

    @BeforeAll
    static void startTurnServer() throws Exception {
        Coturn.assumeInstalled();
        coturn = Coturn.startTurn();
    }

    @AfterAll
    static void stopTurnServer() throws Exception {
        if (coturn != null) {
            coturn.close();
        }
    }

    private static IceAgentConfig relayOnly() {
        return IceAgentConfig.builder()
                .iceServers(List.of(coturn.turnServer()))
                .iceTransportPolicy(IceTransportPolicy.RELAY)
                .build();
    }

    @Test
    void relayOnlyAgentsConnectRelayToRelayAndCarryDatagrams() throws Exception {
        try (Peers p = new Peers(relayOnly(), relayOnly())) {
            p.exchangeParameters().start().trickleBothWays().gather();
            p.controlling.gathered.get(10, TimeUnit.SECONDS);
            p.controlled.gathered.get(10, TimeUnit.SECONDS);
            for (Peers.Side side : List.of(p.controlling, p.controlled)) {
                assertFalse(side.candidates.all().isEmpty(), "a relayed candidate was gathered");
                assertTrue(side.candidates.all().stream().allMatch(c -> c.type() == IceCandidate.Type.RELAY),
                        "relay policy announces relayed candidates only: " + side.candidates.all());
            }
            p.awaitConnected();
            CandidatePair pair = p.controlling.agent.selectedPair().orElseThrow();
            assertEquals(IceCandidate.Type.RELAY, pair.local().type());
            assertEquals(IceCandidate.Type.RELAY, pair.remote().type());
            IceAgentConnectTest.assertDatagramsFlowBothWays(p);
        }
    }

    @Test
    void closeFreesTheRelayReadersAndSockets() throws Exception {
        connectRelayOnly().close();
        IceAgentCloseTest.assertBecomes(List.of(), IceAgentCloseTest::perAgentThreads, "threads of the warm-up agents");
        int fdsBefore = IceAgentCloseTest.openFileDescriptors();
        Peers p = connectRelayOnly();
        assertTrue(IceAgentCloseTest.perAgentThreads().stream().anyMatch(n -> n.startsWith("jpeer-ice-relay-rx")));
        p.close();
        IceAgentCloseTest.assertBecomes(List.of(), IceAgentCloseTest::perAgentThreads, "threads left after close");
        if (fdsBefore >= 0) {
            IceAgentCloseTest.assertBecomes(fdsBefore, IceAgentCloseTest::openFileDescriptors, "file descriptors leaked");
        }
    }

    private static Peers connectRelayOnly() throws Exception {
        Peers p = new Peers(relayOnly(), relayOnly());
        p.exchangeParameters().start().trickleBothWays().gather();
        p.awaitConnected();
        return p;
    }

    @Test
    void relayedCandidatesAreTrickledNextToHostOnesUnderTheDefaultPolicy() throws Exception {
        IceAgentConfig all = IceAgentConfig.builder().iceServers(List.of(coturn.turnServer())).build();
        try (Peers p = new Peers(all, IceAgentConfig.defaults())) {
            p.exchangeParameters().start().trickleBothWays().gather();
            p.controlling.gathered.get(10, TimeUnit.SECONDS);
            List<IceCandidate.Type> types = p.controlling.candidates.all().stream().map(IceCandidate::type).toList();
            assertTrue(types.contains(IceCandidate.Type.HOST) && types.contains(IceCandidate.Type.RELAY), types.toString());
            p.awaitConnected();
            IceAgentConnectTest.assertDatagramsFlowBothWays(p);
        }
    }

    @Test
    void aWrongCredentialGathersNoRelayButGatheringStillCompletes() throws Exception {
        IceServer wrong = IceServer.turn("turn:127.0.0.1:" + coturn.port, Coturn.USER, "not-the-password");
        IceAgentConfig config = IceAgentConfig.builder().iceServers(List.of(wrong))
                .iceTransportPolicy(IceTransportPolicy.RELAY).build();
        try (Peers p = new Peers(config, IceAgentConfig.defaults())) {
            p.gather();
            p.controlling.gathered.get(10, TimeUnit.SECONDS);
            assertEquals(List.of(), p.controlling.candidates.all());
        }
    }
}

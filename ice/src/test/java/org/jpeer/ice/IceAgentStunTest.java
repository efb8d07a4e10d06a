package org.jpeer.ice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * Gathering against a real STUN server (coturn on 127.0.0.1). On loopback the server-reflexive
 * address equals the host one, so ice4j keeps only the host candidate; what this proves is that the
 * STUN transaction runs over our sockets and gathering completes once the server answered.
 */
class IceAgentStunTest {

    @Test
    void gatheringWithAStunServerCompletesAndTheAgentStillConnects() throws Exception {
        Coturn.assumeInstalled();
        try (Coturn coturn = Coturn.startStunOnly()) {
            IceAgentConfig config = IceAgentConfig.builder().iceServers(List.of(IceServer.stun(coturn.stunUrl()))).build();
            try (Peers p = new Peers(config, IceAgentConfig.defaults())) {
                p.exchangeParameters().start().trickleBothWays().gather();
                p.controlling.gathered.get(10, TimeUnit.SECONDS);
                assertEquals(List.of(IceGatheringState.GATHERING, IceGatheringState.COMPLETE), p.controlling.gatheringStates);
                p.awaitConnected();
                IceAgentConnectTest.assertDatagramsFlowBothWays(p);
            }
        }
    }

    @Test
    void unsupportedServerUrlsFailAtCreation() {
        assertThrows(IllegalArgumentException.class, () -> IceAgent.create(IceAgentConfig.builder()
                .iceServers(List.of(IceServer.stun("stuns:127.0.0.1:5349"))).build()));
        assertThrows(IllegalArgumentException.class, () -> IceAgent.create(IceAgentConfig.builder()
                .iceServers(List.of(IceServer.stun("stun:127.0.0.1:3478?transport=tcp"))).build()));
        assertThrows(IllegalArgumentException.class, () -> IceAgent.create(IceAgentConfig.builder()
                .iceServers(List.of(IceServer.turn("turns:127.0.0.1:5349", "u", "p"))).build()));
        assertThrows(IllegalArgumentException.class, () -> IceAgent.create(IceAgentConfig.builder()
                .iceServers(List.of(new IceServer(List.of("turn:127.0.0.1:3478"), null, null))).build()));
    }
}

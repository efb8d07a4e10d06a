package org.jpeer.ice;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Server mode: many agents on one UDP port, each reached only by its own peer. */
class IceUdpMuxTest {
    private static final int AGENTS = 50;

    private IceUdpMux mux;
    private final List<Peers> pairs = new ArrayList<>();

    @BeforeEach
    void bind() throws Exception {
        mux = IceUdpMux.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    }

    @AfterEach
    void closeAll() {
        pairs.forEach(Peers::close);
        mux.close();
    }

    private Peers connectClientToServer() {
        IceAgentConfig server = IceAgentConfig.builder().udpMux(mux).build();
        Peers p = new Peers(IceAgentConfig.defaults(), server);
        pairs.add(p);
        p.exchangeParameters().start().trickleBothWays().gather();
        return p;
    }

    @Test
    void fiftyAgentsShareOnePortAndEachGetsOnlyItsOwnDatagrams() throws Exception {
        for (int i = 0; i < AGENTS; i++) {
            connectClientToServer();
        }
        for (Peers p : pairs) {
            p.awaitConnected();
            assertEquals(mux.localAddress().getPort(), p.controlled.agent.selectedPair().orElseThrow().local().port());
            p.controlling.collectDatagrams();
            p.controlled.collectDatagrams();
        }
        assertEquals(AGENTS, mux.registeredAgents());
        for (int i = 0; i < AGENTS; i++) {
            byte[] toServer = {(byte) 0x80, 1, (byte) i};
            byte[] toClient = {(byte) 0x80, 2, (byte) i};
            pairs.get(i).controlling.agent.transport().send(toServer, 0, toServer.length);
            pairs.get(i).controlled.agent.transport().send(toClient, 0, toClient.length);
        }
        for (int i = 0; i < AGENTS; i++) {
            assertArrayEquals(new byte[] {(byte) 0x80, 1, (byte) i}, pairs.get(i).controlled.nextDatagram());
            assertArrayEquals(new byte[] {(byte) 0x80, 2, (byte) i}, pairs.get(i).controlling.nextDatagram());
        }
        for (Peers p : pairs) {
            assertNull(p.controlled.received.poll(), "a datagram reached the wrong agent");
        }
        assertTrue(IceAgentCloseTest.perAgentThreads().stream().noneMatch(n -> n.equals("jpeer-ice-rx-" + mux.localAddress().getPort())),
                "agents on the mux read nothing themselves");
    }

    @Test
    void closingOneAgentFreesOnlyItsShare() throws Exception {
        Peers first = connectClientToServer();
        Peers second = connectClientToServer();
        first.awaitConnected();
        second.awaitConnected();
        assertEquals(2, mux.registeredAgents());

        first.controlled.agent.close();
        assertEquals(1, mux.registeredAgents());
        IceAgentConnectTest.assertDatagramsFlowBothWays(second);

        long droppedBefore = mux.droppedDatagrams();
        byte[] orphan = {(byte) 0x80, 3};
        first.controlling.agent.transport().send(orphan, 0, orphan.length);
        IceAgentCloseTest.assertBecomes(true, () -> mux.droppedDatagrams() > droppedBefore, "datagram for a closed agent dropped");
    }

    @Test
    void anAgentOnTheMuxLeavesNoFileDescriptorBehind() throws Exception {
        connectClientToServer().awaitConnected();
        int fdsBefore = IceAgentCloseTest.openFileDescriptors();
        IceAgent agent = IceAgent.create(IceAgentConfig.builder().udpMux(mux).build());
        agent.startGathering();
        assertEquals(2, mux.registeredAgents());
        agent.close();
        assertEquals(1, mux.registeredAgents());
        if (fdsBefore >= 0) {
            IceAgentCloseTest.assertBecomes(fdsBefore, IceAgentCloseTest::openFileDescriptors, "file descriptors leaked");
        }
    }

    @Test
    void misuseIsRefusedWithTheRule() throws Exception {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IceAgentConfig.builder()
                .allowedAddresses(List.of(InetAddress.getByName("127.0.0.2"))).udpMux(mux).build());
        assertEquals("udpMux: its address 127.0.0.1 is not one of allowedAddresses", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> IceUdpMux.bind(new InetSocketAddress(0)));
        mux.close();
        IceAgent late = IceAgent.create(IceAgentConfig.builder().udpMux(mux).build());
        try {
            assertThrows(RuntimeException.class, late::startGathering);
        } finally {
            late.close();
        }
    }

    @Test
    void closingTheMuxEndsItsThread() throws Exception {
        String reader = "jpeer-ice-mux-" + mux.localAddress().getPort();
        assertTrue(Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals(reader)));
        mux.close();
        assertTrue(Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getName().equals(reader) && t.isAlive()));
        assertTrue(mux.droppedDatagrams() >= 0);
        assertEquals(0, mux.registeredAgents());
    }
}

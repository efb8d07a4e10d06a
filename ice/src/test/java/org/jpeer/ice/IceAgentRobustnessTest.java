package org.jpeer.ice;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class IceAgentRobustnessTest {
    private static final byte[] DTLS_LIKE = {22, (byte) 0xFE, (byte) 0xFD, 0, 0, 9};

    @Test
    void garbageIsDroppedAndCountedAndTheReaderKeepsGoing() throws Exception {
        try (Peers p = new Peers(); DatagramSocket stranger = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            p.exchangeParameters().start().trickleBothWays().gather();
            p.awaitConnected();
            p.controlled.collectDatagrams();
            InetSocketAddress target = localSocket(p.controlled);
            byte[][] garbage = {
                    {}, {(byte) 0xFF, 1, 2}, {1, 1, 0, 8, 0x21, 0x12, (byte) 0xA4, 0x42}, new byte[20], {5}, {64, 0, 0, 0}};
            for (byte[] g : garbage) {
                stranger.send(new DatagramPacket(g, g.length, target));
            }
            awaitDropped(p.controlled.agent, garbage.length);
            p.controlling.agent.transport().send(DTLS_LIKE, 0, DTLS_LIKE.length);
            assertArrayEquals(DTLS_LIKE, p.controlled.nextDatagram());
        }
    }

    @Test
    void datagramsFromAnUnknownSenderAreNotDelivered() throws Exception {
        try (Peers p = new Peers(); DatagramSocket stranger = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            p.exchangeParameters().start().trickleBothWays().gather();
            p.awaitConnected();
            p.controlled.collectDatagrams();
            stranger.send(new DatagramPacket(DTLS_LIKE, DTLS_LIKE.length, localSocket(p.controlled)));
            byte[] fromPeer = {23, (byte) 0xFE, (byte) 0xFD, 1};
            p.controlling.agent.transport().send(fromPeer, 0, fromPeer.length);
            assertArrayEquals(fromPeer, p.controlled.nextDatagram());
            assertNull(p.controlled.received.poll(100, TimeUnit.MILLISECONDS));
        }
    }

    @Test
    void datagramsThatArriveBeforeAReceiverIsSetAreDeliveredWhenItIs() throws Exception {
        try (Peers p = new Peers()) {
            p.exchangeParameters().start().trickleBothWays().gather();
            p.awaitConnected();
            for (int i = 0; i < 3; i++) {
                byte[] d = {22, 0, (byte) i};
                p.controlling.agent.transport().send(d, 0, d.length);
            }
            Thread.sleep(50); // let them land with no receiver set
            p.controlled.collectDatagrams();
            for (int i = 0; i < 3; i++) {
                assertEquals(i, p.controlled.nextDatagram()[2]);
            }
        }
    }

    @Test
    void aThrowingReceiverIsCountedAndDoesNotStopDelivery() throws Exception {
        try (Peers p = new Peers()) {
            p.exchangeParameters().start().trickleBothWays().gather();
            p.awaitConnected();
            LinkedBlockingQueue<Byte> seen = new LinkedBlockingQueue<>();
            p.controlled.agent.transport().setReceiver((buf, off, len) -> {
                seen.add(buf[off + 1]);
                if (buf[off + 1] == 0) {
                    throw new IllegalStateException("receiver bug");
                }
            });
            p.controlling.agent.transport().send(new byte[] {22, 0}, 0, 2);
            p.controlling.agent.transport().send(new byte[] {22, 1}, 0, 2);
            assertEquals((byte) 0, seen.poll(5, TimeUnit.SECONDS));
            assertEquals((byte) 1, seen.poll(5, TimeUnit.SECONDS));
            assertEquals(1, p.controlled.agent.transport().stats().receiverErrors());
        }
    }

    @Test
    void sendingBeforeAnyPairIsUsableIsDroppedAndCounted() {
        try (IceAgent agent = IceAgent.create(IceAgentConfig.defaults())) {
            agent.transport().send(DTLS_LIKE, 0, DTLS_LIKE.length);
            assertEquals(1, agent.transport().stats().sendDropped());
            assertEquals(0, agent.transport().stats().packetsSent());
        }
    }

    private static InetSocketAddress localSocket(Peers.Side side) {
        IceCandidate c = side.candidates.all().get(0);
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), c.port());
    }

    private static void awaitDropped(IceAgent agent, long n) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (agent.transport().stats().receiveDropped() < n && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertTrue(agent.transport().stats().receiveDropped() >= n,
                "dropped " + agent.transport().stats().receiveDropped());
    }
}

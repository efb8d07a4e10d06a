package org.jpeer.ice.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Delivery rules of the transport, without sockets. */
class SelectedPairTransportTest {
    private static final InetSocketAddress PEER = new InetSocketAddress(InetAddress.getLoopbackAddress(), 40000);
    private static final InetSocketAddress STRANGER = new InetSocketAddress(InetAddress.getLoopbackAddress(), 40001);

    private final SelectedPairTransport transport = new SelectedPairTransport(Optional::empty, () -> 0L);
    private final List<Byte> delivered = new ArrayList<>();

    @Test
    void datagramFromASenderNotYetKnownWaitsUntilItsCheckIsSeen() {
        transport.setReceiver((buf, off, len) -> delivered.add(buf[off + 1]));
        packet(PEER, 1);
        assertEquals(List.of(), delivered);
        transport.authorize(PEER);
        assertEquals(List.of((byte) 1), delivered);
        packet(PEER, 2);
        assertEquals(List.of((byte) 1, (byte) 2), delivered);
    }

    @Test
    void earlyDatagramsKeepTheirOrderWhenTheReceiverArrives() {
        transport.authorize(PEER);
        packet(PEER, 1);
        packet(PEER, 2);
        transport.setReceiver((buf, off, len) -> delivered.add(buf[off + 1]));
        packet(PEER, 3);
        assertEquals(List.of((byte) 1, (byte) 2, (byte) 3), delivered);
    }

    @Test
    void theEarlyQueueIsBoundedAndCountsWhatItDrops() {
        for (int i = 0; i < SelectedPairTransport.EARLY_QUEUE_CAPACITY + 10; i++) {
            packet(STRANGER, i);
        }
        assertEquals(10, transport.stats().receiveDropped());
    }

    @Test
    void sendingWithoutARouteOrAfterConsentExpiredIsCountedNotThrown() {
        transport.send(new byte[] {22}, 0, 1);
        transport.sendingAllowed(false);
        transport.send(new byte[] {22}, 0, 1);
        assertEquals(2, transport.stats().sendDropped());
    }

    @Test
    void theBufferIsOnlyReadDuringTheCall() {
        List<byte[]> kept = new ArrayList<>();
        transport.authorize(PEER);
        transport.setReceiver((buf, off, len) -> kept.add(buf));
        byte[] reused = {22, 7};
        transport.onPacket(reused, 0, 2, PEER);
        assertTrue(kept.get(0) == reused, "delivered in place, no copy on the hot path");
    }

    private void packet(InetSocketAddress from, int n) {
        transport.onPacket(new byte[] {22, (byte) n}, 0, 2, from);
    }
}

package org.jpeer.dtls;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class DtlsTransportTest {

    private static RTCCertificate alice;
    private static RTCCertificate bob;

    @BeforeAll
    static void certificates() {
        alice = RTCCertificate.generate();
        bob = RTCCertificate.generate();
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void handshakesInEitherRoleAndCarriesSrtpBothWays(boolean aliceIsClient) throws Exception {
        try (MemoryLink link = MemoryLink.lossless(alice, bob)) {
            DtlsRole aliceRole = aliceIsClient ? DtlsRole.CLIENT : DtlsRole.SERVER;
            DtlsRole bobRole = aliceIsClient ? DtlsRole.SERVER : DtlsRole.CLIENT;
            // The server side starts late: its first ClientHello must wait in the queue, not be lost.
            link.left.start(aliceRole, bob.fingerprint());
            link.right.start(bobRole, alice.fingerprint());
            SrtpSession a = await(link.left.handshake());
            SrtpSession b = await(link.right.handshake());

            assertEquals(SrtpProfile.AEAD_AES_128_GCM, a.profile());
            assertEquals(a.profile(), b.profile());
            assertEquals(DtlsState.CONNECTED, link.left.state());
            assertEquals(DtlsState.CONNECTED, link.right.state());
            DtlsTransportStats stats = link.left.stats();
            assertEquals("connected", stats.dtlsState());
            assertEquals(aliceIsClient ? "client" : "server", stats.dtlsRole());
            assertEquals("FEFD", stats.tlsVersion());
            assertEquals("TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256", stats.dtlsCipher());
            assertEquals("AEAD_AES_128_GCM", stats.srtpCipher());
            assertTrue(stats.extendedMasterSecret());
            assertTrue(bob.fingerprint().matches(link.left.remoteCertificates().get(0)));
            assertRtpFlows(a, b, 0x1111);
            assertRtpFlows(b, a, 0x2222);
            assertRtcpFlows(a, b, 0x1111);
            assertRtcpFlows(b, a, 0x2222);
        }
    }

    @ParameterizedTest
    @EnumSource(SrtpProfile.class)
    void negotiatesEachProfile(SrtpProfile profile) throws Exception {
        DtlsConfig left = MemoryLink.config(alice).srtpProfiles(List.of(profile)).build();
        DtlsConfig right = MemoryLink.config(bob).srtpProfiles(List.of(SrtpProfile.values())).build();
        try (MemoryLink link = new MemoryLink(left, right, 0, 0)) {
            link.startLeftAsClient();
            SrtpSession client = await(link.left.handshake());
            SrtpSession server = await(link.right.handshake());
            assertEquals(profile, client.profile());
            assertEquals(profile, server.profile());
            assertRtpFlows(client, server, 7);
            assertRtcpFlows(server, client, 8);
        }
    }

    @Test
    void serverPreferenceOrderDecidesTheProfile() throws Exception {
        DtlsConfig client = MemoryLink.config(alice).srtpProfiles(
                List.of(SrtpProfile.AEAD_AES_128_GCM, SrtpProfile.AES128_CM_HMAC_SHA1_80)).build();
        DtlsConfig server = MemoryLink.config(bob).srtpProfiles(
                List.of(SrtpProfile.AES128_CM_HMAC_SHA1_80, SrtpProfile.AEAD_AES_128_GCM)).build();
        try (MemoryLink link = new MemoryLink(client, server, 0, 0)) {
            link.startLeftAsClient();
            assertEquals(SrtpProfile.AES128_CM_HMAC_SHA1_80, await(link.left.handshake()).profile());
        }
    }

    @Test
    void rsaAndEcdsaCertificatesInterwork() throws Exception {
        RTCCertificate rsa = RTCCertificate.generateRsa();
        assertEquals("RSA", rsa.keyAlgorithm());
        for (boolean rsaIsServer : new boolean[] {true, false}) {
            try (MemoryLink link = MemoryLink.lossless(rsaIsServer ? alice : rsa, rsaIsServer ? rsa : alice)) {
                link.startLeftAsClient();
                assertRtpFlows(await(link.left.handshake()), await(link.right.handshake()), 5);
            }
        }
    }

    @Test
    void fragmentsHandshakeMessagesToFitASmallMtu() throws Exception {
        RTCCertificate rsa = RTCCertificate.generateRsa();
        int mtu = 300;
        int[] largest = new int[1];
        DtlsTransport[] ends = new DtlsTransport[2];
        for (int i = 0; i < 2; i++) {
            int peer = 1 - i;
            ends[i] = new DtlsTransport(MemoryLink.config(i == 0 ? alice : rsa).mtu(mtu).build(), (buf, off, len) -> {
                synchronized (largest) {
                    largest[0] = Math.max(largest[0], len);
                }
                ends[peer].receive(buf, off, len);
            });
        }
        try (DtlsTransport client = ends[0]; DtlsTransport server = ends[1]) {
            client.start(DtlsRole.CLIENT, rsa.fingerprint());
            server.start(DtlsRole.SERVER, alice.fingerprint());
            assertRtpFlows(await(client.handshake()), await(server.handshake()), 6);
            assertEquals("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", client.stats().dtlsCipher());
        }
        assertTrue(rsa.derEncoded().length > mtu, "the RSA certificate alone exceeds the MTU");
        assertTrue(largest[0] <= mtu, "largest datagram " + largest[0]);
    }

    @Test
    void clientRejectsServerWhoseFingerprintDiffers() throws Exception {
        RTCCertificate stranger = RTCCertificate.generate();
        try (MemoryLink link = MemoryLink.lossless(alice, bob)) {
            link.left.start(DtlsRole.CLIENT, stranger.fingerprint());
            link.right.start(DtlsRole.SERVER, alice.fingerprint());

            DtlsException client = failure(link.left.handshake());
            assertEquals(DtlsException.Reason.FINGERPRINT_MISMATCH, client.reason());
            assertEquals("fingerprint mismatch: expected " + stranger.fingerprint().toSdpValue() + ", got "
                    + bob.fingerprint().toSdpValue(), client.getMessage());
            DtlsException server = failure(link.right.handshake());
            assertEquals(DtlsException.Reason.ALERT_RECEIVED, server.reason());
            assertTrue(server.getMessage().contains("bad_certificate"), server.getMessage());
            assertEquals(DtlsState.FAILED, link.left.state());
            assertEquals(DtlsState.FAILED, link.right.state());
        }
    }

    @Test
    void serverRejectsClientWhoseFingerprintDiffers() throws Exception {
        RTCCertificate stranger = RTCCertificate.generate();
        try (MemoryLink link = MemoryLink.lossless(alice, bob)) {
            link.left.start(DtlsRole.CLIENT, bob.fingerprint());
            link.right.start(DtlsRole.SERVER, stranger.fingerprint());

            DtlsException server = failure(link.right.handshake());
            assertEquals(DtlsException.Reason.FINGERPRINT_MISMATCH, server.reason());
            assertTrue(server.getMessage().startsWith("fingerprint mismatch: expected sha-256"), server.getMessage());
            assertEquals(DtlsException.Reason.ALERT_RECEIVED, failure(link.left.handshake()).reason());
        }
    }

    @Test
    void fingerprintWithAnotherHashIsAccepted() throws Exception {
        try (MemoryLink link = MemoryLink.lossless(alice, bob)) {
            link.left.start(DtlsRole.CLIENT, bob.fingerprint("sha-512"));
            link.right.start(DtlsRole.SERVER, alice.fingerprint("sha-1"));
            assertRtpFlows(await(link.left.handshake()), await(link.right.handshake()), 9);
        }
    }

    @Test
    void failsWithoutACommonSrtpProfile() throws Exception {
        DtlsConfig client = MemoryLink.config(alice).srtpProfiles(List.of(SrtpProfile.AES128_CM_HMAC_SHA1_32)).build();
        DtlsConfig server = MemoryLink.config(bob).srtpProfiles(List.of(SrtpProfile.AEAD_AES_128_GCM)).build();
        try (MemoryLink link = new MemoryLink(client, server, 0, 0)) {
            link.startLeftAsClient();
            DtlsException e = failure(link.right.handshake());
            assertEquals(DtlsException.Reason.NO_SRTP_PROFILE, e.reason());
            assertTrue(e.getMessage().startsWith("no common SRTP profile"), e.getMessage());
        }
    }

    @Test
    void timesOutWhenThePeerNeverAnswers() throws Exception {
        DtlsConfig config = MemoryLink.config(alice).handshakeTimeout(Duration.ofMillis(300)).build();
        for (DtlsRole role : DtlsRole.values()) {
            try (DtlsTransport lonely = new DtlsTransport(config, (buf, off, len) -> { })) {
                lonely.start(role, bob.fingerprint());
                DtlsException e = failure(lonely.handshake());
                assertEquals(DtlsException.Reason.TIMEOUT, e.reason(), role + ": " + e.getMessage());
                assertEquals(DtlsState.FAILED, lonely.state());
            }
        }
    }

    @Test
    void reportsStatesAndClosesWithCloseNotify() throws Exception {
        try (MemoryLink link = MemoryLink.lossless(alice, bob)) {
            List<DtlsState> leftStates = new CopyOnWriteArrayList<>();
            CompletableFuture<DtlsState> rightClosed = new CompletableFuture<>();
            link.left.onStateChange(leftStates::add);
            link.right.onStateChange(s -> {
                if (s.isTerminal()) {
                    rightClosed.complete(s);
                }
            });
            assertEquals(DtlsState.NEW, link.left.state());
            assertEquals("unknown", link.left.stats().dtlsRole());
            assertEquals(List.of(), link.left.remoteCertificates());
            link.startLeftAsClient();
            await(link.left.handshake());
            await(link.right.handshake());

            link.left.close();
            assertEquals(DtlsState.CLOSED, rightClosed.get(5, TimeUnit.SECONDS));
            assertEquals(List.of(DtlsState.CONNECTING, DtlsState.CONNECTED, DtlsState.CLOSED), leftStates);
            assertEquals("closed", link.left.state().w3cName());
        }
    }

    @Test
    void theDtlsThreadEndsOnCloseAndOnFailure() throws Exception {
        Set<Thread> beforeStart = Thread.getAllStackTraces().keySet();
        MemoryLink connected = MemoryLink.lossless(alice, bob);
        connected.startLeftAsClient();
        await(connected.left.handshake());
        await(connected.right.handshake());
        List<Thread> started = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> !beforeStart.contains(t) && t.getName().startsWith("jpeer-dtls-")).toList();
        assertEquals(2, started.size(), started.toString());
        assertTrue(started.stream().allMatch(Thread::isDaemon));
        connected.close();
        for (Thread t : started) {
            t.join(2000);
            assertFalse(t.isAlive(), t.getName() + " still running after close");
        }
        RTCCertificate stranger = RTCCertificate.generate();
        try (MemoryLink link = MemoryLink.lossless(alice, bob)) {
            Set<Thread> before = Thread.getAllStackTraces().keySet();
            link.left.start(DtlsRole.CLIENT, stranger.fingerprint());
            link.right.start(DtlsRole.SERVER, alice.fingerprint());
            failure(link.left.handshake());
            failure(link.right.handshake());
            for (Thread t : Thread.getAllStackTraces().keySet()) {
                if (!before.contains(t) && t.getName().startsWith("jpeer-dtls-")) {
                    t.join(2000);
                    assertFalse(t.isAlive(), t.getName() + " still running after failure");
                }
            }
        }
    }

    @Test
    void closeDuringHandshakeFailsTheFutureAsClosed() throws Exception {
        DtlsTransport transport = new DtlsTransport(MemoryLink.config(alice).build(), (buf, off, len) -> { });
        transport.start(DtlsRole.CLIENT, bob.fingerprint());
        transport.close();
        assertEquals(DtlsException.Reason.CLOSED, failure(transport.handshake()).reason());
        assertEquals(DtlsState.CLOSED, transport.state());
        assertThrows(IllegalStateException.class, () -> transport.start(DtlsRole.CLIENT, bob.fingerprint()));
    }

    @Test
    void noSessionExistsUntilThePeerHasBeenVerified() throws Exception {
        try (MemoryLink link = MemoryLink.lossless(alice, bob)) {
            link.left.start(DtlsRole.CLIENT, bob.fingerprint());
            Thread.sleep(200);
            assertFalse(link.left.handshake().isDone());
            assertEquals(DtlsState.CONNECTING, link.left.state());
            // The server starts late: the queued ClientHello lets it finish without a retransmission.
            link.right.start(DtlsRole.SERVER, alice.fingerprint());
            assertRtpFlows(await(link.left.handshake()), await(link.right.handshake()), 3);
        }
    }

    @Test
    void garbageAndTruncatedRecordsAreIgnored() throws Exception {
        DtlsTransport[] ends = new DtlsTransport[2];
        Random random = new Random(11);
        for (int i = 0; i < 2; i++) {
            int peer = 1 - i;
            ends[i] = new DtlsTransport(MemoryLink.config(i == 0 ? alice : bob).build(), (buf, off, len) -> {
                byte[] garbage = new byte[1 + random.nextInt(300)];
                random.nextBytes(garbage);
                garbage[0] = (byte) (20 + random.nextInt(4));
                ends[peer].receive(garbage, 0, garbage.length);
                ends[peer].receive(buf, off, Math.min(len, 10));
                ends[peer].receive(buf, off, len);
            });
        }
        try (DtlsTransport client = ends[0]; DtlsTransport server = ends[1]) {
            client.start(DtlsRole.CLIENT, bob.fingerprint());
            server.start(DtlsRole.SERVER, alice.fingerprint());
            SrtpSession a = await(client.handshake());
            SrtpSession b = await(server.handshake());
            byte[] noise = new byte[100];
            for (int i = 0; i < 20; i++) {
                random.nextBytes(noise);
                noise[0] = 23;
                client.receive(noise, 0, noise.length);
            }
            Thread.sleep(100);
            assertEquals(DtlsState.CONNECTED, client.state());
            assertRtpFlows(a, b, 4);
        }
    }

    @Test
    void sessionFromAnotherHandshakeCannotReadThisOne() throws Exception {
        try (MemoryLink first = MemoryLink.lossless(alice, bob); MemoryLink second = MemoryLink.lossless(alice, bob)) {
            first.startLeftAsClient();
            second.startLeftAsClient();
            SrtpSession sender = await(first.left.handshake());
            SrtpSession stranger = await(second.right.handshake());
            byte[] packet = Packets.rtp(1, 1, 100);
            int n = sender.protectRtp(packet, 0, Packets.rtpLength(100));
            assertEquals(-1, stranger.unprotectRtp(packet, 0, n));
            assertEquals(1, stranger.stats().authFailures());
        }
    }

    static void assertRtpFlows(SrtpSession from, SrtpSession to, int ssrc) {
        for (int seq = 100; seq < 105; seq++) {
            byte[] packet = Packets.rtp(ssrc, seq, 160);
            byte[] plain = Packets.prefix(packet, Packets.rtpLength(160));
            int n = from.protectRtp(packet, 0, plain.length);
            assertEquals(plain.length + from.profile().rtpTagLength(), n);
            assertFalse(Arrays.equals(plain, 12, plain.length, packet, 12, plain.length), "payload is encrypted");
            assertEquals(plain.length, to.unprotectRtp(packet, 0, n));
            assertArrayEquals(plain, Packets.prefix(packet, plain.length));
        }
    }

    static void assertRtcpFlows(SrtpSession from, SrtpSession to, int ssrc) {
        byte[] packet = Packets.senderReport(ssrc);
        byte[] plain = Packets.prefix(packet, Packets.SENDER_REPORT_LENGTH);
        int n = from.protectRtcp(packet, 0, plain.length);
        assertEquals(plain.length + 4 + from.profile().rtcpTagLength(), n);
        assertTrue(PacketClassifier.isRtcp(packet, 0, n));
        assertEquals(plain.length, to.unprotectRtcp(packet, 0, n));
        assertArrayEquals(plain, Packets.prefix(packet, plain.length));
    }

    static SrtpSession await(CompletableFuture<SrtpSession> future) throws Exception {
        return future.get(10, TimeUnit.SECONDS);
    }

    static DtlsException failure(CompletableFuture<SrtpSession> future) throws Exception {
        ExecutionException e = assertThrows(ExecutionException.class, () -> future.get(10, TimeUnit.SECONDS));
        return assertInstanceOf(DtlsException.class, e.getCause());
    }
}

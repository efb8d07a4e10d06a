package org.jpeer.signaling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.WebSocketHandshakeException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RoomServerTest {
    private static final String CANDIDATE = "candidate:1 1 udp 2122260223 127.0.0.1 5000 typ host";

    private SignalingServer server;
    private URI rooms;

    @BeforeEach
    void start() {
        server = SignalingServer.builder().rooms("/ws").start();
        rooms = URI.create("ws://127.0.0.1:" + server.port() + "/ws");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** A RoomClient whose messages land in a queue. */
    private final class Member {
        final BlockingQueue<SignalMessage> inbox = new LinkedBlockingQueue<>();
        final RoomClient client;

        Member(String room) {
            client = RoomClient.connect(rooms, room, inbox::add).join();
        }

        SignalMessage next() throws InterruptedException {
            SignalMessage message = inbox.poll(5, TimeUnit.SECONDS);
            if (message == null) {
                throw new AssertionError("no message within 5 s");
            }
            return message;
        }
    }

    @Test
    void relaysBothWaysInOrder() throws Exception {
        Member offerer = new Member("call");
        Member answerer = new Member("call");
        offerer.client.send(new SignalMessage.Offer("v=0 offer"));
        assertEquals(new SignalMessage.Offer("v=0 offer"), answerer.next());
        answerer.client.send(new SignalMessage.Answer("v=0 answer"));
        answerer.client.send(new SignalMessage.Candidate(CANDIDATE, "0", 0));
        answerer.client.send(SignalMessage.Candidate.endOfCandidates("0", 0));
        assertEquals(new SignalMessage.Answer("v=0 answer"), offerer.next());
        assertEquals(new SignalMessage.Candidate(CANDIDATE, "0", 0), offerer.next());
        assertTrue(((SignalMessage.Candidate) offerer.next()).isEndOfCandidates());
        assertEquals(1, server.roomCount());
    }

    @Test
    void relaysVerbatimAndQueuesUntilThePeerJoins() {
        String browserCandidate = "{\"type\":\"candidate\",\"candidate\":\"" + CANDIDATE
                + "\",\"sdpMid\":\"0\",\"sdpMLineIndex\":0,\"usernameFragment\":\"Ab12\"}";
        RawSocket early = RawSocket.join(server, "q").send("{\"type\":\"offer\",\"sdp\":\"v=0\"}").send(browserCandidate);
        RawSocket late = RawSocket.join(server, "q");
        assertEquals("{\"type\":\"offer\",\"sdp\":\"v=0\"}", late.next());
        assertEquals(browserCandidate, late.next(), "fields the server does not know pass unchanged");
        late.send("{\"type\":\"x-page-stats\",\"fps\":30}");
        assertEquals("{\"type\":\"x-page-stats\",\"fps\":30}", early.next(), "unknown types are relayed");
    }

    @Test
    void aThirdMemberIsRefusedAndTheTwoCarryOn() throws Exception {
        Member first = new Member("pair");
        Member second = new Member("pair");
        Member third = new Member("pair");
        assertEquals(new SignalMessage.ErrorMessage("room pair is full"), third.next());
        assertEquals(1008, third.client.closed().get(5, TimeUnit.SECONDS));
        first.client.send(new SignalMessage.Offer("still here"));
        assertEquals(new SignalMessage.Offer("still here"), second.next());
        assertTrue(first.inbox.isEmpty() && second.inbox.isEmpty(), "the refusal is not announced to members");
    }

    @Test
    void theOtherGetsByeWhenOneLeavesAndEmptyRoomsAreFreed() throws Exception {
        Member stays = new Member("leave");
        Member leaves = new Member("leave");
        leaves.client.close();
        assertEquals(new SignalMessage.Bye(), stays.next());

        RawSocket dropped = RawSocket.join(server, "leave");
        dropped.socket.abort();
        assertEquals(new SignalMessage.Bye(), stays.next(), "a dropped connection counts as leaving");

        stays.client.close();
        awaitTrue(() -> server.roomCount() == 0);
    }

    @Test
    void anExplicitByeIsRelayedOnce() throws Exception {
        Member a = new Member("bye");
        Member b = new Member("bye");
        a.client.send(new SignalMessage.Bye());
        assertEquals(new SignalMessage.Bye(), b.next());
        a.client.close();
        a.client.closed().get(5, TimeUnit.SECONDS);
        awaitTrue(() -> server.roomCount() == 1);
        assertTrue(b.inbox.isEmpty(), "no second bye");
    }

    @Test
    void malformedMessagesGetAnErrorAndTheConnectionStays() {
        RawSocket sender = RawSocket.join(server, "bad");
        RawSocket peer = RawSocket.join(server, "bad");
        RawSocket otherRoom = RawSocket.join(server, "other");
        RawSocket otherPeer = RawSocket.join(server, "other");
        assertError(sender.send("hello"), "not JSON: ");
        assertError(sender.send("[1,2]"), "expected a JSON object, got array");
        assertError(sender.send("{\"sdp\":\"v=0\"}"), "missing field 'type'");
        assertError(sender.send("{\"type\":\"offer\"}"), "offer: missing field 'sdp'");
        assertError(sender.send("{\"type\":\"candidate\",\"candidate\":\"junk\",\"sdpMid\":\"0\"}"),
                "candidate: must start with 'candidate:'");
        assertError(sender.sendBinary(new byte[] {1, 2, 3}), "binary frames are not supported");
        assertError(sender.send("{\"type\":\"offer\",\"sdp\":\"" + "a".repeat(70 * 1024) + "\"}"),
                "message larger than 65536 bytes");
        assertTrue(peer.received.isEmpty(), "nothing bad was relayed");

        sender.send("{\"type\":\"offer\",\"sdp\":\"v=0\"}");
        assertEquals("{\"type\":\"offer\",\"sdp\":\"v=0\"}", peer.next(), "the same connection still relays");
        otherRoom.send("{\"type\":\"bye\"}");
        assertEquals("{\"type\":\"bye\"}", otherPeer.next(), "other rooms were never disturbed");
    }

    @Test
    void theUpgradeNeedsARoomName() {
        CompletionException e = assertThrows(CompletionException.class,
                () -> RoomClient.connect(URI.create("ws://127.0.0.1:" + server.port() + "/ws?x=1"), "", m -> { }).join());
        WebSocketHandshakeException refused = assertInstanceOf(WebSocketHandshakeException.class, e.getCause());
        assertEquals(400, refused.getResponse().statusCode());
        assertEquals(400, new Http(server).send("GET", "/ws?room=a", null, null).statusCode(), "no upgrade header");
        assertEquals(0, server.roomCount());
    }

    private static void assertError(RawSocket socket, String expected) {
        SignalMessage reply = SignalMessage.fromJson(socket.next());
        SignalMessage.ErrorMessage error = assertInstanceOf(SignalMessage.ErrorMessage.class, reply);
        assertTrue(error.message().startsWith(expected), () -> "'" + error.message() + "' should start with '"
                + expected + "'");
    }

    /** Polls a server-side count that no future reports. */
    static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 5 s");
            }
            Thread.sleep(10);
        }
    }
}

package org.jpeer.signaling;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Hundreds of sessions and rooms at once; every one is freed at the end. */
class ConcurrentSessionsTest {
    private static final int SESSIONS = 300;
    private static final int ROOMS = 100;

    @Test
    void threeHundredPostAndDeleteAtOnce() throws Exception {
        ExecutorService peers = Executors.newFixedThreadPool(4);
        FakeSessionHandler handler = new FakeSessionHandler(peers);
        try (SignalingServer server = SignalingServer.builder().whip("/whip", handler).start()) {
            WhipClient client = WhipClient.builder(URI.create("http://127.0.0.1:" + server.port() + "/whip")).build();
            List<CompletableFuture<Void>> calls = new ArrayList<>();
            for (int i = 0; i < SESSIONS; i++) {
                String offer = WhipServerTest.OFFER + "a=x-n:" + i + "\r\n";
                calls.add(client.post(offer).thenCompose(WhipSession::delete));
            }
            CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
            assertEquals(SESSIONS, handler.offers.size());
            assertEquals(SESSIONS, handler.sessions.size(), "every session got its own id");
            assertEquals(SESSIONS, handler.closed.get(), "every DELETE reached its session");
            assertEquals(0, server.sessionCount(), "and the server forgot them all");
        } finally {
            peers.shutdownNow();
        }
    }

    @Test
    void aHundredRoomsAtOnce() throws Exception {
        try (SignalingServer server = SignalingServer.builder().rooms("/ws").start()) {
            URI rooms = URI.create("ws://127.0.0.1:" + server.port() + "/ws");
            List<RoomClient> clients = new ArrayList<>();
            BlockingQueue<SignalMessage> answers = new LinkedBlockingQueue<>();
            List<CompletableFuture<Void>> exchanges = new ArrayList<>();
            for (int i = 0; i < ROOMS; i++) {
                String room = "r" + i;
                String sdp = "v=0 " + room;
                RoomClient[] answerer = new RoomClient[1];
                answerer[0] = RoomClient.connect(rooms, room, message -> {
                    if (message instanceof SignalMessage.Offer offer) {
                        answerer[0].send(new SignalMessage.Answer(offer.sdp()));
                    }
                }).join();
                RoomClient offerer = RoomClient.connect(rooms, room, answers::add).join();
                clients.add(answerer[0]);
                clients.add(offerer);
                exchanges.add(offerer.send(new SignalMessage.Offer(sdp)));
            }
            CompletableFuture.allOf(exchanges.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
            List<String> received = new ArrayList<>();
            for (int i = 0; i < ROOMS; i++) {
                SignalMessage answer = answers.poll(10, TimeUnit.SECONDS);
                received.add(((SignalMessage.Answer) answer).sdp());
            }
            assertEquals(ROOMS, received.stream().distinct().count(), "each offerer got its own answer back");
            assertEquals(ROOMS, server.roomCount());
            clients.forEach(RoomClient::close);
            for (RoomClient client : clients) {
                client.closed().get(10, TimeUnit.SECONDS);
            }
            RoomServerTest.awaitTrue(() -> server.roomCount() == 0);
        }
    }
}

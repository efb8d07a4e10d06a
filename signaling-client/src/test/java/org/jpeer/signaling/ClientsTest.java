package org.jpeer.signaling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** WhipClient and EchoTestClient against the server, and the {@code /offer} endpoint's own statuses. */
class ClientsTest {
    private final ExecutorService executor = Executors.newFixedThreadPool(2);
    private FakeSessionHandler handler;
    private SignalingServer server;
    private Http http;

    @BeforeEach
    void start() {
        handler = new FakeSessionHandler(executor);
        server = SignalingServer.builder()
                .whip("/whip", handler)
                .echoTest("/offer", handler)
                .bearerToken("s3cret")
                .iceServer(new IceServer("turn:127.0.0.1:3478?transport=udp", "user", "pass"))
                .start();
        http = new Http(server);
    }

    @AfterEach
    void stop() {
        server.close();
        executor.shutdownNow();
    }

    private WhipClient whip(String token) {
        return WhipClient.builder(URI.create(http.url("/whip"))).bearerToken(token).build();
    }

    @Test
    void whipClientPostsPatchesAndDeletes() {
        WhipSession session = whip("s3cret").post(WhipServerTest.OFFER).join();
        assertEquals(FakeSessionHandler.ANSWER, session.answerSdp());
        assertTrue(session.location().toString().startsWith(http.url("/whip/")), session.location().toString());
        assertEquals(List.of(new IceServer("turn:127.0.0.1:3478?transport=udp", "user", "pass")), session.iceServers());
        assertTrue(session.etag().isPresent());

        TrickleIceSdpFrag frag = TrickleIceSdpFrag.builder("uf", "pw").endOfCandidates("0").build();
        session.patch(frag).join();
        assertEquals(List.of(frag), handler.sessions.values().iterator().next().trickles);

        session.delete().join();
        assertEquals(0, server.sessionCount());
        HttpStatusException gone = assertStatus(404, session.delete());
        assertTrue(gone.getMessage().startsWith("DELETE " + session.location() + " answered 404: no session"),
                gone.getMessage());
    }

    @Test
    void tokenIsRequiredOnWhipOnly() {
        HttpStatusException wrong = assertStatus(401, whip("guess").post(WhipServerTest.OFFER));
        assertEquals("missing or wrong bearer token\n", wrong.body());
        HttpResponse<String> missing = http.send("POST", "/whip", "application/sdp", WhipServerTest.OFFER);
        assertEquals(401, missing.statusCode());
        assertEquals("Bearer", missing.headers().firstValue("WWW-Authenticate").orElseThrow());
        WhipSession session = whip("s3cret").post(WhipServerTest.OFFER).join();
        assertEquals(401, http.send("DELETE", session.location().toString(), null, null).statusCode());
        assertEquals(204, http.send("OPTIONS", "/whip", null, null).statusCode(), "preflights carry no token");
        assertEquals(FakeSessionHandler.ANSWER,
                EchoTestClient.builder(URI.create(http.url("/offer"))).build().offer("v=0").join());
    }

    @Test
    void whipClientReportsTheServersReason() {
        handler.answerWith(sdp -> CompletableFuture.failedFuture(new BadOfferException("offer has no media")));
        HttpStatusException refused = assertStatus(400, whip("s3cret").post("v=0"));
        assertEquals("offer has no media\n", refused.body());
    }

    @Test
    void echoTestEndpointFollowsTheSpecification() {
        HttpResponse<String> answered = http.send("POST", "/offer", "application/json",
                "{\"type\":\"offer\",\"sdp\":\"v=0\\r\\n\"}");
        assertEquals(200, answered.statusCode());
        assertEquals("application/json", answered.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(new SignalMessage.Answer(FakeSessionHandler.ANSWER), SignalMessage.fromJson(answered.body()));
        WhipServerTest.assertCors(answered);
        assertEquals(List.of("v=0\r\n"), handler.offers);
        assertEquals(1, server.sessionCount(), "kept until the handler reports its end");
        handler.sessions.values().iterator().next().context.ended("DTLS done, peer closed");
        assertEquals(0, server.sessionCount());
    }

    @Test
    void echoTestEndpointRefusesBadOffers() {
        HttpResponse<String> notJson = http.send("POST", "/offer", "application/json", "{\"type\":\"offer\",");
        assertEquals(400, notJson.statusCode());
        assertTrue(notJson.body().startsWith("expected {\"type\":\"offer\",\"sdp\":\"...\"}: not JSON"), notJson.body());
        HttpResponse<String> answer = http.send("POST", "/offer", "application/json", "{\"type\":\"answer\",\"sdp\":\"v=0\"}");
        assertEquals(400, answer.statusCode());
        assertEquals("expected type 'offer', got 'answer'\n", answer.body());
        assertEquals(400, http.send("POST", "/offer", "application/json", "{\"type\":\"offer\"}").statusCode());
        assertEquals(405, http.send("GET", "/offer", null, null).statusCode());
        handler.answerWith(sdp -> CompletableFuture.failedFuture(new BadOfferException("no DTLS fingerprint")));
        HttpStatusException refused = assertStatus(400,
                EchoTestClient.builder(URI.create(http.url("/offer"))).build().offer("v=0"));
        assertEquals("no DTLS fingerprint\n", refused.body());
        assertEquals(List.of("v=0"), handler.offers, "only the well-formed offer reached the handler");
    }

    @Test
    void echoTestClientRefusesANonAnswer() throws Exception {
        HttpServer other = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        other.createContext("/offer", exchange -> {
            byte[] body = "{\"type\":\"offer\",\"sdp\":\"v=0\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        other.start();
        try {
            URI url = URI.create("http://127.0.0.1:" + other.getAddress().getPort() + "/offer");
            CompletionException e = assertThrows(CompletionException.class,
                    () -> EchoTestClient.builder(url).build().offer("v=0").join());
            assertInstanceOf(IllegalArgumentException.class, e.getCause());
            assertTrue(e.getCause().getMessage().endsWith("expected type 'answer', got 'offer'"), e.getCause().getMessage());
        } finally {
            other.stop(0);
        }
    }

    private static HttpStatusException assertStatus(int status, CompletableFuture<?> call) {
        CompletionException e = assertThrows(CompletionException.class, call::join);
        HttpStatusException http = assertInstanceOf(HttpStatusException.class, e.getCause());
        assertEquals(status, http.status());
        return http;
    }
}

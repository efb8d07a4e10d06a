package org.jpeer.signaling;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WhipServerTest {
    static final String SDP = "application/sdp";
    static final String OFFER = "v=0\r\no=- 2 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 111\r\n";
    static final String FRAG = TrickleIceSdpFrag.builder("uf", "pw")
            .candidate("0", "candidate:1 1 udp 2122260223 127.0.0.1 5000 typ host").build().toSdpFrag();

    private final ExecutorService executor = Executors.newFixedThreadPool(2);
    private FakeSessionHandler handler;
    private SignalingServer server;
    private Http http;

    @BeforeEach
    void start() {
        handler = new FakeSessionHandler(executor);
        server = SignalingServer.builder()
                .whip("/whip", handler)
                .whep("/whep", handler)
                .iceServer(IceServer.of("stun:127.0.0.1:3478"))
                .iceServer(new IceServer("turn:127.0.0.1:3478?transport=udp", "user", "pass"))
                .staticResource("/", "text/html; charset=utf-8", "<h1>echo</h1>".getBytes(StandardCharsets.UTF_8))
                .answerTimeout(Duration.ofMillis(300))
                .start();
        http = new Http(server);
    }

    @AfterEach
    void stop() {
        server.close();
        executor.shutdownNow();
    }

    @Test
    void postAnswersWith201LocationAnswerCorsAndIceServers() {
        HttpResponse<String> created = http.send("POST", "/whip", SDP, OFFER);
        String location = created.headers().firstValue("Location").orElseThrow();
        assertAll(
                () -> assertEquals(201, created.statusCode()),
                () -> assertEquals(FakeSessionHandler.ANSWER, created.body()),
                () -> assertEquals(SDP, created.headers().firstValue("Content-Type").orElseThrow()),
                () -> assertTrue(location.matches("/whip/[A-Za-z0-9_-]{22}"), location),
                () -> assertTrue(created.headers().firstValue("ETag").orElseThrow().startsWith("\"")),
                () -> assertEquals(List.of("<stun:127.0.0.1:3478>; rel=\"ice-server\"",
                        "<turn:127.0.0.1:3478?transport=udp>; rel=\"ice-server\"; username=\"user\"; "
                                + "credential=\"pass\"; credential-type=\"password\""),
                        created.headers().allValues("Link")),
                () -> assertCors(created),
                () -> assertEquals(List.of(OFFER), handler.offers),
                () -> assertEquals(1, server.sessionCount()));
        String id = location.substring("/whip/".length());
        assertEquals(id, handler.sessions.get(id).context.sessionId());
    }

    @Test
    void deleteEndsTheSessionOnceThen404() {
        String location = http.send("POST", "/whep", SDP, OFFER).headers().firstValue("Location").orElseThrow();
        HttpResponse<String> deleted = http.send("DELETE", location, null, null);
        assertEquals(200, deleted.statusCode());
        assertCors(deleted);
        assertEquals(1, handler.closed.get());
        assertEquals(0, server.sessionCount());
        assertEquals(404, http.send("DELETE", location, null, null).statusCode());
        assertEquals(404, http.send("PATCH", location, TrickleIceSdpFrag.CONTENT_TYPE, FRAG).statusCode());
        assertEquals(1, handler.closed.get(), "close is called once");
    }

    @Test
    void patchTricklesParsedCandidates() {
        HttpResponse<String> created = http.send("POST", "/whip", SDP, OFFER);
        String location = created.headers().firstValue("Location").orElseThrow();
        String etag = created.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> patched = http.send("PATCH", location, TrickleIceSdpFrag.CONTENT_TYPE, FRAG, "If-Match", etag);
        assertEquals(204, patched.statusCode());
        assertCors(patched);
        FakeSessionHandler.FakeSession session = handler.sessions.values().iterator().next();
        assertEquals(List.of(TrickleIceSdpFrag.parse(FRAG)), session.trickles);

        assertEquals(412, http.send("PATCH", location, TrickleIceSdpFrag.CONTENT_TYPE, FRAG, "If-Match", "\"other\"")
                .statusCode());
        HttpResponse<String> badFrag = http.send("PATCH", location, TrickleIceSdpFrag.CONTENT_TYPE, "a=candidate:1 1 udp 1 127.0.0.1 9 typ host");
        assertEquals(400, badFrag.statusCode());
        assertTrue(badFrag.body().startsWith("bad sdpfrag: line 1"), badFrag.body());
        HttpResponse<String> refused = http.send("PATCH", location, TrickleIceSdpFrag.CONTENT_TYPE, "a=ice-ufrag:x\r\n");
        assertEquals(400, refused.statusCode(), "the session's IllegalArgumentException");
        assertEquals("no media section\n", refused.body());
        assertEquals(415, http.send("PATCH", location, SDP, FRAG).statusCode());
        assertEquals(405, http.send("GET", location, null, null).statusCode());
    }

    @Test
    void patchOnASessionWithoutTrickleIs405() {
        handler.withoutTrickle();
        String location = http.send("POST", "/whip", SDP, OFFER).headers().firstValue("Location").orElseThrow();
        HttpResponse<String> patched = http.send("PATCH", location, TrickleIceSdpFrag.CONTENT_TYPE, FRAG);
        assertEquals(405, patched.statusCode());
        assertEquals("DELETE, OPTIONS", patched.headers().firstValue("Allow").orElseThrow());
    }

    @Test
    void badOfferIs400WithTheHandlersReason() {
        handler.answerWith(sdp -> CompletableFuture.failedFuture(
                new BadOfferException("line 5 'm=audio 9 UDP/TLS/RTP/SAVPF 111': no a=mid")));
        HttpResponse<String> refused = http.send("POST", "/whip", SDP, OFFER);
        assertEquals(400, refused.statusCode());
        assertEquals("line 5 'm=audio 9 UDP/TLS/RTP/SAVPF 111': no a=mid\n", refused.body());
        assertCors(refused);

        handler.answerWith(sdp -> {
            throw new IllegalArgumentException("thrown, not returned");
        });
        assertEquals("thrown, not returned\n", http.send("POST", "/whip", SDP, OFFER).body());
        assertEquals(0, server.sessionCount());
    }

    @Test
    void handlerBugIs500AndSlowHandlerIs503() {
        handler.answerWith(sdp -> CompletableFuture.failedFuture(new IllegalStateException("bug")));
        HttpResponse<String> failed = http.send("POST", "/whip", SDP, OFFER);
        assertEquals(500, failed.statusCode());
        assertEquals("internal error\n", failed.body(), "internals stay in the log");

        CompletableFuture<SessionAnswer> late = new CompletableFuture<>();
        handler.answerWith(sdp -> late);
        HttpResponse<String> timedOut = http.send("POST", "/whip", SDP, OFFER);
        assertEquals(503, timedOut.statusCode());
        FakeSessionHandler.FakeSession lateSession = handler.new FakeSession(null);
        late.complete(new SessionAnswer("v=0", lateSession));
        assertTrue(lateSession.isClosed, "an answer nobody receives closes its session");
        assertEquals(0, server.sessionCount());
    }

    @Test
    void everyRefusalHasItsStatus() {
        HttpResponse<String> wrongType = http.send("POST", "/whip", "application/json", "{}");
        assertEquals(415, wrongType.statusCode());
        assertTrue(wrongType.body().startsWith("expected Content-Type: application/sdp"), wrongType.body());
        assertEquals(415, http.send("POST", "/whip", null, OFFER).statusCode());
        assertEquals(201, http.send("POST", "/whip", "Application/SDP; charset=utf-8", OFFER).statusCode());

        HttpResponse<String> get = http.send("GET", "/whip", null, null);
        assertEquals(405, get.statusCode());
        assertEquals("POST, OPTIONS", get.headers().firstValue("Allow").orElseThrow());
        assertCors(get);

        assertEquals(400, http.send("POST", "/whip", SDP, " \r\n").statusCode());
        assertEquals(404, http.send("DELETE", "/whip/nosuchsession", null, null).statusCode());
        assertEquals(404, http.send("POST", "/elsewhere", SDP, OFFER).statusCode());

        HttpResponse<String> tooBig = http.send("POST", "/whip", SDP, "a".repeat(64 * 1024 + 1));
        assertEquals(413, tooBig.statusCode());
        assertCors(tooBig);
        assertEquals(201, http.send("POST", "/whip", SDP, OFFER).statusCode(), "the server still serves");
        assertEquals(2, handler.offers.size(), "only the two accepted offers reached the handler");
    }

    @Test
    void preflightAnswers204WithCorsAndIceServers() {
        HttpResponse<String> preflight = http.send("OPTIONS", "/whip", null, null,
                "Origin", "http://example.test", "Access-Control-Request-Method", "POST");
        assertEquals(204, preflight.statusCode());
        assertCors(preflight);
        assertEquals(2, preflight.headers().allValues("Link").size());
        assertEquals(204, http.send("OPTIONS", "/whip/anything", null, null).statusCode());
    }

    @Test
    void servesTheStaticPage() {
        HttpResponse<String> page = http.send("GET", "/", null, null);
        assertEquals(200, page.statusCode());
        assertEquals("<h1>echo</h1>", page.body());
        assertEquals("text/html; charset=utf-8", page.headers().firstValue("Content-Type").orElseThrow());
        HttpResponse<String> head = http.send("HEAD", "/", null, null);
        assertEquals(200, head.statusCode());
        assertEquals("13", head.headers().firstValue("Content-Length").orElseThrow());
        assertEquals(405, http.send("POST", "/", "text/plain", "x").statusCode());
    }

    @Test
    void aSessionThatEndsOnItsOwnIsForgotten() {
        String location = http.send("POST", "/whip", SDP, OFFER).headers().firstValue("Location").orElseThrow();
        assertEquals(1, server.sessionCount());
        handler.sessions.values().iterator().next().context.ended("ICE failed");
        assertEquals(0, server.sessionCount());
        assertEquals(404, http.send("DELETE", location, null, null).statusCode());
        assertEquals(0, handler.closed.get(), "the server does not close what reported its own end");
    }

    @Test
    void closingTheServerClosesLiveSessions() {
        http.send("POST", "/whip", SDP, OFFER);
        http.send("POST", "/whep", SDP, OFFER);
        server.close();
        assertEquals(2, handler.closed.get());
        assertEquals(0, server.sessionCount());
    }

    static void assertCors(HttpResponse<?> response) {
        assertEquals("*", response.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        assertEquals("Content-Type, Authorization, If-Match",
                response.headers().firstValue("Access-Control-Allow-Headers").orElse(null));
        assertTrue(response.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("PATCH"));
        assertEquals("Location, Link, ETag", response.headers().firstValue("Access-Control-Expose-Headers").orElse(null));
    }
}

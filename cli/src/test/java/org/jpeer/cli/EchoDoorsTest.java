package org.jpeer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jpeer.signaling.SignalMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Bad input at every door of {@code jpeer echo}: each gets one clear error, and the server goes on
 * serving (after each test a real sender still gets its echo).
 */
@Timeout(60)
class EchoDoorsTest {
    private static final String NO_MEDIA_OFFER = "v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static RunningCommand echo;
    private static String base;

    @BeforeAll
    static void startEcho() throws InterruptedException {
        echo = RunningCommand.start("echo", "--http", "127.0.0.1:0");
        base = echo.awaitBaseUrl(Duration.ofSeconds(20));
    }

    @AfterAll
    static void stopEcho() {
        echo.close();
    }

    @AfterEach
    void stillServesOthers() {
        RunningCommand.Result r = RunningCommand.run("send", "--echo-test", base + "/offer");
        assertEquals(0, r.status(), "the server stopped serving: " + r);
    }

    @Test
    void garbageOfferIs400WithTheReason() throws Exception {
        HttpResponse<String> r = post("/whip", "application/sdp", "hello, not SDP");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("line 1"), r.body());
    }

    @Test
    void offerWithoutMediaIs400() throws Exception {
        HttpResponse<String> r = post("/whip", "application/sdp", NO_MEDIA_OFFER);
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("no media section"), r.body());
    }

    @Test
    void echoTestOfferThatIsNotJsonIs400() throws Exception {
        HttpResponse<String> r = post("/offer", "application/json", "{\"type\":\"offer\",");
        assertEquals(400, r.statusCode(), r.body());
    }

    @Test
    void oversizedOfferIs413() throws Exception {
        HttpResponse<String> r = post("/whip", "application/sdp", "v=0\r\n" + "a=x\r\n".repeat(40_000));
        assertEquals(413, r.statusCode());
    }

    @Test
    void wrongContentTypeIs415() throws Exception {
        HttpResponse<String> r = post("/whip", "text/plain", NO_MEDIA_OFFER);
        assertEquals(415, r.statusCode());
    }

    @Test
    void unknownSessionIs404() throws Exception {
        HttpRequest delete = HttpRequest.newBuilder(URI.create(base + "/whip/no-such-session")).DELETE().build();
        assertEquals(404, HTTP.send(delete, HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    @Test
    void malformedRoomMessageGetsAnErrorAndTheSocketStaysUsable() throws Exception {
        BlockingQueue<String> received = new LinkedBlockingQueue<>();
        WebSocket.Listener listener = new WebSocket.Listener() {
            @Override
            public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                received.add(data.toString());
                ws.request(1);
                return null;
            }
        };
        URI rooms = URI.create(base.replace("http://", "ws://") + "/ws?room=doors");
        WebSocket a = HTTP.newWebSocketBuilder().buildAsync(rooms, listener).join();
        WebSocket b = HTTP.newWebSocketBuilder().buildAsync(rooms, listener).join();
        a.sendText("{not json", true).join();
        SignalMessage error = SignalMessage.fromJson(received.poll(5, TimeUnit.SECONDS));
        assertInstanceOf(SignalMessage.ErrorMessage.class, error);

        a.sendText(new SignalMessage.Offer("v=0").toJson(), true).join();
        assertEquals(new SignalMessage.Offer("v=0"), SignalMessage.fromJson(received.poll(5, TimeUnit.SECONDS)));
        a.sendClose(WebSocket.NORMAL_CLOSURE, "").join();
        b.sendClose(WebSocket.NORMAL_CLOSURE, "").join();
    }

    private static HttpResponse<String> post(String path, String contentType, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}

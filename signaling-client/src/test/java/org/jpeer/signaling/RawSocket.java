package org.jpeer.signaling;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A bare JDK WebSocket for sending what RoomClient never would (garbage, binary) and reading raw text. */
final class RawSocket {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    final BlockingQueue<String> received = new LinkedBlockingQueue<>();
    final CompletableFuture<Integer> closed = new CompletableFuture<>();
    final WebSocket socket;

    private RawSocket(URI uri) {
        socket = CLIENT.newWebSocketBuilder().buildAsync(uri, new WebSocket.Listener() {
            private final StringBuilder text = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                text.append(data);
                if (last) {
                    received.add(text.toString());
                    text.setLength(0);
                }
                ws.request(1);
                return null;
            }

            @Override
            public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
                closed.complete(statusCode);
                return null;
            }

            @Override
            public void onError(WebSocket ws, Throwable error) {
                closed.completeExceptionally(error);
            }
        }).join();
    }

    static RawSocket join(SignalingServer server, String room) {
        return new RawSocket(URI.create("ws://127.0.0.1:" + server.port() + "/ws?room=" + room));
    }

    RawSocket send(String text) {
        socket.sendText(text, true).join();
        return this;
    }

    RawSocket sendBinary(byte[] bytes) {
        socket.sendBinary(ByteBuffer.wrap(bytes), true).join();
        return this;
    }

    /** The next text message, failing after 5 s. */
    String next() {
        try {
            String text = received.poll(5, TimeUnit.SECONDS);
            if (text == null) {
                throw new AssertionError("no message within 5 s");
            }
            return text;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}

package org.jpeer.signaling;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import org.jpeer.signaling.internal.HttpCalls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A member of a WebSocket room ({@code ws://HOST:PORT/ws?room=NAME}, DESIGN.md "WebSocket rooms"):
 * sends {@link SignalMessage}s to the other member and hands each message from it to a consumer.
 *
 * <pre>{@code
 * RoomClient room = RoomClient.connect(URI.create("ws://127.0.0.1:8080/ws"), "demo", message -> {
 *     if (message instanceof SignalMessage.Answer answer) pc.setRemoteDescription(...);
 * }).join();
 * room.send(new SignalMessage.Offer(offerSdp));
 * ...
 * room.close();
 * }</pre>
 *
 * <p>Messages are delivered one at a time, in order, on a JDK WebSocket thread; the consumer should not
 * block. A message that does not decode (or has an unknown type) is logged and skipped.
 */
public final class RoomClient implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RoomClient.class);
    /** The largest message accepted from the server; it relays nothing near this size. */
    private static final int MAX_MESSAGE_CHARS = 1024 * 1024;

    private final String room;
    private final Consumer<SignalMessage> onMessage;
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private WebSocket socket;
    /** The last send in progress; the JDK WebSocket allows one outstanding send at a time. */
    private CompletableFuture<Void> lastSend = CompletableFuture.completedFuture(null);

    private RoomClient(String room, Consumer<SignalMessage> onMessage) {
        this.room = room;
        this.onMessage = onMessage;
    }

    /**
     * Joins {@code room} on the server whose rooms live at {@code roomsUrl} (e.g. {@code ws://127.0.0.1:8080/ws}).
     * Completes once connected; a full room is reported as an {@link SignalMessage.ErrorMessage} followed
     * by {@link #closed()}.
     */
    public static CompletableFuture<RoomClient> connect(URI roomsUrl, String room, Consumer<SignalMessage> onMessage) {
        return connect(HttpCalls.defaultClient(), roomsUrl, room, onMessage);
    }

    /** As {@link #connect(URI, String, Consumer)}, with a given JDK client. */
    public static CompletableFuture<RoomClient> connect(HttpClient http, URI roomsUrl, String room,
            Consumer<SignalMessage> onMessage) {
        Objects.requireNonNull(onMessage, "onMessage");
        RoomClient client = new RoomClient(Objects.requireNonNull(room, "room"), onMessage);
        String query = "room=" + URLEncoder.encode(room, StandardCharsets.UTF_8);
        String url = roomsUrl.toString();
        URI uri = URI.create(url + (roomsUrl.getRawQuery() == null ? "?" : "&") + query);
        return http.newWebSocketBuilder()
                .connectTimeout(HttpCalls.DEFAULT_TIMEOUT)
                .buildAsync(uri, client.new Listener())
                .thenApply(socket -> {
                    client.socket = socket;
                    return client;
                });
    }

    /** Sends a message; sends are queued, so calls from several threads keep their order of calling. */
    public synchronized CompletableFuture<Void> send(SignalMessage message) {
        String json = message.toJson();
        lastSend = lastSend.handle((ignored, failure) -> null)
                .thenCompose(ignored -> socket.sendText(json, true))
                .thenApply(ignored -> null);
        return lastSend;
    }

    /** Completes with the WebSocket close status when the connection ends; fails on a transport error. */
    public CompletableFuture<Integer> closed() {
        return closed;
    }

    /** Leaves the room after pending sends; the other member gets {@code bye}. */
    @Override
    public synchronized void close() {
        lastSend = lastSend.handle((ignored, failure) -> null)
                .thenCompose(ignored -> socket.isOutputClosed()
                        ? CompletableFuture.completedFuture(socket)
                        : socket.sendClose(WebSocket.NORMAL_CLOSURE, ""))
                .thenApply(ignored -> null);
    }

    private void deliver(String text) {
        SignalMessage message;
        try {
            message = SignalMessage.fromJson(text);
        } catch (IllegalArgumentException e) {
            LOG.warn("room {}: skipping message: {}", room, e.getMessage());
            return;
        }
        try {
            onMessage.accept(message);
        } catch (RuntimeException e) {
            LOG.warn("room {}: message consumer failed on {}", room, message.type(), e);
        }
    }

    /** Joins text fragments into messages and asks for one message at a time. */
    private final class Listener implements WebSocket.Listener {
        private final StringBuilder text = new StringBuilder();
        private boolean oversized;

        @Override
        public void onOpen(WebSocket webSocket) {
            webSocket.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            oversized |= text.length() + data.length() > MAX_MESSAGE_CHARS;
            if (!oversized) {
                text.append(data);
            }
            if (last) {
                if (oversized) {
                    LOG.warn("room {}: skipping a message over {} characters", room, MAX_MESSAGE_CHARS);
                } else {
                    deliver(text.toString());
                }
                text.setLength(0);
                oversized = false;
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            LOG.debug("room {}: closed {} {}", room, statusCode, reason);
            closed.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            LOG.debug("room {}: connection failed", room, error);
            closed.completeExceptionally(error);
        }
    }
}

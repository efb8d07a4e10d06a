package org.jpeer.signaling;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.jpeer.signaling.internal.HttpCalls;

/**
 * The client side of the webrtc-echoes signaling (sipsorcery/webrtc-echoes): {@code POST} the complete
 * offer (candidates included) as JSON to the server's {@code /offer} URL, get the complete answer back.
 *
 * <pre>{@code
 * EchoTestClient client = EchoTestClient.builder(URI.create("http://127.0.0.1:8080/offer")).build();
 * String answerSdp = client.offer(offerSdp).join();
 * }</pre>
 */
public final class EchoTestClient {
    private final URI offerUrl;
    private final Duration timeout;
    private final HttpClient http;

    private EchoTestClient(Builder builder) {
        this.offerUrl = builder.offerUrl;
        this.timeout = builder.timeout;
        this.http = builder.http;
    }

    public static Builder builder(URI offerUrl) {
        return new Builder(offerUrl);
    }

    /**
     * Sends {@code {"type":"offer","sdp":...}}; completes with the answer SDP. Fails with
     * {@link HttpStatusException} on a non-2xx status, or {@link IllegalArgumentException} when the
     * body is not a JSON answer.
     */
    public CompletableFuture<String> offer(String offerSdp) {
        HttpRequest request = HttpRequest.newBuilder(offerUrl)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(new SignalMessage.Offer(offerSdp).toJson()))
                .build();
        return HttpCalls.send(http, request, 0).thenApply(response -> {
            SignalMessage reply;
            try {
                reply = SignalMessage.fromJson(response.body());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("POST " + offerUrl + ": expected a JSON answer: " + e.getMessage(), e);
            }
            if (!(reply instanceof SignalMessage.Answer answer)) {
                throw new IllegalArgumentException("POST " + offerUrl + ": expected type 'answer', got '"
                        + reply.type() + "'");
            }
            return answer.sdp();
        });
    }

    /** Options of an {@link EchoTestClient}. */
    public static final class Builder {
        private final URI offerUrl;
        private Duration timeout = HttpCalls.DEFAULT_TIMEOUT;
        private HttpClient http = HttpCalls.defaultClient();

        private Builder(URI offerUrl) {
            this.offerUrl = Objects.requireNonNull(offerUrl, "offerUrl");
        }

        /** Request timeout; default 10 s. */
        public Builder timeout(Duration timeout) {
            this.timeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        public Builder httpClient(HttpClient client) {
            this.http = Objects.requireNonNull(client, "client");
            return this;
        }

        public EchoTestClient build() {
            return new EchoTestClient(this);
        }
    }
}

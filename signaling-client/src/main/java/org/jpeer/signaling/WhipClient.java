package org.jpeer.signaling;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.jpeer.signaling.internal.HttpCalls;
import org.jpeer.signaling.internal.LinkHeaders;

/**
 * A WHIP client (RFC 9725), and equally a WHEP client: WHEP is the same exchange with a receive-only
 * offer. {@link #post} sends the offer and gives a {@link WhipSession} with the answer, the session URL
 * and the ICE servers the endpoint announced.
 *
 * <pre>{@code
 * WhipClient client = WhipClient.builder(URI.create("http://127.0.0.1:8080/whip"))
 *         .bearerToken("secret")
 *         .build();
 * WhipSession session = client.post(offerSdp).join();
 * pc.setRemoteDescription(answer(session.answerSdp()));
 * ...
 * session.delete().join();
 * }</pre>
 */
public final class WhipClient {
    private final URI endpoint;
    private final String bearerToken;
    private final Duration timeout;
    private final HttpClient http;

    private WhipClient(Builder builder) {
        this.endpoint = builder.endpoint;
        this.bearerToken = builder.bearerToken;
        this.timeout = builder.timeout;
        this.http = builder.http;
    }

    public static Builder builder(URI endpoint) {
        return new Builder(endpoint);
    }

    /**
     * Posts an offer; completes with the session once the endpoint answered {@code 201 Created}, or fails
     * with {@link HttpStatusException} carrying the status and the server's reason.
     */
    public CompletableFuture<WhipSession> post(String offerSdp) {
        HttpRequest request = request(endpoint)
                .header("Content-Type", "application/sdp")
                .POST(HttpRequest.BodyPublishers.ofString(offerSdp))
                .build();
        return HttpCalls.send(http, request, 201).thenApply(response -> {
            String location = response.headers().firstValue("Location").orElseThrow(() ->
                    new HttpStatusException("POST " + endpoint + " (201 without Location)", 201, response.body()));
            return new WhipSession(this, endpoint.resolve(location), response.body(),
                    LinkHeaders.parseIceServers(response.headers().allValues("Link")),
                    response.headers().firstValue("ETag").orElse(null));
        });
    }

    /** A request builder with the timeout and the token set. */
    HttpRequest.Builder request(URI uri) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(timeout);
        if (bearerToken != null) {
            builder.header("Authorization", "Bearer " + bearerToken);
        }
        return builder;
    }

    HttpClient http() {
        return http;
    }

    /** Options of a {@link WhipClient}. */
    public static final class Builder {
        private final URI endpoint;
        private String bearerToken;
        private Duration timeout = HttpCalls.DEFAULT_TIMEOUT;
        private HttpClient http = HttpCalls.defaultClient();

        private Builder(URI endpoint) {
            this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        }

        /** Sends {@code Authorization: Bearer <token>} with every request. */
        public Builder bearerToken(String token) {
            this.bearerToken = Objects.requireNonNull(token, "token");
            return this;
        }

        /** Per-request timeout; default 10 s. */
        public Builder timeout(Duration timeout) {
            this.timeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        /** The JDK client to use, e.g. one with a proxy or TLS settings; default a shared HTTP/1.1 client. */
        public Builder httpClient(HttpClient client) {
            this.http = Objects.requireNonNull(client, "client");
            return this;
        }

        public WhipClient build() {
            return new WhipClient(this);
        }
    }
}

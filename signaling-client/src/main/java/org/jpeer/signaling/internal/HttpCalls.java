package org.jpeer.signaling.internal;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.jpeer.signaling.HttpStatusException;

/** The HTTP plumbing the WHIP and echo-test clients share. */
public final class HttpCalls {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    private HttpCalls() {
    }

    /**
     * One client for all default-configured JPeer clients: it owns a selector thread and a connection
     * pool, which should not be made per request. HTTP/1.1 because signaling servers (ours included)
     * need no HTTP/2 and the JDK's cleartext upgrade attempt only adds a round of headers.
     */
    public static HttpClient defaultClient() {
        return Holder.CLIENT;
    }

    /** Sends and fails with {@link HttpStatusException} unless the status is {@code expectedStatus} (or any 2xx when 0). */
    public static CompletableFuture<HttpResponse<String>> send(HttpClient client, HttpRequest request,
            int expectedStatus) {
        return client.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenApply(response -> {
            int status = response.statusCode();
            boolean expected = expectedStatus == 0 ? status / 100 == 2 : status == expectedStatus;
            if (!expected) {
                throw new HttpStatusException(request.method() + " " + request.uri(), status, response.body());
            }
            return response;
        });
    }

    private static final class Holder {
        static final HttpClient CLIENT = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(DEFAULT_TIMEOUT)
                .build();
    }
}

package org.jpeer.signaling;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.jpeer.signaling.internal.HttpCalls;

/**
 * A session a {@link WhipClient} opened: the answer, the session URL, announced ICE servers, and the
 * two requests a session URL takes.
 *
 * <pre>{@code
 * session.patch(TrickleIceSdpFrag.builder(ufrag, pwd).candidate("0", candidate).build()).join();
 * session.delete().join();
 * }</pre>
 */
public final class WhipSession {
    private final WhipClient client;
    private final URI location;
    private final String answerSdp;
    private final List<IceServer> iceServers;
    private final String etag;

    WhipSession(WhipClient client, URI location, String answerSdp, List<IceServer> iceServers, String etag) {
        this.client = client;
        this.location = location;
        this.answerSdp = answerSdp;
        this.iceServers = List.copyOf(iceServers);
        this.etag = etag;
    }

    public String answerSdp() {
        return answerSdp;
    }

    /** The session URL, resolved against the endpoint. */
    public URI location() {
        return location;
    }

    /** STUN/TURN servers from the {@code Link: rel="ice-server"} headers, in header order. */
    public List<IceServer> iceServers() {
        return iceServers;
    }

    /** The session's entity tag, sent back as {@code If-Match} on {@link #patch}. */
    public Optional<String> etag() {
        return Optional.ofNullable(etag);
    }

    /** Trickles candidates; completes on {@code 204} (or another 2xx). */
    public CompletableFuture<Void> patch(TrickleIceSdpFrag fragment) {
        HttpRequest.Builder request = client.request(location)
                .header("Content-Type", TrickleIceSdpFrag.CONTENT_TYPE)
                .method("PATCH", HttpRequest.BodyPublishers.ofString(fragment.toSdpFrag()));
        if (etag != null) {
            request.header("If-Match", etag);
        }
        return HttpCalls.send(client.http(), request.build(), 0).thenApply(response -> null);
    }

    /** Ends the session; completes on a 2xx. */
    public CompletableFuture<Void> delete() {
        HttpRequest request = client.request(location).DELETE().build();
        return HttpCalls.send(client.http(), request, 0).thenApply(response -> null);
    }

    @Override
    public String toString() {
        return "WhipSession[" + location + "]";
    }
}

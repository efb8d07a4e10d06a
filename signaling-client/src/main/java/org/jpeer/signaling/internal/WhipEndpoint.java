package org.jpeer.signaling.internal;

import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jpeer.signaling.Session;
import org.jpeer.signaling.SessionHandler;
import org.jpeer.signaling.TrickleIceSdpFrag;

/**
 * One WHIP or WHEP endpoint (RFC 9725; WHEP uses the same exchange): {@code POST path} opens a session,
 * {@code PATCH path/id} trickles, {@code DELETE path/id} ends it.
 */
public final class WhipEndpoint {
    public static final String SDP = "application/sdp";
    /** Netty names no constant for the RFC 8288 header. */
    public static final String LINK = "Link";
    public static final String COLLECTION_METHODS = "POST, OPTIONS";
    public static final String SESSION_METHODS = "PATCH, DELETE, OPTIONS";

    private final String path;
    private final SessionHandler handler;
    private final SessionRegistry registry;
    private final OfferDispatcher dispatcher;
    private final String bearerToken;
    private final List<String> linkHeaders;

    public WhipEndpoint(String path, SessionHandler handler, SessionRegistry registry, OfferDispatcher dispatcher,
            String bearerToken, List<String> linkHeaders) {
        this.path = path;
        this.handler = handler;
        this.registry = registry;
        this.dispatcher = dispatcher;
        this.bearerToken = bearerToken;
        this.linkHeaders = List.copyOf(linkHeaders);
    }

    /** {@code Link} header values announcing the ICE servers. */
    public List<String> linkHeaders() {
        return linkHeaders;
    }

    /** A request to the endpoint itself: only {@code POST} with an offer. */
    public void handleCollection(ChannelHandlerContext ctx, FullHttpRequest request, boolean keepAlive) {
        FullHttpResponse refusal = refuse(request, HttpMethod.POST.equals(request.method()), COLLECTION_METHODS, SDP);
        if (refusal != null) {
            HttpResponses.send(ctx, keepAlive, refusal);
            return;
        }
        String offer = HttpRequests.utf8Body(request.content());
        if (offer.isBlank()) {
            HttpResponses.send(ctx, keepAlive, HttpResponses.text(HttpResponseStatus.BAD_REQUEST, "empty offer"));
            return;
        }
        SessionRegistry.Ticket ticket = registry.open(path, (InetSocketAddress) ctx.channel().remoteAddress());
        String etag = SessionRegistry.newEtag();
        dispatcher.dispatch(ctx, keepAlive, handler, offer, ticket, etag, answer -> {
            FullHttpResponse created = HttpResponses.create(HttpResponseStatus.CREATED, SDP, answer.sdp());
            created.headers().set(HttpHeaderNames.LOCATION, path + "/" + ticket.sessionId());
            created.headers().set(HttpHeaderNames.ETAG, etag);
            created.headers().add(WhipEndpoint.LINK, linkHeaders);
            return created;
        });
    }

    /** A request to a session URL: {@code PATCH} trickles, {@code DELETE} ends. */
    public void handleSession(ChannelHandlerContext ctx, FullHttpRequest request, boolean keepAlive, String id) {
        boolean patch = HttpMethod.PATCH.equals(request.method());
        boolean delete = HttpMethod.DELETE.equals(request.method());
        FullHttpResponse refusal =
                refuse(request, patch || delete, SESSION_METHODS, patch ? TrickleIceSdpFrag.CONTENT_TYPE : null);
        if (refusal != null) {
            HttpResponses.send(ctx, keepAlive, refusal);
            return;
        }
        SessionRegistry.Entry entry = registry.find(path, id);
        if (entry == null) {
            HttpResponses.send(ctx, keepAlive, HttpResponses.text(HttpResponseStatus.NOT_FOUND, "no session " + id));
        } else if (delete) {
            if (registry.remove(id, entry)) {
                SessionRegistry.closeQuietly(entry.session(), id);
            }
            HttpResponses.send(ctx, keepAlive, HttpResponses.empty(HttpResponseStatus.OK));
        } else {
            trickle(ctx, request, keepAlive, entry);
        }
    }

    private void trickle(ChannelHandlerContext ctx, FullHttpRequest request, boolean keepAlive,
            SessionRegistry.Entry entry) {
        String ifMatch = request.headers().get(HttpHeaderNames.IF_MATCH);
        if (ifMatch != null && !ifMatch.trim().equals("*") && !ifMatch.contains(entry.etag())) {
            HttpResponses.send(ctx, keepAlive, HttpResponses.text(HttpResponseStatus.PRECONDITION_FAILED,
                    "If-Match " + ifMatch + " does not match the session's ETag"));
            return;
        }
        TrickleIceSdpFrag fragment;
        try {
            fragment = TrickleIceSdpFrag.parse(HttpRequests.utf8Body(request.content()));
        } catch (IllegalArgumentException e) {
            HttpResponses.send(ctx, keepAlive,
                    HttpResponses.text(HttpResponseStatus.BAD_REQUEST, "bad sdpfrag: " + e.getMessage()));
            return;
        }
        Session session = entry.session();
        callTrickle(session, fragment).whenComplete((done, failure) -> {
            Throwable cause = OfferDispatcher.unwrap(failure);
            FullHttpResponse response;
            if (cause == null) {
                response = HttpResponses.empty(HttpResponseStatus.NO_CONTENT);
            } else if (cause instanceof UnsupportedOperationException) {
                response = HttpResponses.methodNotAllowed("PATCH", "DELETE, OPTIONS");
            } else {
                response = OfferDispatcher.failureResponse(cause, "");
            }
            HttpResponses.send(ctx, keepAlive, response);
        });
    }

    private static CompletableFuture<Void> callTrickle(Session session,
            TrickleIceSdpFrag fragment) {
        try {
            CompletableFuture<Void> done = session.trickle(fragment);
            return done != null ? done : CompletableFuture.completedFuture(null);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /**
     * The error response for a request this endpoint will not take, checked in the order a client can
     * fix them: method (405), token (401), content type (415); null when the request may proceed.
     */
    private FullHttpResponse refuse(FullHttpRequest request, boolean methodAllowed, String allow,
            String contentType) {
        if (!methodAllowed) {
            return HttpResponses.methodNotAllowed(request.method().name(), allow);
        }
        if (bearerToken != null && !HttpRequests.hasBearerToken(request, bearerToken)) {
            FullHttpResponse unauthorized =
                    HttpResponses.text(HttpResponseStatus.UNAUTHORIZED, "missing or wrong bearer token");
            unauthorized.headers().set(HttpHeaderNames.WWW_AUTHENTICATE, "Bearer");
            return unauthorized;
        }
        if (contentType != null && !HttpRequests.hasContentType(request, contentType)) {
            return HttpResponses.text(HttpResponseStatus.UNSUPPORTED_MEDIA_TYPE,
                    "expected Content-Type: " + contentType + ", got "
                            + request.headers().get(HttpHeaderNames.CONTENT_TYPE, "none"));
        }
        return null;
    }
}

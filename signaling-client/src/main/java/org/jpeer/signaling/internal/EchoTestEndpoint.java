package org.jpeer.signaling.internal;

import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.net.InetSocketAddress;
import org.jpeer.signaling.SessionHandler;
import org.jpeer.signaling.SignalMessage;

/**
 * The webrtc-echoes signaling endpoint (sipsorcery/webrtc-echoes, PeerConnectionTestSpecification):
 * {@code POST} a JSON {@code RTCSessionDescriptionInit} offer, get {@code 200} with the JSON answer,
 * candidates included, no trickle. The reference clients send {@code application/json} but the
 * specification names no content type, so any is accepted; the body must be the JSON offer.
 */
public final class EchoTestEndpoint {
    public static final String JSON = "application/json";

    private final String path;
    private final SessionHandler handler;
    private final SessionRegistry registry;
    private final OfferDispatcher dispatcher;

    public EchoTestEndpoint(String path, SessionHandler handler, SessionRegistry registry,
            OfferDispatcher dispatcher) {
        this.path = path;
        this.handler = handler;
        this.registry = registry;
        this.dispatcher = dispatcher;
    }

    public void handle(ChannelHandlerContext ctx, FullHttpRequest request, boolean keepAlive) {
        if (!HttpMethod.POST.equals(request.method())) {
            HttpResponses.send(ctx, keepAlive, HttpResponses.methodNotAllowed(request.method().name(), "POST, OPTIONS"));
            return;
        }
        SignalMessage message;
        try {
            message = SignalCodec.decode(Json.parseObject(HttpRequests.utf8Body(request.content())));
        } catch (IllegalArgumentException e) {
            HttpResponses.send(ctx, keepAlive, HttpResponses.text(HttpResponseStatus.BAD_REQUEST,
                    "expected {\"type\":\"offer\",\"sdp\":\"...\"}: " + e.getMessage()));
            return;
        }
        if (!(message instanceof SignalMessage.Offer offer)) {
            HttpResponses.send(ctx, keepAlive, HttpResponses.text(HttpResponseStatus.BAD_REQUEST,
                    "expected type 'offer', got '" + message.type() + "'"));
            return;
        }
        SessionRegistry.Ticket ticket = registry.open(path, (InetSocketAddress) ctx.channel().remoteAddress());
        dispatcher.dispatch(ctx, keepAlive, handler, offer.sdp(), ticket, null,
                answer -> HttpResponses.create(HttpResponseStatus.OK, JSON,
                        new SignalMessage.Answer(answer.sdp()).toJson()));
    }
}

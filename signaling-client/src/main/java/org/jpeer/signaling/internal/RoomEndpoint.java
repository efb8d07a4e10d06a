package org.jpeer.signaling.internal;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.handler.codec.http.websocketx.WebSocketDecoderConfig;
import io.netty.handler.codec.http.websocketx.WebSocketFrameAggregator;
import io.netty.handler.codec.http.websocketx.WebSocketServerHandshaker;
import io.netty.handler.codec.http.websocketx.WebSocketServerHandshakerFactory;
import java.util.List;
import java.util.regex.Pattern;

/** {@code GET /ws?room=NAME} with a WebSocket upgrade: checks the request, then hands the connection to a room. */
public final class RoomEndpoint {
    private static final Pattern ROOM_NAME = Pattern.compile("[A-Za-z0-9._~-]{1,64}");
    /**
     * Messages up to the body limit are relayed; larger ones, up to this many times the limit, are
     * refused with an error and the connection stays; beyond that the frame decoder closes it (1009),
     * since it would have to buffer without bound.
     */
    private static final int HARD_LIMIT_FACTOR = 4;

    private final String path;
    private final RoomRegistry rooms;
    private final int maxMessageBytes;

    public RoomEndpoint(String path, RoomRegistry rooms, int maxMessageBytes) {
        this.path = path;
        this.rooms = rooms;
        this.maxMessageBytes = maxMessageBytes;
    }

    public void upgrade(ChannelHandlerContext ctx, FullHttpRequest request, boolean keepAlive) {
        if (!HttpMethod.GET.equals(request.method())) {
            HttpResponses.send(ctx, keepAlive, HttpResponses.methodNotAllowed(request.method().name(), "GET"));
            return;
        }
        if (!request.headers().containsValue(HttpHeaderNames.UPGRADE, HttpHeaderValues.WEBSOCKET, true)) {
            HttpResponses.send(ctx, keepAlive, HttpResponses.text(HttpResponseStatus.BAD_REQUEST,
                    "expected a WebSocket upgrade: ws://HOST:PORT" + path + "?room=NAME"));
            return;
        }
        List<String> room = new QueryStringDecoder(request.uri()).parameters().get("room");
        if (room == null || room.size() != 1 || !ROOM_NAME.matcher(room.get(0)).matches()) {
            HttpResponses.send(ctx, keepAlive, HttpResponses.text(HttpResponseStatus.BAD_REQUEST,
                    "need one room=NAME parameter, NAME 1-64 characters of A-Z a-z 0-9 . _ ~ -"));
            return;
        }
        int hardLimit = maxMessageBytes * HARD_LIMIT_FACTOR;
        WebSocketDecoderConfig decoder = WebSocketDecoderConfig.newBuilder()
                .maxFramePayloadLength(hardLimit)
                .allowExtensions(false)
                .build();
        String url = "ws://" + request.headers().get(HttpHeaderNames.HOST, "localhost") + path;
        WebSocketServerHandshaker handshaker = new WebSocketServerHandshakerFactory(url, null, decoder)
                .newHandshaker(request);
        if (handshaker == null) {
            WebSocketServerHandshakerFactory.sendUnsupportedVersionResponse(ctx.channel());
            return;
        }
        RoomFrameHandler frames = new RoomFrameHandler(handshaker, rooms, room.get(0), maxMessageBytes);
        ChannelPipeline pipeline = ctx.pipeline();
        pipeline.addAfter(ctx.name(), "room-frames", frames);
        pipeline.addAfter(ctx.name(), "ws-aggregator", new WebSocketFrameAggregator(hardLimit));
        pipeline.remove(ctx.handler());
        handshaker.handshake(ctx.channel(), request).addListener(done -> {
            if (done.isSuccess()) {
                frames.joinRoom();
            } else {
                ctx.channel().close();
            }
        });
    }
}

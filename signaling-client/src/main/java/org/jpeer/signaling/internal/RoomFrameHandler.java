package org.jpeer.signaling.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PongWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketServerHandshaker;
import org.jpeer.signaling.SignalMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One room member's WebSocket. Every bad frame gets one {@code {"type":"error"}} reply and the
 * connection stays: a page's mistake should be visible to it, not end its call.
 */
final class RoomFrameHandler extends SimpleChannelInboundHandler<WebSocketFrame> {
    private static final Logger LOG = LoggerFactory.getLogger(RoomFrameHandler.class);

    private final WebSocketServerHandshaker handshaker;
    private final RoomRegistry rooms;
    private final String roomName;
    private final int maxMessageBytes;
    private ChannelHandlerContext ctx;
    /** Set on the event loop once the handshake is done; null before, or when the room was full. */
    private RoomRegistry.Member member;

    RoomFrameHandler(WebSocketServerHandshaker handshaker, RoomRegistry rooms, String roomName, int maxMessageBytes) {
        this.handshaker = handshaker;
        this.rooms = rooms;
        this.roomName = roomName;
        this.maxMessageBytes = maxMessageBytes;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        this.ctx = ctx;
    }

    /** Called on the event loop after the 101 response went out. */
    void joinRoom() {
        member = rooms.join(roomName, ctx.channel());
        if (member == null) {
            sendError("room " + roomName + " is full");
            handshaker.close(ctx.channel(), new CloseWebSocketFrame(WebSocketCloseStatus.POLICY_VIOLATION,
                    "room " + roomName + " is full"));
        }
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, WebSocketFrame frame) {
        if (frame instanceof CloseWebSocketFrame close) {
            handshaker.close(ctx.channel(), close.retain());
        } else if (frame instanceof PingWebSocketFrame) {
            ctx.writeAndFlush(new PongWebSocketFrame(frame.content().retain()));
        } else if (frame instanceof TextWebSocketFrame text) {
            onText(text);
        } else if (frame instanceof BinaryWebSocketFrame) {
            sendError("binary frames are not supported; send one JSON object per text frame");
        } else if (!(frame instanceof PongWebSocketFrame)) {
            sendError("unexpected " + frame.getClass().getSimpleName());
        }
    }

    private void onText(TextWebSocketFrame frame) {
        if (member == null) {
            sendError("not in a room");
            return;
        }
        if (frame.content().readableBytes() > maxMessageBytes) {
            sendError("message larger than " + maxMessageBytes + " bytes");
            return;
        }
        String text = frame.text();
        ObjectNode message;
        try {
            message = Json.parseObject(text);
            SignalCodec.validateForRelay(message);
        } catch (IllegalArgumentException e) {
            sendError(e.getMessage());
            return;
        }
        boolean bye = "bye".equals(message.get("type").asText());
        if (rooms.relay(member, text, bye) == RoomRegistry.Relay.QUEUE_FULL) {
            sendError("room " + roomName + ": no other member yet and too many messages are waiting");
        }
    }

    private void sendError(String message) {
        ctx.writeAndFlush(new TextWebSocketFrame(new SignalMessage.ErrorMessage(message).toJson()));
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        if (member != null) {
            rooms.leave(member);
        }
        ctx.fireChannelInactive();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LOG.debug("room {}: closing WebSocket after {}", roomName, cause.toString());
        ctx.close();
    }
}

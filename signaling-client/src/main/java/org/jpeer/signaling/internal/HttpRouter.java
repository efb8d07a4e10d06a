package org.jpeer.signaling.internal;

import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sends each complete request to the endpoint mounted at its path; answers preflights and unknown paths. */
@ChannelHandler.Sharable
public final class HttpRouter extends SimpleChannelInboundHandler<FullHttpRequest> {
    private static final Logger LOG = LoggerFactory.getLogger(HttpRouter.class);
    private static final String PREFLIGHT_MAX_AGE_SECONDS = "86400";

    private final Map<String, WhipEndpoint> whip;
    private final Map<String, EchoTestEndpoint> echo;
    private final Map<String, ServerConfig.StaticResource> statics;
    private final String roomsPath;
    private final RoomEndpoint rooms;

    public HttpRouter(Map<String, WhipEndpoint> whip, Map<String, EchoTestEndpoint> echo,
            Map<String, ServerConfig.StaticResource> statics, String roomsPath, RoomEndpoint rooms) {
        this.whip = Map.copyOf(whip);
        this.echo = Map.copyOf(echo);
        this.statics = Map.copyOf(statics);
        this.roomsPath = roomsPath;
        this.rooms = rooms;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
        if (request.decoderResult().isFailure()) {
            HttpResponses.send(ctx, false, HttpResponses.text(HttpResponseStatus.BAD_REQUEST,
                    "malformed request: " + request.decoderResult().cause().getMessage()));
            return;
        }
        boolean keepAlive = HttpUtil.isKeepAlive(request);
        try {
            route(ctx, request, keepAlive);
        } catch (IllegalArgumentException e) {
            HttpResponses.send(ctx, keepAlive, HttpResponses.text(HttpResponseStatus.BAD_REQUEST, e.getMessage()));
        }
    }

    private void route(ChannelHandlerContext ctx, FullHttpRequest request, boolean keepAlive) {
        String path = new QueryStringDecoder(request.uri()).path();
        if (HttpMethod.OPTIONS.equals(request.method())) {
            HttpResponses.send(ctx, keepAlive, preflight(path));
            return;
        }
        if (path.equals(roomsPath)) {
            rooms.upgrade(ctx, request, keepAlive);
            return;
        }
        ServerConfig.StaticResource resource = statics.get(path);
        if (resource != null) {
            HttpResponses.send(ctx, keepAlive, serveStatic(request, resource));
            return;
        }
        WhipEndpoint collection = whip.get(path);
        if (collection != null) {
            collection.handleCollection(ctx, request, keepAlive);
            return;
        }
        int slash = path.lastIndexOf('/');
        WhipEndpoint parent = slash > 0 ? whip.get(path.substring(0, slash)) : null;
        if (parent != null && slash < path.length() - 1) {
            parent.handleSession(ctx, request, keepAlive, path.substring(slash + 1));
            return;
        }
        EchoTestEndpoint offers = echo.get(path);
        if (offers != null) {
            offers.handle(ctx, request, keepAlive);
            return;
        }
        HttpResponses.send(ctx, keepAlive, HttpResponses.text(HttpResponseStatus.NOT_FOUND, "nothing at " + path));
    }

    /** CORS preflight; on a WHIP/WHEP endpoint it also announces the ICE servers (RFC 9725 §4.6). */
    private FullHttpResponse preflight(String path) {
        FullHttpResponse response = HttpResponses.empty(HttpResponseStatus.NO_CONTENT);
        response.headers().set(HttpHeaderNames.ACCESS_CONTROL_MAX_AGE, PREFLIGHT_MAX_AGE_SECONDS);
        WhipEndpoint endpoint = whip.get(path);
        if (endpoint != null) {
            response.headers().set(HttpHeaderNames.ALLOW, WhipEndpoint.COLLECTION_METHODS);
            response.headers().add(WhipEndpoint.LINK, endpoint.linkHeaders());
        }
        return response;
    }

    /** HEAD gets the GET response; Netty's server codec drops the body of a HEAD response itself. */
    private static FullHttpResponse serveStatic(FullHttpRequest request, ServerConfig.StaticResource resource) {
        if (!HttpMethod.GET.equals(request.method()) && !HttpMethod.HEAD.equals(request.method())) {
            return HttpResponses.methodNotAllowed(request.method().name(), "GET, HEAD, OPTIONS");
        }
        return HttpResponses.create(HttpResponseStatus.OK, resource.contentType(), resource.body());
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LOG.debug("closing HTTP connection from {} after {}", ctx.channel().remoteAddress(), cause.toString());
        ctx.close();
    }
}

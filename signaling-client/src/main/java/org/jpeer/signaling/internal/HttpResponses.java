package org.jpeer.signaling.internal;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import java.nio.charset.StandardCharsets;

/** Builds and sends responses; every response passes {@link #send} and so carries the CORS headers. */
public final class HttpResponses {
    public static final String TEXT_PLAIN = "text/plain; charset=utf-8";

    private HttpResponses() {
    }

    public static FullHttpResponse create(HttpResponseStatus status, String contentType, byte[] body) {
        FullHttpResponse response =
                new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status, Unpooled.wrappedBuffer(body));
        if (contentType != null) {
            response.headers().set(HttpHeaderNames.CONTENT_TYPE, contentType);
        }
        return response;
    }

    public static FullHttpResponse create(HttpResponseStatus status, String contentType, String body) {
        return create(status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    /** An error or status response whose body is one line of text saying why. */
    public static FullHttpResponse text(HttpResponseStatus status, String message) {
        return create(status, TEXT_PLAIN, message + "\n");
    }

    public static FullHttpResponse empty(HttpResponseStatus status) {
        return create(status, null, new byte[0]);
    }

    /** 405 with the {@code Allow} header RFC 9110 requires. */
    public static FullHttpResponse methodNotAllowed(String method, String allow) {
        FullHttpResponse response =
                text(HttpResponseStatus.METHOD_NOT_ALLOWED, method + " is not allowed here; allowed: " + allow);
        response.headers().set(HttpHeaderNames.ALLOW, allow);
        return response;
    }

    /**
     * Writes a response from any thread. Pages of any origin may call every endpoint (DESIGN.md), so
     * CORS headers go on every response, errors included: a browser hides an error's body otherwise.
     */
    public static ChannelFuture send(ChannelHandlerContext ctx, boolean keepAlive, FullHttpResponse response) {
        HttpHeaders headers = response.headers();
        headers.set(HttpHeaderNames.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
        headers.set(HttpHeaderNames.ACCESS_CONTROL_ALLOW_METHODS, "GET, HEAD, POST, PATCH, DELETE, OPTIONS");
        headers.set(HttpHeaderNames.ACCESS_CONTROL_ALLOW_HEADERS, "Content-Type, Authorization, If-Match");
        headers.set(HttpHeaderNames.ACCESS_CONTROL_EXPOSE_HEADERS, "Location, Link, ETag");
        headers.setInt(HttpHeaderNames.CONTENT_LENGTH, response.content().readableBytes());
        if (!keepAlive) {
            headers.set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        }
        ChannelFuture written = ctx.writeAndFlush(response);
        if (!keepAlive) {
            written.addListener(ChannelFutureListener.CLOSE);
        }
        return written;
    }
}

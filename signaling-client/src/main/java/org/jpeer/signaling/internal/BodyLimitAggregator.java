package org.jpeer.signaling.internal;

import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.FullHttpMessage;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;

/**
 * Netty's aggregator with our 413: the same body limit and connection handling, but the response
 * carries the CORS headers and a reason like every other error.
 */
public final class BodyLimitAggregator extends HttpObjectAggregator {
    private final int maxBodyBytes;

    public BodyLimitAggregator(int maxBodyBytes) {
        super(maxBodyBytes);
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    protected void handleOversizedMessage(ChannelHandlerContext ctx, HttpMessage oversized) {
        // As in Netty: when the body is already partly read (a full message) or the client will not
        // reuse the connection, close it; otherwise keep it and let the aggregator skip the body,
        // so a client still sending gets the 413 instead of a reset.
        boolean close = oversized instanceof FullHttpMessage
                || !HttpUtil.is100ContinueExpected(oversized) && !HttpUtil.isKeepAlive(oversized);
        HttpResponses.send(ctx, !close, HttpResponses.text(HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE,
                "body larger than " + maxBodyBytes + " bytes"))
                .addListener(ChannelFutureListener.CLOSE_ON_FAILURE);
    }
}

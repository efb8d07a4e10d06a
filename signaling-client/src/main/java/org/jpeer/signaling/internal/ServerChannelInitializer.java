package org.jpeer.signaling.internal;

import io.netty.channel.ChannelInitializer;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.HttpServerCodec;

/** The pipeline of each accepted connection: HTTP codec, body limit, router (which may switch to WebSocket). */
public final class ServerChannelInitializer extends ChannelInitializer<SocketChannel> {
    private final int maxBodyBytes;
    private final HttpRouter router;
    private final ChannelGroup connections;

    /** {@code connections} collects every accepted channel, so closing the server can close them. */
    public ServerChannelInitializer(int maxBodyBytes, HttpRouter router, ChannelGroup connections) {
        this.maxBodyBytes = maxBodyBytes;
        this.router = router;
        this.connections = connections;
    }

    @Override
    protected void initChannel(SocketChannel channel) {
        connections.add(channel);
        channel.pipeline()
                .addLast("http", new HttpServerCodec())
                .addLast("body-limit", new BodyLimitAggregator(maxBodyBytes))
                .addLast("router", router);
    }
}

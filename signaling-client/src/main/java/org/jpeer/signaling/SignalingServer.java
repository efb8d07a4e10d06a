package org.jpeer.signaling;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jpeer.signaling.internal.EchoTestEndpoint;
import org.jpeer.signaling.internal.HttpRouter;
import org.jpeer.signaling.internal.LinkHeaders;
import org.jpeer.signaling.internal.OfferDispatcher;
import org.jpeer.signaling.internal.RoomEndpoint;
import org.jpeer.signaling.internal.RoomRegistry;
import org.jpeer.signaling.internal.ServerChannelInitializer;
import org.jpeer.signaling.internal.ServerConfig;
import org.jpeer.signaling.internal.SessionRegistry;
import org.jpeer.signaling.internal.WhipEndpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One HTTP server on Netty carrying every signaling door JPeer serves, each mounted at a path: WHIP
 * and WHEP endpoints (RFC 9725), the webrtc-echoes {@code POST /offer} endpoint, WebSocket rooms and
 * fixed resources such as a page. All responses carry CORS headers; bad requests get one clear error
 * response each and never disturb other clients.
 *
 * <pre>{@code
 * try (SignalingServer server = SignalingServer.builder()
 *         .bind(new InetSocketAddress("127.0.0.1", 0))
 *         .whip("/whip", handler)
 *         .echoTest("/offer", handler)
 *         .rooms("/ws")
 *         .staticResource("/", "text/html; charset=utf-8", page)
 *         .start()) {
 *     log.info("serving on port {}", server.port());
 *     ...
 * }
 * }</pre>
 */
public final class SignalingServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SignalingServer.class);

    private final EventLoopGroup boss;
    private final EventLoopGroup workers;
    private final Channel listener;
    private final ChannelGroup connections;
    private final SessionRegistry sessions;
    private final RoomRegistry rooms;
    private final AtomicBoolean closed = new AtomicBoolean();

    private SignalingServer(ServerConfig config, InetSocketAddress bindAddress, int ioThreads) {
        sessions = new SessionRegistry();
        rooms = new RoomRegistry();
        connections = new DefaultChannelGroup(GlobalEventExecutor.INSTANCE);
        HttpRouter router = router(config, sessions, rooms);
        boss = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        workers = new MultiThreadIoEventLoopGroup(ioThreads, NioIoHandler.newFactory());
        ServerChannelInitializer initializer =
                new ServerChannelInitializer(config.maxBodyBytes(), router, connections);
        try {
            listener = new ServerBootstrap()
                    .group(boss, workers)
                    .channel(NioServerSocketChannel.class)
                    .childHandler(initializer)
                    .bind(bindAddress)
                    .syncUninterruptibly()
                    .channel();
        } catch (RuntimeException e) {
            shutDownLoops();
            throw e;
        }
        LOG.info("signaling server on {}", listener.localAddress());
    }

    private static HttpRouter router(ServerConfig config, SessionRegistry sessions, RoomRegistry rooms) {
        OfferDispatcher dispatcher = new OfferDispatcher(sessions, config.answerTimeout());
        List<String> links = config.iceServers().stream().map(LinkHeaders::format).toList();
        Map<String, WhipEndpoint> whip = new HashMap<>();
        config.sdpEndpoints().forEach((path, handler) -> whip.put(path,
                new WhipEndpoint(path, handler, sessions, dispatcher, config.bearerToken(), links)));
        Map<String, EchoTestEndpoint> echo = new HashMap<>();
        config.echoEndpoints().forEach((path, handler) -> echo.put(path,
                new EchoTestEndpoint(path, handler, sessions, dispatcher)));
        RoomEndpoint roomEndpoint = config.roomsPath() == null ? null
                : new RoomEndpoint(config.roomsPath(), rooms, config.maxBodyBytes());
        return new HttpRouter(whip, echo, config.statics(), config.roomsPath(), roomEndpoint);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The address the server listens on, with the port the system picked when bound to port 0. */
    public InetSocketAddress address() {
        return (InetSocketAddress) listener.localAddress();
    }

    public int port() {
        return address().getPort();
    }

    /** Live WHIP/WHEP/{@code /offer} sessions: answered and not yet deleted, ended or closed. */
    public int sessionCount() {
        return sessions.size();
    }

    /** Rooms with at least one member. */
    public int roomCount() {
        return rooms.roomCount();
    }

    /** Stops listening, closes every connection and session, and frees the event loops; waits for them. Idempotent. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        listener.close().syncUninterruptibly();
        connections.close().syncUninterruptibly();
        sessions.closeAll();
        shutDownLoops();
    }

    private void shutDownLoops() {
        boss.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
        workers.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    }

    /** Collects endpoints and limits; {@link #start()} binds. */
    public static final class Builder {
        private InetSocketAddress bindAddress = new InetSocketAddress("127.0.0.1", 0);
        private int maxBodyBytes = 64 * 1024;
        private String bearerToken;
        private Duration answerTimeout = Duration.ofSeconds(30);
        private int ioThreads = Math.min(4, Runtime.getRuntime().availableProcessors());
        private final List<IceServer> iceServers = new ArrayList<>();
        private final Map<String, SessionHandler> sdpEndpoints = new LinkedHashMap<>();
        private final Map<String, SessionHandler> echoEndpoints = new LinkedHashMap<>();
        private final Map<String, ServerConfig.StaticResource> statics = new LinkedHashMap<>();
        private final Set<String> paths = new HashSet<>();
        private String roomsPath;

        private Builder() {
        }

        /** Where to listen; default {@code 127.0.0.1:0} (loopback, a free port). */
        public Builder bind(InetSocketAddress address) {
            this.bindAddress = Objects.requireNonNull(address, "address");
            return this;
        }

        /** The largest request body and WebSocket message accepted; default 64 KiB. Larger gets 413. */
        public Builder maxBodyBytes(int bytes) {
            if (bytes < 1024) {
                throw new IllegalArgumentException("maxBodyBytes must be at least 1024, got " + bytes);
            }
            this.maxBodyBytes = bytes;
            return this;
        }

        /**
         * Requires {@code Authorization: Bearer <token>} on WHIP/WHEP requests (not on preflights, rooms,
         * {@code /offer} or resources, which browsers and echo-test clients call without one).
         */
        public Builder bearerToken(String token) {
            if (token == null || token.isBlank()) {
                throw new IllegalArgumentException("bearer token must not be empty");
            }
            this.bearerToken = token;
            return this;
        }

        /** Announces a STUN/TURN server to WHIP/WHEP clients in a {@code Link} header. */
        public Builder iceServer(IceServer server) {
            iceServers.add(Objects.requireNonNull(server, "server"));
            return this;
        }

        /** How long a handler may take to answer before the client gets 503; default 30 s. */
        public Builder answerTimeout(Duration timeout) {
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("answer timeout must be positive, got " + timeout);
            }
            this.answerTimeout = timeout;
            return this;
        }

        /** Event-loop threads for connections; default the processor count, at most 4. */
        public Builder ioThreads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("ioThreads must be at least 1, got " + threads);
            }
            this.ioThreads = threads;
            return this;
        }

        /** A WHIP endpoint: clients {@code POST} offers to {@code path}, sessions live at {@code path/ID}. */
        public Builder whip(String path, SessionHandler handler) {
            sdpEndpoints.put(claim(path), Objects.requireNonNull(handler, "handler"));
            return this;
        }

        /** A WHEP endpoint; the exchange is WHIP's, only the offer's media direction differs. */
        public Builder whep(String path, SessionHandler handler) {
            return whip(path, handler);
        }

        /** A webrtc-echoes endpoint: {@code POST path} with a JSON offer, {@code 200} with a JSON answer. */
        public Builder echoTest(String path, SessionHandler handler) {
            echoEndpoints.put(claim(path), Objects.requireNonNull(handler, "handler"));
            return this;
        }

        /** WebSocket rooms at {@code ws://HOST:PORT/path?room=NAME}. */
        public Builder rooms(String path) {
            if (roomsPath != null) {
                throw new IllegalStateException("rooms are already at " + roomsPath);
            }
            roomsPath = claim(path);
            return this;
        }

        /** A fixed resource, e.g. a page at {@code /}, served to {@code GET} and {@code HEAD}. */
        public Builder staticResource(String path, String contentType, byte[] body) {
            statics.put(claim(path), new ServerConfig.StaticResource(
                    Objects.requireNonNull(contentType, "contentType"), body.clone()));
            return this;
        }

        private String claim(String path) {
            Objects.requireNonNull(path, "path");
            if (!path.startsWith("/") || (path.length() > 1 && path.endsWith("/")) || path.contains("?")) {
                throw new IllegalArgumentException("path must start with '/' and end without '/' or query: '"
                        + path + "'");
            }
            if (!paths.add(path)) {
                throw new IllegalArgumentException("path " + path + " is already mounted");
            }
            return path;
        }

        /** Binds and starts serving. */
        public SignalingServer start() {
            ServerConfig config = new ServerConfig(maxBodyBytes, bearerToken, iceServers, answerTimeout,
                    sdpEndpoints, echoEndpoints, roomsPath, statics);
            return new SignalingServer(config, bindAddress, ioThreads);
        }
    }
}

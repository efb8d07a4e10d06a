package org.jpeer.interop;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server that test pages come from: {@code http://127.0.0.1:PORT/}. A page needs an
 * http(s) origin to be a secure context — on {@code about:blank} or {@code data:} Chromium offers no
 * {@code navigator.mediaDevices} and gathers no ICE candidate.
 *
 * <p>Serves the text files (html, js, css) of the classpath folder {@code web/} (from
 * {@code src/test/resources/web/}; {@code /} is {@code index.html}) and any routes a test adds, e.g. {@link #onOffer} for a Java answerer.
 */
public final class TestPageServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TestPageServer.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> CONTENT_TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8");

    /** One HTTP request, its body read as UTF-8 text. */
    public record Request(String method, String path, String contentType, String body) {}

    /** What a route answers. */
    public record Response(int status, String contentType, String body) {
        public static Response text(int status, String body) {
            return new Response(status, "text/plain; charset=utf-8", body);
        }

        public static Response json(int status, String body) {
            return new Response(status, "application/json", body);
        }
    }

    /** A route: runs on the server's threads, so it must not call back into the browser. */
    @FunctionalInterface
    public interface Route {
        Response handle(Request request) throws Exception;
    }

    /** Turns an SDP offer into an SDP answer; an {@link IllegalArgumentException} means a bad offer. */
    @FunctionalInterface
    public interface Answerer {
        String answer(String offerSdp) throws Exception;
    }

    private final HttpServer server;
    private final ExecutorService threads;
    private final Map<String, Route> routes = new ConcurrentHashMap<>();

    private TestPageServer(HttpServer server, ExecutorService threads) {
        this.server = server;
        this.threads = threads;
    }

    /** Starts on 127.0.0.1 and a free port. */
    public static TestPageServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            ExecutorService threads = Executors.newFixedThreadPool(2, runnable -> {
                Thread thread = new Thread(runnable, "test-page-server");
                thread.setDaemon(true);
                return thread;
            });
            TestPageServer pages = new TestPageServer(server, threads);
            server.createContext("/", pages::exchange);
            server.setExecutor(threads);
            server.start();
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The absolute URI of {@code path} on this server, e.g. {@code uri("/")}. */
    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    /** Answers requests for exactly {@code path} (any method) with {@code route}, before static files. */
    public TestPageServer route(String path, Route route) {
        routes.put(path, route);
        return this;
    }

    /**
     * The webrtc-echoes signaling endpoint: {@code POST path} with {@code {"type":"offer","sdp":...}}
     * gets {@code 200 {"type":"answer","sdp":...}}; a bad offer (the answerer threw
     * {@link IllegalArgumentException}, or the JSON is not an offer) gets 400 with the reason as text.
     */
    public TestPageServer onOffer(String path, Answerer answerer) {
        return route(path, request -> {
            if (!request.method().equals("POST")) {
                return Response.text(405, "POST an offer");
            }
            JsonNode offer = JSON.readTree(request.body());
            if (offer == null || !"offer".equals(offer.path("type").asText()) || !offer.path("sdp").isTextual()) {
                return Response.text(400, "expected {\"type\":\"offer\",\"sdp\":\"...\"}");
            }
            try {
                String answer = answerer.answer(offer.get("sdp").asText());
                return Response.json(200, JSON.writeValueAsString(Map.of("type", "answer", "sdp", answer)));
            } catch (IllegalArgumentException e) {
                return Response.text(400, e.getMessage());
            }
        });
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    private void exchange(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            Route route = routes.get(path);
            Response response = route != null ? handle(route, exchange, path) : staticFile(path);
            byte[] body = response.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", response.contentType());
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static Response handle(Route route, HttpExchange exchange, String path) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Request request = new Request(exchange.getRequestMethod(), path,
                exchange.getRequestHeaders().getFirst("Content-Type"), body);
        try {
            return route.handle(request);
        } catch (Exception e) {
            // A broken route must show up in the test, not as a hung fetch: 500 with the reason.
            log.warn("route {} {} failed", request.method(), path, e);
            return Response.text(500, e.toString());
        }
    }

    private static Response staticFile(String path) throws IOException {
        String name = path.equals("/") ? "index.html" : path.substring(1);
        if (name.contains("..")) {
            return Response.text(400, "no '..' in paths");
        }
        try (InputStream in = TestPageServer.class.getResourceAsStream("/web/" + name)) {
            if (in == null) {
                return Response.text(404, "not found: " + path);
            }
            String contentType = CONTENT_TYPES.get(name.substring(name.lastIndexOf('.') + 1));
            if (contentType == null) {
                return Response.text(404, "only .html, .js and .css files are served: " + path);
            }
            return new Response(200, contentType, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}

package org.jpeer.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import org.jpeer.jsep.MediaEcho;
import org.jpeer.signaling.SignalingServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code jpeer echo}: every track a client sends comes back to it. */
@Command(name = "echo", mixinStandardHelpOptions = true,
        description = "Echo bot: WHIP at /whip, the webrtc-echoes endpoint POST /offer (JSON, no trickle), WebSocket "
            + "rooms at /ws and a page at / that sends a camera and shows its echo; every received track is "
            + "sent back to its sender. Prints the URL it serves.")
final class EchoCommand implements Callable<Integer> {
    private static final String PAGE = "web/echo.html";
    private static final String SCRIPT = "web/echo.js";

    @Spec
    private CommandSpec spec;

    @Mixin
    private ServeOptions serve;

    @Mixin
    private PeerOptions peerOptions;

    @Option(names = "--token", paramLabel = "TOKEN", description = "Require 'Authorization: Bearer TOKEN' on WHIP requests.")
    private String token;

    @Override
    public Integer call() {
        AnsweringHandler echo = new AnsweringHandler(peerOptions.configuration(), pc -> {
            MediaEcho.install(pc);
            return () -> { };
        });
        SignalingServer.Builder builder = SignalingServer.builder()
                .bind(serve.http)
                .whip("/whip", echo)
                .echoTest("/offer", echo)
                .rooms("/ws")
                .staticResource("/", "text/html; charset=utf-8", resource(PAGE))
                .staticResource("/echo.js", "text/javascript; charset=utf-8", resource(SCRIPT));
        if (token != null) {
            builder.bearerToken(token);
        }
        Serving.serve(spec.commandLine().getOut(), builder.start(),
                "echo: WHIP /whip, webrtc-echoes /offer, rooms /ws, page /", serve.seconds());
        return 0;
    }

    private static byte[] resource(String name) {
        try (InputStream in = EchoCommand.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + name + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.jpeer.cli;

import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.Callable;
import org.jpeer.jsep.RTCConfiguration;
import org.jpeer.jsep.RTCPeerConnection;
import org.jpeer.signaling.EchoTestClient;
import org.jpeer.signaling.SignalingServer;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code jpeer send}: test media to a WHIP endpoint or a webrtc-echoes server, or served over WHEP. */
@Command(name = "send", mixinStandardHelpOptions = true,
        description = "Sends test media (an Opus tone, a VP8 pattern): offers to a WHIP endpoint (--whip), to a "
            + "webrtc-echoes server (--echo-test; exits 0 once DTLS completes), or serves it over WHEP at POST "
            + "/whep (--http). --expect-echo exits 1 unless the media came back and was verified.")
final class SendCommand implements Callable<Integer> {
    private static final double TONE_HZ = 440;
    private static final double DEFAULT_SECONDS = 5;

    @Spec
    private CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Target target;

    /** Where the media goes: exactly one. */
    static final class Target {
        @Option(names = "--whip", paramLabel = "URL", description = "Offer to this WHIP endpoint.")
        URI whip;

        @Option(names = "--echo-test", paramLabel = "URL", description = "Offer to this webrtc-echoes URL (.../offer).")
        URI echoTest;

        @Option(names = "--http", paramLabel = "HOST:PORT", converter = HostPort.class,
                description = "Serve the media over WHEP at POST /whep (port 0 picks one and prints it).")
        InetSocketAddress http;
    }

    @Option(names = "--expect-echo", description = "Exit 1 unless the media came back and was verified.")
    private boolean expectEcho;

    @Option(names = "--token", paramLabel = "TOKEN", description = "Bearer token for the WHIP endpoint, or required of WHEP clients.")
    private String token;

    @Mixin
    private PeerOptions peerOptions;

    @Mixin
    private MediaOptions media;

    @Mixin
    private RunOptions run;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        RTCConfiguration config = peerOptions.configuration();
        if (target.http != null) {
            run.refuseStats("a server of many sessions has no one report; use it with --whip or --echo-test");
            if (expectEcho) {
                throw new ParameterException(spec.commandLine(), "--expect-echo applies to --whip and --echo-test");
            }
            serveWhep(out, config);
            return 0;
        }
        OfferExchange exchange = target.whip != null
                ? new WhipExchange(target.whip, token)
                : EchoTestClient.builder(target.echoTest).build()::offer;
        double seconds = run.duration(DEFAULT_SECONDS);
        try (MediaPeer peer = new MediaPeer("send", new RTCPeerConnection(config), TONE_HZ, media, System.nanoTime())) {
            peer.startMedia();
            exchange.negotiate(peer.pc);
            peer.awaitConnected(LoopbackCommand.CONNECT_TIMEOUT);
            out.println("connected (DTLS complete)");
            if (target.echoTest != null && !expectEcho) {
                exchange.hangUp();
                return 0;
            }
            TrafficMeter meter = new TrafficMeter("send", peer.pc);
            StatusLine.show(out, seconds, meter::describe);
            peer.stopMedia();
            Thread.sleep(200);
            run.writeStats(peer.pc.getStats().join().toMap());
            exchange.hangUp();
            if (expectEcho) {
                out.println(peer.summary());
                List<String> problems = peer.verify(TONE_HZ, seconds);
                if (!problems.isEmpty()) {
                    throw new IllegalStateException("echo not verified: " + String.join("; ", problems));
                }
                out.println("echo verified");
            }
            return 0;
        }
    }

    private void serveWhep(PrintWriter out, RTCConfiguration config) {
        AnsweringHandler source = new AnsweringHandler(config, pc -> {
            MediaPeer peer = new MediaPeer("whep", pc, TONE_HZ, media, System.nanoTime());
            peer.startMedia();
            return peer;
        });
        SignalingServer.Builder builder = SignalingServer.builder().bind(target.http).whep("/whep", source);
        if (token != null) {
            builder.bearerToken(token);
        }
        Serving.serve(out, builder.start(), "send: WHEP /whep", run.duration(Double.POSITIVE_INFINITY));
    }
}

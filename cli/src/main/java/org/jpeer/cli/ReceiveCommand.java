package org.jpeer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.jpeer.jsep.RTCConfiguration;
import org.jpeer.jsep.RTCPeerConnection;
import org.jpeer.jsep.negotiation.MediaKind;
import org.jpeer.jsep.negotiation.RTCRtpTransceiverDirection;
import org.jpeer.signaling.SignalingServer;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code jpeer receive}: pulls media over WHEP or accepts it over WHIP, and writes it to files. */
@Command(name = "receive", mixinStandardHelpOptions = true,
        description = "Receives media and writes Opus to NAME-audio.ogg and VP8 to NAME-video.ivf in --out: pulls from "
            + "a WHEP endpoint (--whep, exits 1 when nothing arrived) or accepts WHIP clients at POST /whip "
            + "(--http; one pair of files per session).")
final class ReceiveCommand implements Callable<Integer> {
    private static final double DEFAULT_SECONDS = 5;

    @Spec
    private CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Source source;

    /** Where the media comes from: exactly one. */
    static final class Source {
        @Option(names = "--whep", paramLabel = "URL", description = "Pull from this WHEP endpoint.")
        URI whep;

        @Option(names = "--http", paramLabel = "HOST:PORT", converter = HostPort.class,
                description = "Accept WHIP clients at POST /whip (port 0 picks one and prints it).")
        InetSocketAddress http;
    }

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Directory for the files (made if missing).")
    private Path out;

    @Option(names = "--token", paramLabel = "TOKEN", description = "Bearer token for the WHEP endpoint, or required of WHIP clients.")
    private String token;

    @Mixin
    private PeerOptions peerOptions;

    @Mixin
    private MediaOptions media;

    @Mixin
    private RunOptions run;

    @Override
    public Integer call() throws Exception {
        PrintWriter console = spec.commandLine().getOut();
        Files.createDirectories(out);
        RTCConfiguration config = peerOptions.configuration();
        if (source.http != null) {
            run.refuseStats("a server of many sessions has no one report; use it with --whep");
            acceptWhip(console, config);
            return 0;
        }
        WhipExchange exchange = new WhipExchange(source.whep, token);
        try (RTCPeerConnection pc = new RTCPeerConnection(config)) {
            MediaRecorder recorder = new MediaRecorder(out, "whep").attach(pc);
            ConnectionWatch connection = new ConnectionWatch("receive", pc);
            if (media.audio()) {
                pc.addTransceiver(MediaKind.AUDIO, RTCRtpTransceiverDirection.RECVONLY);
            }
            if (media.video()) {
                pc.addTransceiver(MediaKind.VIDEO, RTCRtpTransceiverDirection.RECVONLY);
            }
            exchange.negotiate(pc);
            connection.awaitConnected(LoopbackCommand.CONNECT_TIMEOUT);
            TrafficMeter meter = new TrafficMeter("receive", pc);
            StatusLine.show(console, run.duration(DEFAULT_SECONDS), meter::describe);
            run.writeStats(pc.getStats().join().toMap());
            exchange.hangUp();
            recorder.close();
            console.println(recorder.summary());
            if (!recorder.recorded()) {
                throw new IllegalStateException("no media received from " + source.whep);
            }
            return 0;
        }
    }

    private void acceptWhip(PrintWriter console, RTCConfiguration config) throws IOException {
        AtomicInteger sessions = new AtomicInteger();
        AnsweringHandler recorder = new AnsweringHandler(config, pc -> {
            MediaRecorder r = new MediaRecorder(out, "session-" + sessions.incrementAndGet()).attach(pc);
            return () -> {
                r.close();
                console.println(r.summary());
                console.flush();
            };
        });
        SignalingServer.Builder builder = SignalingServer.builder().bind(source.http).whip("/whip", recorder);
        if (token != null) {
            builder.bearerToken(token);
        }
        Serving.serve(console, builder.start(), "receive: WHIP /whip", run.duration(Double.POSITIVE_INFINITY));
    }
}

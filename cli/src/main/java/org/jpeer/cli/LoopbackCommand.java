package org.jpeer.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jpeer.jsep.Impairment;
import org.jpeer.jsep.RTCConfiguration;
import org.jpeer.jsep.RTCPeerConnection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code jpeer loopback}: two peers in one process, test media both ways, verified at each receiver. */
@Command(name = "loopback", mixinStandardHelpOptions = true,
        description = "Two in-process peers: offer/answer, an Opus tone and a VP8 test pattern both ways, a live "
            + "status line; exits 0 once each receiver verified the media (tone pitch, frames complete and in "
            + "order).")
final class LoopbackCommand implements Callable<Integer> {
    static final double OFFERER_TONE_HZ = 440;
    static final double ANSWERER_TONE_HZ = 660;
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final double DEFAULT_SECONDS = 5;
    /** A fixed loss pattern, so that a run with {@code --loss} can be repeated. */
    private static final long LOSS_SEED = 1;

    @Spec
    private CommandSpec spec;

    @Mixin
    private PeerOptions peerOptions;

    @Mixin
    private MediaOptions media;

    @Mixin
    private RunOptions run;

    @Option(names = "--loss", paramLabel = "PCT", defaultValue = "0",
            description = "Drop this share (0-100) of the media each peer sends, so NACK/RTX and PLI show in the stats.")
    private double lossPercent;

    @Option(names = "--delay", paramLabel = "MS", defaultValue = "0",
            description = "Delay the media each peer sends by this many milliseconds (0-10000).")
    private long delayMillis;

    private Impairment impairment() {
        try {
            return new Impairment(lossPercent, Duration.ofMillis(delayMillis), LOSS_SEED);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--loss/--delay: " + e.getMessage());
        }
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        RTCConfiguration config = peerOptions.configuration(impairment());
        double seconds = run.duration(DEFAULT_SECONDS);
        long start = System.nanoTime();
        try (MediaPeer offerer = new MediaPeer("offerer", new RTCPeerConnection(config), OFFERER_TONE_HZ, media, start);
             MediaPeer answerer = new MediaPeer("answerer", new RTCPeerConnection(config), ANSWERER_TONE_HZ, media, start)) {
            offerer.startMedia();
            answerer.startMedia();

            // In one process there is nothing to gain from trickle: each side waits for its
            // (fast, host-only unless --ice-server) gathering and hands over a complete description,
            // so no candidate can reach a peer before its remote description.
            offerer.pc.setLocalDescription(offerer.pc.createOffer().join()).join();
            offerer.pc.whenIceGatheringComplete().join();
            answerer.pc.setRemoteDescription(offerer.pc.localDescription()).join();
            answerer.pc.setLocalDescription(answerer.pc.createAnswer().join()).join();
            answerer.pc.whenIceGatheringComplete().join();
            offerer.pc.setRemoteDescription(answerer.pc.localDescription()).join();

            offerer.awaitConnected(CONNECT_TIMEOUT);
            answerer.awaitConnected(CONNECT_TIMEOUT);
            TrafficMeter offererMeter = new TrafficMeter("offerer", offerer.pc);
            TrafficMeter answererMeter = new TrafficMeter("answerer", answerer.pc);
            StatusLine.show(out, seconds, () -> offererMeter.describe() + " | " + answererMeter.describe());
            offerer.stopMedia();
            answerer.stopMedia();
            Thread.sleep(200);

            Map<String, Object> both = new LinkedHashMap<>();
            both.put("offerer", offerer.pc.getStats().join().toMap());
            both.put("answerer", answerer.pc.getStats().join().toMap());
            run.writeStats(both);
            out.println(offerer.summary());
            out.println(answerer.summary());
            if (!impairment().isNone()) {
                out.println(Recovery.describe("offerer", offerer.pc.getStats().join()));
                out.println(Recovery.describe("answerer", answerer.pc.getStats().join()));
            }
            List<String> problems = new ArrayList<>();
            problems.addAll(offerer.verify(ANSWERER_TONE_HZ, seconds));
            problems.addAll(answerer.verify(OFFERER_TONE_HZ, seconds));
            if (!problems.isEmpty()) {
                throw new IllegalStateException("media not verified: " + String.join("; ", problems));
            }
            out.println("media verified both ways");
            return 0;
        }
    }
}

package org.jpeer.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jpeer.jsep.RTCConfiguration;
import org.jpeer.jsep.RTCPeerConnectionState;
import org.jpeer.jsep.RTCSessionDescription;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code jpeer loopback}: two peers in one process, test media both ways, verified at each receiver. */
@Command(name = "loopback", mixinStandardHelpOptions = true,
        description = {"Two in-process peers: offer/answer, an Opus tone and a VP8 test pattern both ways,",
            "a live status line; exits 0 once each receiver verified the media (tone pitch, frames complete and in order)."})
final class LoopbackCommand implements Callable<Integer> {
    private static final double OFFERER_TONE_HZ = 440;
    private static final double ANSWERER_TONE_HZ = 660;
    private static final long CONNECT_TIMEOUT_SECONDS = 10;

    @Mixin
    private PeerOptions peerOptions;

    @Mixin
    private MediaOptions media;

    @Option(names = "--duration", paramLabel = "S", defaultValue = "5",
            description = "Seconds of media after connecting (default ${DEFAULT-VALUE}).")
    private double duration;

    @Option(names = "--stats-json", paramLabel = "FILE",
            description = "Write both peers' final getStats as {\"offerer\": {...}, \"answerer\": {...}}.")
    private Path statsJson;

    @Override
    public Integer call() throws Exception {
        RTCConfiguration config = peerOptions.configuration();
        long start = System.nanoTime();
        try (LoopbackPeer offerer = new LoopbackPeer("offerer", config, OFFERER_TONE_HZ, media.audio(), media.video(), start);
             LoopbackPeer answerer = new LoopbackPeer("answerer", config, ANSWERER_TONE_HZ, media.audio(), media.video(), start)) {
            CountDownLatch connected = new CountDownLatch(2);
            for (LoopbackPeer p : List.of(offerer, answerer)) {
                p.pc.onConnectionStateChange(s -> {
                    if (s == RTCPeerConnectionState.CONNECTED) {
                        p.connected();
                    }
                    if (s == RTCPeerConnectionState.CONNECTED || s == RTCPeerConnectionState.FAILED) {
                        connected.countDown();
                    }
                });
            }
            offerer.pc.onIceCandidate(c -> answerer.pc.addIceCandidate(c));
            answerer.pc.onIceCandidate(c -> offerer.pc.addIceCandidate(c));
            offerer.startMedia();
            answerer.startMedia();

            RTCSessionDescription offer = offerer.pc.createOffer().join();
            offerer.pc.setLocalDescription(offer).join();
            answerer.pc.setRemoteDescription(offer).join();
            RTCSessionDescription answer = answerer.pc.createAnswer().join();
            answerer.pc.setLocalDescription(answer).join();
            offerer.pc.setRemoteDescription(answer).join();

            if (!connected.await(CONNECT_TIMEOUT_SECONDS, TimeUnit.SECONDS)
                    || offerer.pc.connectionState() != RTCPeerConnectionState.CONNECTED
                    || answerer.pc.connectionState() != RTCPeerConnectionState.CONNECTED) {
                throw new IllegalStateException("not connected after " + CONNECT_TIMEOUT_SECONDS + " s: "
                        + reason(offerer) + "; " + reason(answerer));
            }
            runWithStatus(offerer, answerer);
            offerer.stopMedia();
            answerer.stopMedia();
            Thread.sleep(200);

            if (statsJson != null) {
                Map<String, Object> both = new LinkedHashMap<>();
                both.put("offerer", offerer.pc.getStats().join().toMap());
                both.put("answerer", answerer.pc.getStats().join().toMap());
                new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(statsJson.toFile(), both);
            }
            System.out.println(offerer.summary(media.audio(), media.video()));
            System.out.println(answerer.summary(media.audio(), media.video()));
            List<String> problems = new ArrayList<>();
            problems.addAll(offerer.verify(media.audio(), media.video(), ANSWERER_TONE_HZ, duration));
            problems.addAll(answerer.verify(media.audio(), media.video(), OFFERER_TONE_HZ, duration));
            if (!problems.isEmpty()) {
                throw new IllegalStateException("media not verified: " + String.join("; ", problems));
            }
            System.out.println("media verified both ways");
            return 0;
        }
    }

    private void runWithStatus(LoopbackPeer offerer, LoopbackPeer answerer) throws InterruptedException {
        StatusLine status = new StatusLine(System.out);
        TrafficMeter offererMeter = new TrafficMeter();
        TrafficMeter answererMeter = new TrafficMeter();
        long end = System.nanoTime() + (long) (duration * 1e9);
        while (System.nanoTime() < end) {
            Thread.sleep(Math.min(1000, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
            status.update(offererMeter.describe("offerer", offerer.pc.connectionState().w3cName(),
                    offerer.pc.getStats().join()) + " | " + answererMeter.describe("answerer",
                    answerer.pc.connectionState().w3cName(), answerer.pc.getStats().join()));
        }
        status.finish();
    }

    private static String reason(LoopbackPeer p) {
        return p.name + " " + p.pc.connectionState().w3cName() + p.pc.failureReason().map(r -> " (" + r + ")").orElse("");
    }
}

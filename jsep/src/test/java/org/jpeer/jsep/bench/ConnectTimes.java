package org.jpeer.jsep.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jpeer.dtls.RTCCertificate;
import org.jpeer.jsep.CandidateInbox;
import org.jpeer.jsep.MediaPlayer;
import org.jpeer.jsep.MediaStreamTrack;
import org.jpeer.jsep.RTCConfiguration;
import org.jpeer.jsep.RTCPeerConnection;
import org.jpeer.jsep.RTCPeerConnectionState;
import org.jpeer.jsep.negotiation.MediaKind;
import org.jpeer.rtp.media.OpusToneSource;
import org.jpeer.rtp.media.Vp8PatternSource;

/**
 * Prints Java↔Java figures: from {@code createOffer} to {@code connected} (both sides), to the
 * first audio frame and to the first video frame at the answerer, with live-encoded test media,
 * median and p90 over {@code runs} connections after {@code warmup} ones. A harness, not a test:
 * figures on a shared machine vary.
 *
 * <pre>
 * java -cp "jsep/target/classes:jsep/target/test-classes:$(cat cp.txt)" org.jpeer.jsep.bench.ConnectTimes 20 50
 * </pre>
 */
public final class ConnectTimes {

    private ConnectTimes() {
    }

    public static void main(String[] args) throws Exception {
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        // Certificates are made once and reused, as a browser does, so key generation is not timed.
        RTCConfiguration config = RTCConfiguration.builder().certificate(RTCCertificate.generate()).build();
        List<double[]> samples = new ArrayList<>();
        for (int i = 0; i < warmup + runs; i++) {
            double[] s = once(config);
            if (i >= warmup) {
                samples.add(s);
            }
        }
        String[] names = {"createOffer->connected", "createOffer->first audio", "createOffer->first video"};
        for (int k = 0; k < names.length; k++) {
            final int column = k;
            double[] v = samples.stream().mapToDouble(s -> s[column]).sorted().toArray();
            System.out.printf(Locale.ROOT, "%-26s median %6.2f ms  p90 %6.2f ms  (n=%d)%n", names[k],
                    v[v.length / 2], v[(int) (v.length * 0.9)], v.length);
        }
    }

    private static double[] once(RTCConfiguration config) throws Exception {
        try (RTCPeerConnection offerer = new RTCPeerConnection(config);
             RTCPeerConnection answerer = new RTCPeerConnection(config)) {
            CompletableFuture<Long> offererConnected = new CompletableFuture<>();
            CompletableFuture<Long> answererConnected = new CompletableFuture<>();
            CompletableFuture<Long> firstAudio = new CompletableFuture<>();
            CompletableFuture<Long> firstVideo = new CompletableFuture<>();
            offerer.onConnectionStateChange(s -> mark(s, offererConnected));
            answerer.onConnectionStateChange(s -> mark(s, answererConnected));
            CandidateInbox toOfferer = new CandidateInbox(offerer);
            CandidateInbox toAnswerer = new CandidateInbox(answerer);
            offerer.onIceCandidate(toAnswerer);
            answerer.onIceCandidate(toOfferer);
            answerer.onTrack(e -> e.track().onFrame(f ->
                    (e.track().kind() == MediaKind.AUDIO ? firstAudio : firstVideo).complete(System.nanoTime())));
            MediaStreamTrack audio = MediaStreamTrack.audio("a");
            MediaStreamTrack video = MediaStreamTrack.video("v");
            offerer.addTrack(audio);
            offerer.addTrack(video);
            try (MediaPlayer a = MediaPlayer.play(new OpusToneSource(440), audio);
                 MediaPlayer v = MediaPlayer.play(new Vp8PatternSource(320, 240, 30), video)) {
                long start = System.nanoTime();
                offerer.setLocalDescription(offerer.createOffer().join()).join();
                toAnswerer.setRemoteDescription(offerer.localDescription());
                answerer.setLocalDescription(answerer.createAnswer().join()).join();
                toOfferer.setRemoteDescription(answerer.localDescription());
                long connected = Math.max(offererConnected.get(10, TimeUnit.SECONDS),
                        answererConnected.get(10, TimeUnit.SECONDS));
                return new double[] {ms(connected - start), ms(firstAudio.get(10, TimeUnit.SECONDS) - start),
                        ms(firstVideo.get(10, TimeUnit.SECONDS) - start)};
            }
        }
    }

    private static void mark(RTCPeerConnectionState s, CompletableFuture<Long> f) {
        if (s == RTCPeerConnectionState.CONNECTED) {
            f.complete(System.nanoTime());
        }
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}

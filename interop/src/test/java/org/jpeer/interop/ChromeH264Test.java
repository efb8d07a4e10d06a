package org.jpeer.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jpeer.jsep.MediaEcho;
import org.jpeer.jsep.MediaPlayer;
import org.jpeer.jsep.MediaStreamTrack;
import org.jpeer.jsep.RTCConfiguration;
import org.jpeer.jsep.RTCPeerConnection;
import org.jpeer.jsep.RTCSessionDescription;
import org.jpeer.jsep.RTCStats;
import org.jpeer.jsep.RTCStatsReport;
import org.jpeer.jsep.negotiation.LocalCapabilities;
import org.jpeer.jsep.negotiation.MediaKind;
import org.jpeer.rtp.media.H264PatternSource;
import org.jpeer.rtp.verify.H264FrameVerifier;
import org.junit.jupiter.api.Test;

/** H.264 forced on JPeer's side, in both offer roles: Chrome decodes JPeer's (or its echoed) H.264. */
class ChromeH264Test extends ChromiumTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final RTCConfiguration H264_ONLY = RTCConfiguration.builder()
            .capabilities(LocalCapabilities.builder().onlyVideoCodec("h264").build()).build();

    @Test
    void chromeOffersAndDecodesItsEchoedH264() {
        chromium.open(pages.uri("/"));
        ChromePeer page = ChromePeer.create(chromium, "page");
        try (RTCPeerConnection pc = new RTCPeerConnection(H264_ONLY)) {
            MediaEcho.install(pc);
            pc.setRemoteDescription(RTCSessionDescription.offer(page.offer())).join();
            pc.setLocalDescription(pc.createAnswer().join()).join();
            pc.whenIceGatheringComplete().join();
            page.setRemote(pc.localDescription().sdp());

            page.awaitConnected(TIMEOUT);
            page.awaitStats(s -> s.framesDecoded() > 10 && s.totalSamplesReceived() > 0,
                    "echoed H.264 decoded and audio played", TIMEOUT);
            assertEquals("video/H264", videoMimeType(pc.getStats().join(), "outbound-rtp"));
        }
    }

    @Test
    void jpeerOffersH264AndEachSideDecodesTheOther() throws Exception {
        chromium.open(pages.uri("/"));
        ChromePeer page = ChromePeer.create(chromium, "page");
        H264FrameVerifier chromeVideo = new H264FrameVerifier();
        ExecutorService verifier = Executors.newSingleThreadExecutor();
        MediaStreamTrack pattern = MediaStreamTrack.video("pattern");
        try (RTCPeerConnection pc = new RTCPeerConnection(H264_ONLY);
             MediaPlayer video = MediaPlayer.play(new H264PatternSource(320, 240, 30), pattern)) {
            pc.addTrack(pattern);
            pc.onTrack(e -> e.track().onFrame(f -> {
                if (e.track().kind() == MediaKind.VIDEO) {
                    verifier.execute(() -> chromeVideo.accept(f));
                }
            }));
            pc.setLocalDescription(pc.createOffer().join()).join();
            pc.whenIceGatheringComplete().join();
            pc.setRemoteDescription(RTCSessionDescription.answer(page.answer(pc.localDescription().sdp()))).join();

            page.awaitConnected(TIMEOUT);
            ChromePeer.InboundStats stats = page.awaitStats(s -> s.framesDecoded() > 10,
                    "JPeer's H.264 decoded", TIMEOUT);
            assertEquals(320, stats.frameWidth());
            assertEquals("video/H264", videoMimeType(pc.getStats().join(), "inbound-rtp"));
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (!verifier.submit(() -> chromeVideo.decodable(5)).get() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
        } finally {
            verifier.shutdown();
            verifier.awaitTermination(10, TimeUnit.SECONDS);
        }
        assertTrue(chromeVideo.decodable(5), "JPeer decodes Chrome's H.264: " + chromeVideo);
    }

    private static String videoMimeType(RTCStatsReport report, String type) {
        RTCStats rtp = report.ofType(type).stream().filter(s -> "video".equals(s.get("kind"))).findFirst().orElseThrow();
        return report.get(rtp.getString("codecId")).orElseThrow().getString("mimeType");
    }
}

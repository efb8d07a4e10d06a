package org.jpeer.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jpeer.jsep.MediaPlayer;
import org.jpeer.jsep.MediaStreamTrack;
import org.jpeer.jsep.RTCConfiguration;
import org.jpeer.jsep.RTCPeerConnection;
import org.jpeer.jsep.RTCSessionDescription;
import org.jpeer.jsep.negotiation.MediaKind;
import org.jpeer.rtp.media.OpusToneSource;
import org.jpeer.rtp.media.Vp8PatternSource;
import org.jpeer.rtp.verify.ToneVerifier;
import org.jpeer.rtp.verify.Vp8FrameVerifier;
import org.junit.jupiter.api.Test;

/**
 * JPeer offers its live test media (Opus tone, VP8 pattern at 320x240); Chrome answers with its
 * fake camera and microphone. Chrome must decode JPeer's video at the size sent and play its
 * audio; JPeer must decode Chrome's Opus and VP8.
 */
class ChromeAnswersJPeerTest extends ChromiumTest {

    @Test
    void eachSideDecodesTheOther() throws Exception {
        chromium.open(pages.uri("/"));
        ChromePeer page = ChromePeer.create(chromium, "page");
        ToneVerifier chromeAudio = new ToneVerifier();
        Vp8FrameVerifier chromeVideo = new Vp8FrameVerifier();
        // Decoding is slow: verify off the connection's thread, as an application should.
        ExecutorService verifier = Executors.newSingleThreadExecutor();
        MediaStreamTrack tone = MediaStreamTrack.audio("tone");
        MediaStreamTrack pattern = MediaStreamTrack.video("pattern");
        try (RTCPeerConnection pc = new RTCPeerConnection(RTCConfiguration.defaults());
             MediaPlayer audio = MediaPlayer.play(new OpusToneSource(440), tone);
             MediaPlayer video = MediaPlayer.play(new Vp8PatternSource(320, 240, 30), pattern)) {
            pc.addTrack(tone);
            pc.addTrack(pattern);
            pc.onTrack(e -> e.track().onFrame(f -> verifier.execute(() -> {
                if (e.track().kind() == MediaKind.AUDIO) {
                    chromeAudio.accept(f);
                } else {
                    chromeVideo.accept(f);
                }
            })));
            pc.setLocalDescription(pc.createOffer().join()).join();
            pc.whenIceGatheringComplete().join();

            String answer = page.answer(pc.localDescription().sdp());
            pc.setRemoteDescription(RTCSessionDescription.answer(answer)).join();

            page.awaitConnected(Duration.ofSeconds(10));
            ChromePeer.InboundStats first = page.awaitStats(s -> s.framesDecoded() > 0 && s.totalSamplesReceived() > 0,
                    "JPeer's video decoded and audio played", Duration.ofSeconds(15));
            ChromePeer.InboundStats later = page.awaitStats(s -> s.framesDecoded() > first.framesDecoded() + 10,
                    "more of JPeer's frames decoded", Duration.ofSeconds(10));
            assertEquals(320, later.frameWidth(), "Chrome decodes the width JPeer sent");
            assertEquals(240, later.frameHeight(), "Chrome decodes the height JPeer sent");
            ChromePeer.Marks m = later.marks();
            Figures.record("jpeer-offers-chrome.txt",
                    "jpeer->chrome (chrome answers) setRemoteDescription->connected %.1f ms, ->first frame %.1f ms",
                    m.connected() - m.start(), m.firstFrame() - m.start());
        } finally {
            verifier.shutdown();
            verifier.awaitTermination(10, TimeUnit.SECONDS);
        }
        assertTrue(chromeAudio.decodedAudio(), "JPeer decodes Chrome's Opus: " + chromeAudio);
        assertTrue(chromeVideo.decodable(5), "JPeer decodes Chrome's VP8: " + chromeVideo);
    }
}

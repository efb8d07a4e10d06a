package org.jpeer.interop;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.jpeer.jsep.MediaEcho;
import org.jpeer.jsep.MediaPlayer;
import org.jpeer.jsep.MediaStreamTrack;
import org.jpeer.jsep.RTCConfiguration;
import org.jpeer.jsep.RTCPeerConnection;
import org.jpeer.jsep.RTCSessionDescription;
import org.jpeer.rtp.media.OpusToneSource;
import org.jpeer.rtp.media.Vp8PatternSource;
import org.junit.jupiter.api.Test;

/**
 * Trickle ICE with Chrome in both offer roles: every description goes out before any candidate
 * is known, and the candidates follow one by one; media flows as with complete descriptions.
 * Plus Chrome as a pure receiver (recvonly transceivers) of JPeer's media.
 */
class ChromeTrickleIceTest extends ChromiumTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    @Test
    void chromeOffersWithTrickleAndDecodesJPeersEcho() throws Exception {
        chromium.open(pages.uri("/"));
        ChromePeer page = ChromePeer.create(chromium, "page");
        try (RTCPeerConnection pc = new RTCPeerConnection(RTCConfiguration.defaults())) {
            ChromeTrickle trickle = ChromeTrickle.between(chromium, "page", pc);
            MediaEcho.install(pc);
            pc.setRemoteDescription(RTCSessionDescription.offer(trickle.offerNow())).join();
            RTCSessionDescription answer = pc.createAnswer().join();
            pc.setLocalDescription(answer).join();
            assertFalse(answer.sdp().contains("a=candidate"), "the answer goes before any candidate");
            page.setRemote(answer.sdp());

            trickleThenAwaitMedia(trickle, page, "echoed video decoded and audio played");
        }
    }

    @Test
    void jpeerOffersWithTrickleAndChromeDecodesItsMedia() throws Exception {
        chromium.open(pages.uri("/"));
        ChromePeer page = ChromePeer.create(chromium, "page");
        try (TestMedia media = TestMedia.play()) {
            RTCPeerConnection pc = media.pc;
            ChromeTrickle trickle = ChromeTrickle.between(chromium, "page", pc);
            media.addTracks();
            RTCSessionDescription offer = pc.createOffer().join();
            pc.setLocalDescription(offer).join();
            assertFalse(offer.sdp().contains("a=candidate"), "the offer goes before any candidate");
            pc.setRemoteDescription(RTCSessionDescription.answer(trickle.answerNow(offer.sdp()))).join();

            trickleThenAwaitMedia(trickle, page, "JPeer's video decoded and audio played");
        }
    }

    @Test
    void aReceiveOnlyChromeGetsJPeersMedia() throws Exception {
        chromium.open(pages.uri("/"));
        ChromeTrickle.prepareReceiveOnly(chromium, "viewer");
        ChromePeer viewer = ChromePeer.create(chromium, "viewer");
        try (TestMedia media = TestMedia.play()) {
            RTCPeerConnection pc = media.pc;
            pc.setRemoteDescription(RTCSessionDescription.offer(viewer.offer())).join();
            // addTrack takes up the transceivers the recvonly offer created: the answer says sendonly.
            media.addTracks();
            RTCSessionDescription answer = pc.createAnswer().join();
            pc.setLocalDescription(answer).join();
            pc.whenIceGatheringComplete().join();
            assertTrue(answer.sdp().contains("a=sendonly"), answer.sdp());
            viewer.setRemote(pc.localDescription().sdp());

            awaitMedia(viewer, "JPeer's video decoded and audio played by a receive-only Chrome");
        }
    }

    private static void trickleThenAwaitMedia(ChromeTrickle trickle, ChromePeer page, String what)
            throws InterruptedException {
        int[] counts = trickle.exchangeCandidates(page, TIMEOUT);
        assertTrue(counts[0] > 0 && counts[1] > 0, "candidates trickled both ways: " + counts[0] + ", " + counts[1]);
        awaitMedia(page, what);
    }

    /** Chrome connected and, by its own getStats, decodes video and plays audio. */
    private static void awaitMedia(ChromePeer page, String what) {
        page.awaitConnected(TIMEOUT);
        page.awaitStats(s -> s.framesDecoded() > 10 && s.totalSamplesReceived() > 0, what, TIMEOUT);
    }

    /** A connection and JPeer's live test media (Opus tone, VP8 pattern), closed together. */
    private static final class TestMedia implements AutoCloseable {
        final RTCPeerConnection pc = new RTCPeerConnection(RTCConfiguration.defaults());
        final MediaStreamTrack tone = MediaStreamTrack.audio("tone");
        final MediaStreamTrack pattern = MediaStreamTrack.video("pattern");
        private final MediaPlayer audio = MediaPlayer.play(new OpusToneSource(440), tone);
        private final MediaPlayer video = MediaPlayer.play(new Vp8PatternSource(320, 240, 30), pattern);

        static TestMedia play() {
            return new TestMedia();
        }

        void addTracks() {
            pc.addTrack(tone);
            pc.addTrack(pattern);
        }

        @Override
        public void close() {
            audio.close();
            video.close();
            pc.close();
        }
    }
}

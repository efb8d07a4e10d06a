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

            int[] counts = trickle.exchangeCandidates(page, TIMEOUT);
            assertTrue(counts[0] > 0 && counts[1] > 0, "candidates trickled both ways");
            page.awaitConnected(TIMEOUT);
            page.awaitStats(s -> s.framesDecoded() > 10 && s.totalSamplesReceived() > 0,
                    "echoed video decoded and audio played", TIMEOUT);
        }
    }

    @Test
    void jpeerOffersWithTrickleAndChromeDecodesItsMedia() throws Exception {
        chromium.open(pages.uri("/"));
        ChromePeer page = ChromePeer.create(chromium, "page");
        MediaStreamTrack tone = MediaStreamTrack.audio("tone");
        MediaStreamTrack pattern = MediaStreamTrack.video("pattern");
        try (RTCPeerConnection pc = new RTCPeerConnection(RTCConfiguration.defaults());
             MediaPlayer audio = MediaPlayer.play(new OpusToneSource(440), tone);
             MediaPlayer video = MediaPlayer.play(new Vp8PatternSource(320, 240, 30), pattern)) {
            ChromeTrickle trickle = ChromeTrickle.between(chromium, "page", pc);
            pc.addTrack(tone);
            pc.addTrack(pattern);
            RTCSessionDescription offer = pc.createOffer().join();
            pc.setLocalDescription(offer).join();
            assertFalse(offer.sdp().contains("a=candidate"), "the offer goes before any candidate");
            pc.setRemoteDescription(RTCSessionDescription.answer(trickle.answerNow(offer.sdp()))).join();

            int[] counts = trickle.exchangeCandidates(page, TIMEOUT);
            assertTrue(counts[0] > 0 && counts[1] > 0, "candidates trickled both ways");
            page.awaitConnected(TIMEOUT);
            page.awaitStats(s -> s.framesDecoded() > 10 && s.totalSamplesReceived() > 0,
                    "JPeer's video decoded and audio played", TIMEOUT);
        }
    }

    @Test
    void aReceiveOnlyChromeGetsJPeersMedia() throws Exception {
        chromium.open(pages.uri("/"));
        ChromeTrickle.prepareReceiveOnly(chromium, "viewer");
        ChromePeer viewer = ChromePeer.create(chromium, "viewer");
        MediaStreamTrack tone = MediaStreamTrack.audio("tone");
        MediaStreamTrack pattern = MediaStreamTrack.video("pattern");
        try (RTCPeerConnection pc = new RTCPeerConnection(RTCConfiguration.defaults());
             MediaPlayer audio = MediaPlayer.play(new OpusToneSource(440), tone);
             MediaPlayer video = MediaPlayer.play(new Vp8PatternSource(320, 240, 30), pattern)) {
            pc.setRemoteDescription(RTCSessionDescription.offer(viewer.offer())).join();
            // addTrack takes up the transceivers the recvonly offer created: the answer says sendonly.
            pc.addTrack(tone);
            pc.addTrack(pattern);
            RTCSessionDescription answer = pc.createAnswer().join();
            pc.setLocalDescription(answer).join();
            pc.whenIceGatheringComplete().join();
            assertTrue(answer.sdp().contains("a=sendonly"), answer.sdp());
            viewer.setRemote(pc.localDescription().sdp());

            viewer.awaitConnected(TIMEOUT);
            viewer.awaitStats(s -> s.framesDecoded() > 10 && s.totalSamplesReceived() > 0,
                    "JPeer's video decoded and audio played by a receive-only Chrome", TIMEOUT);
        }
    }
}

package org.jpeer.interop;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/**
 * Proves the Chromium harness in CI: two RTCPeerConnections in one page (Chrome↔Chrome) connect
 * over 127.0.0.1 and decode each other's fake camera and microphone. Its timings are the baseline
 * the JPeer interop figures compare with; its SDPs are fixtures for parser tests. Both land in
 * {@code target/figures/}.
 */
class ChromiumLoopbackTest extends ChromiumTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    @Test
    void chromeToChromeDecodesVideoAndPlaysAudio() {
        chromium.open(pages.uri("/"));
        ChromePeer offerer = ChromePeer.create(chromium, "offerer");
        ChromePeer answerer = ChromePeer.create(chromium, "answerer");

        String offer = offerer.offer();
        String answer = answerer.answer(offer);
        offerer.setRemote(answer);
        // The trickle path too: the answer's first candidate once more (Chrome accepts duplicates).
        offerer.addIceCandidate(firstCandidate(answer), "0", 0);
        offerer.awaitConnected(TIMEOUT);
        answerer.awaitConnected(TIMEOUT);

        ChromePeer.InboundStats first = offerer.awaitFramesDecoded(1, TIMEOUT);
        ChromePeer.InboundStats later = offerer.awaitStats(
                stats -> stats.framesDecoded() > first.framesDecoded() + 10 && stats.totalSamplesReceived() > 0,
                "10 more frames and audio samples", TIMEOUT);
        ChromePeer.InboundStats atAnswerer = answerer.awaitStats(
                stats -> stats.framesDecoded() > 0 && stats.totalSamplesReceived() > 0,
                "frames and audio samples", TIMEOUT);

        assertAll(
                () -> assertTrue(later.framesDecoded() > first.framesDecoded(), "framesDecoded rises"),
                // Not exactly 640x480: a busy machine makes Chrome scale its sent video down.
                () -> assertTrue(later.frameWidth() > 0 && later.frameHeight() > 0, "frame size reported"),
                () -> assertTrue(later.totalSamplesReceived() > 0, "audio samples received"),
                () -> assertTrue(atAnswerer.framesDecoded() > 0, "answerer decodes too"),
                () -> assertTrue(offer.contains("a=candidate:") && offer.contains(" 127.0.0.1 "),
                        "the offer carries a 127.0.0.1 host candidate"));

        recordFigures(offer, answer, later);
    }

    /** The value of the first {@code a=candidate:} attribute, i.e. {@code candidate:...}. */
    private static String firstCandidate(String sdp) {
        return sdp.lines().filter(line -> line.startsWith("a=candidate:")).findFirst()
                .map(line -> line.substring(2))
                .orElseThrow(() -> new AssertionError("no candidate in\n" + sdp));
    }

    /** Logs the Chrome↔Chrome times and writes them, and the SDPs, under target/figures/. */
    private static void recordFigures(String offer, String answer, ChromePeer.InboundStats stats) {
        ChromePeer.Marks marks = stats.marks();
        assertNotNull(marks.connected(), "connected mark");
        assertNotNull(marks.firstFrame(), "first frame mark");
        Figures.record("chrome-chrome.txt", "chrome-chrome createOffer->connected %.1f ms, createOffer->first frame %.1f ms (%dx%d)",
                marks.connected() - marks.start(), marks.firstFrame() - marks.start(), stats.frameWidth(), stats.frameHeight());
        Figures.save("chrome-offer.sdp", offer);
        Figures.save("chrome-answer.sdp", answer);
    }
}

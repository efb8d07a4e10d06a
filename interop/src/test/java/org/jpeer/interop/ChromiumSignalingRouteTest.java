package org.jpeer.interop;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

/**
 * Proves the page → Java signaling route that the JPeer echo tests plug their answerer into: the
 * page POSTs its complete offer to {@code /offer}, a Java {@link TestPageServer.Answerer} gets the
 * SDP, and its refusal reaches the page as a 400 with the reason.
 */
class ChromiumSignalingRouteTest extends ChromiumTest {

    @Test
    void offerReachesJavaAndRefusalReachesPage() {
        AtomicReference<String> received = new AtomicReference<>();
        pages.onOffer("/offer", offer -> {
            received.set(offer);
            throw new IllegalArgumentException("refused on purpose by the test");
        });
        chromium.open(pages.uri("/"));

        ChromePeer.HttpReply reply = ChromePeer.create(chromium, "page").offerTo("/offer");

        String offer = received.get();
        assertAll(
                () -> assertEquals(400, reply.status()),
                () -> assertEquals("refused on purpose by the test", reply.body()),
                () -> assertTrue(offer.startsWith("v=0"), "an SDP offer reached Java"),
                () -> assertTrue(offer.contains("m=audio") && offer.contains("m=video"), "with audio and video"),
                () -> assertTrue(offer.contains("a=candidate:"), "complete, with its candidates"));
    }
}

package org.jpeer.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jpeer.jsep.MediaEcho;
import org.jpeer.jsep.RTCConfiguration;
import org.jpeer.jsep.RTCPeerConnection;
import org.jpeer.jsep.RTCSessionDescription;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Chrome offers its fake camera and microphone; JPeer answers (no trickle: the webrtc-echoes
 * {@code POST /offer} exchange) and echoes both tracks back; Chrome decodes the echo.
 */
class JPeerAnswersChromeTest extends ChromiumTest {
    private final List<RTCPeerConnection> connections = new CopyOnWriteArrayList<>();

    @AfterEach
    void closeConnections() {
        connections.forEach(RTCPeerConnection::close);
    }

    @Test
    void chromeDecodesItsEchoedAudioAndVideo() {
        pages.onOffer("/offer", offer -> {
            RTCPeerConnection pc = new RTCPeerConnection(RTCConfiguration.defaults());
            connections.add(pc);
            MediaEcho.install(pc);
            pc.setRemoteDescription(RTCSessionDescription.offer(offer)).join();
            pc.setLocalDescription(pc.createAnswer().join()).join();
            pc.whenIceGatheringComplete().join();
            return pc.localDescription().sdp();
        });
        chromium.open(pages.uri("/"));
        ChromePeer page = ChromePeer.create(chromium, "page");

        ChromePeer.HttpReply reply = page.offerTo("/offer");
        assertEquals(200, reply.status(), reply.body());
        page.awaitConnected(Duration.ofSeconds(10));
        ChromePeer.InboundStats first = page.awaitStats(s -> s.framesDecoded() > 0 && s.totalSamplesReceived() > 0,
                "echoed video decoded and echoed audio played", Duration.ofSeconds(15));
        ChromePeer.InboundStats later = page.awaitStats(s -> s.framesDecoded() > first.framesDecoded() + 10,
                "more echoed frames decoded", Duration.ofSeconds(10));

        assertTrue(later.frameWidth() > 0 && later.frameHeight() > 0, "echoed frames have a size: " + later);
        ChromePeer.Marks m = later.marks();
        Figures.record("chrome-jpeer-echo.txt",
                "chrome->jpeer echo createOffer->connected %.1f ms, createOffer->first echoed frame %.1f ms (%dx%d)",
                m.connected() - m.start(), m.firstFrame() - m.start(), later.frameWidth(), later.frameHeight());
    }
}

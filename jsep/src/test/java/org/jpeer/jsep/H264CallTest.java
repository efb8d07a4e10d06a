package org.jpeer.jsep;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jpeer.jsep.negotiation.LocalCapabilities;
import org.jpeer.jsep.negotiation.MediaKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** H.264 forced on both sides: negotiated, packetized (RFC 6184), reassembled and decodable. */
@Timeout(30)
class H264CallTest {

    @Test
    void h264PicturesArriveDecodable() {
        RTCConfiguration h264Only = RTCConfiguration.builder()
                .capabilities(LocalCapabilities.builder().onlyVideoCodec("h264").build()).build();
        try (TestPeer a = new TestPeer(h264Only, true); TestPeer b = new TestPeer(h264Only, true)) {
            a.send(MediaKind.VIDEO);
            TestPeer.connect(a, b);
            b.awaitVideoVerified(1);
            b.awaitMoreFrames(a.pc.getTransceivers().get(0).mid(), 30);
            RTCStats inbound = b.pc.getStats().join().ofType("inbound-rtp").get(0);
            String mime = b.pc.getStats().join().get(inbound.getString("codecId")).orElseThrow().getString("mimeType");
            assertEquals("video/H264", mime);
        }
    }
}

package org.jpeer.jsep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jpeer.jsep.negotiation.MediaKind;
import org.jpeer.jsep.negotiation.OfferOptions;
import org.jpeer.jsep.sdp.SdpParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** ICE restart during media: new credentials on both sides, and the audio never stops for a second. */
@Timeout(60)
class IceRestartTest {

    @Test
    void restartIceDuringMediaChangesCredentialsWithoutAGap() {
        try (TestPeer a = new TestPeer(); TestPeer b = new TestPeer()) {
            a.send(MediaKind.AUDIO);
            TestPeer.connect(a, b);
            String mid = a.pc.getTransceivers().get(0).mid();
            b.awaitMoreFrames(mid, 10);
            String aUfrag = ufrag(a.pc.localDescription());
            String bUfrag = ufrag(b.pc.localDescription());
            int events = a.negotiationNeeded.get();
            b.resetGaps(mid);

            a.pc.restartIce();
            TestPeer.await(() -> a.negotiationNeeded.get() == events + 1, () -> "negotiationneeded after restartIce");
            TestPeer.negotiate(a, b);

            assertNotEquals(aUfrag, ufrag(a.pc.localDescription()), "offerer has new credentials");
            assertNotEquals(bUfrag, ufrag(b.pc.localDescription()), "answerer restarted too");
            b.awaitMoreFrames(mid, 100);
            assertTrue(b.longestGapMillis(mid) < 1000, "longest gap " + b.longestGapMillis(mid) + " ms");
            assertEquals(RTCPeerConnectionState.CONNECTED, a.pc.connectionState());
            a.pc.getTransceivers();
            assertEquals(events + 1, a.negotiationNeeded.get(), "the restart was negotiated; nothing more needed");
        }
    }

    @Test
    void theAnswererCanRestartWithAnOfferOption() {
        try (TestPeer a = new TestPeer(); TestPeer b = new TestPeer()) {
            a.send(MediaKind.AUDIO);
            b.send(MediaKind.AUDIO);
            TestPeer.connect(a, b);
            String mid = a.pc.getTransceivers().get(0).mid();
            String aUfrag = ufrag(a.pc.localDescription());
            a.resetGaps(mid);

            b.pc.setLocalDescription(b.pc.createOffer(new OfferOptions(true)).join()).join();
            a.setRemoteDescription(b.pc.localDescription());
            a.pc.setLocalDescription().join();
            b.setRemoteDescription(a.pc.localDescription());

            assertNotEquals(aUfrag, ufrag(a.pc.localDescription()));
            a.awaitMoreFrames(mid, 100);
            assertTrue(a.longestGapMillis(mid) < 1000, "longest gap " + a.longestGapMillis(mid) + " ms");
        }
    }

    private static String ufrag(RTCSessionDescription d) {
        return SdpParser.parse(d.sdp()).media().get(0).iceUfrag().orElseThrow();
    }
}

package org.jpeer.jsep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jpeer.jsep.negotiation.MediaKind;
import org.jpeer.rtp.payload.EncodedFrame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Two connections in one JVM over 127.0.0.1: negotiation, ICE, DTLS-SRTP and RTP end to end. */
@Timeout(30)
class PeerConnectionPairTest {

    @Test
    void audioFramesArriveIntactAndInOrder() throws Exception {
        try (TestPeer a = new TestPeer(); TestPeer b = new TestPeer()) {
            RTCPeerConnection offerer = a.pc;
            RTCPeerConnection answerer = b.pc;
            TestPeer.connectCandidates(a, b);
            List<EncodedFrame> received = new CopyOnWriteArrayList<>();
            CountDownLatch tenFrames = new CountDownLatch(10);
            answerer.onTrack(e -> e.track().onFrame(f -> {
                received.add(f);
                tenFrames.countDown();
            }));
            CountDownLatch connected = new CountDownLatch(2);
            offerer.onConnectionStateChange(s -> count(s, connected));
            answerer.onConnectionStateChange(s -> count(s, connected));

            MediaStreamTrack track = MediaStreamTrack.audio("tone");
            offerer.addTrack(track);
            RTCSessionDescription offer = offerer.createOffer().join();
            offerer.setLocalDescription(offer).join();
            b.setRemoteDescription(offer);
            RTCSessionDescription answer = answerer.createAnswer().join();
            answerer.setLocalDescription(answer).join();
            a.setRemoteDescription(answer);

            assertTrue(connected.await(10, TimeUnit.SECONDS), "both connected; offerer "
                    + offerer.connectionState() + " " + offerer.failureReason().orElse("") + ", answerer "
                    + answerer.connectionState() + " " + answerer.failureReason().orElse(""));
            for (int i = 0; i < 50 && tenFrames.getCount() > 0; i++) {
                track.writeFrame(EncodedFrame.audio(new byte[] {(byte) i, 1, 2, 3}, i * 960L));
                Thread.sleep(Duration.ofMillis(20).toMillis());
            }
            assertTrue(tenFrames.await(5, TimeUnit.SECONDS), "ten frames received, got " + received.size());
            int first = received.get(0).data()[0];
            for (int i = 0; i < received.size(); i++) {
                assertEquals(first + i, received.get(i).data()[0], "frame " + i + " in order");
            }
            RTCStatsReport stats = answerer.getStats().join();
            RTCStats inbound = stats.ofType("inbound-rtp").get(0);
            assertEquals(MediaKind.AUDIO.sdpName(), inbound.get("kind"));
            assertTrue(inbound.getLong("packetsReceived") >= 10);
            RTCStats transport = stats.ofType("transport").get(0);
            assertEquals("connected", transport.get("dtlsState"));
            assertEquals(0, transport.getLong("jpeerPacketsDropped"), "no received packet lost in the pipeline");
        }
    }

    private static void count(RTCPeerConnectionState s, CountDownLatch latch) {
        if (s == RTCPeerConnectionState.CONNECTED) {
            latch.countDown();
        }
    }
}

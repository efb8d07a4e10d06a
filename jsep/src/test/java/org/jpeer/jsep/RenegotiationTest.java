package org.jpeer.jsep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletionException;
import org.jpeer.jsep.negotiation.InvalidStateException;
import org.jpeer.jsep.negotiation.MediaKind;
import org.jpeer.jsep.negotiation.RTCRtpTransceiverDirection;
import org.jpeer.jsep.negotiation.RTCSignalingState;
import org.jpeer.jsep.sdp.MediaDescription;
import org.jpeer.jsep.sdp.SdpParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Java↔Java calls that change while media flows: new tracks, stops, directions, rollback and glare. */
@Timeout(60)
class RenegotiationTest {

    @Test
    void videoAddedToAnAudioCallFlowsAndAudioGoesOn() {
        try (TestPeer a = new TestPeer(); TestPeer b = new TestPeer()) {
            a.send(MediaKind.AUDIO);
            TestPeer.connect(a, b);
            String audioMid = a.pc.getTransceivers().get(0).mid();
            b.awaitToneVerified();
            int before = a.negotiationNeeded.get();

            a.send(MediaKind.VIDEO);
            TestPeer.await(() -> a.negotiationNeeded.get() == before + 1, () -> "negotiationneeded after addTrack");
            TestPeer.negotiate(a, b);

            RTCRtpTransceiver video = a.pc.getTransceivers().get(1);
            assertEquals(RTCRtpTransceiverDirection.SENDONLY, video.currentDirection(), "b has no video to send");
            b.awaitVideoVerified(1);
            b.awaitMoreFrames(video.mid(), 30);
            b.awaitMoreFrames(audioMid, 25);
            assertEquals(RTCSignalingState.STABLE, a.pc.signalingState());
        }
    }

    @Test
    void stoppedTransceiverGetsPortZeroItsMediaStopsAndANewOneReusesTheMLine() {
        try (TestPeer a = new TestPeer(); TestPeer b = new TestPeer()) {
            a.send(MediaKind.AUDIO);
            a.send(MediaKind.VIDEO);
            TestPeer.connect(a, b);
            RTCRtpTransceiver video = a.pc.getTransceivers().get(1);
            String videoMid = video.mid();
            String audioMid = a.pc.getTransceivers().get(0).mid();
            b.awaitMoreFrames(videoMid, 10);
            RTCRtpTransceiver remoteVideo = b.pc.getTransceivers().get(1);

            video.stop();
            assertTrue(video.stopped());
            assertNull(video.sender().outbound(), "sending stops at once");
            TestPeer.negotiate(a, b);

            MediaDescription rejected = SdpParser.parse(a.pc.localDescription().sdp()).media().get(1);
            assertEquals(0, rejected.port(), "stopped m-section has port 0");
            assertEquals(RTCRtpTransceiverDirection.STOPPED, video.currentDirection());
            assertEquals(1, a.pc.getTransceivers().size(), "stopped transceiver left getTransceivers()");
            assertEquals(1, b.pc.getTransceivers().size(), "the remote one left too");
            assertEquals(MediaStreamTrack.ReadyState.ENDED, remoteVideo.receiver().track().readyState());
            long stoppedAt = b.frames(videoMid);
            b.awaitMoreFrames(audioMid, 25);
            assertTrue(b.frames(videoMid) <= stoppedAt + 1, "no video after the stop");

            RTCRtpTransceiver again = a.pc.addTransceiver(MediaStreamTrack.create(MediaKind.VIDEO), RTCRtpTransceiverDirection.SENDONLY);
            a.play(MediaKind.VIDEO, again.sender().track());
            TestPeer.negotiate(a, b);
            List<MediaDescription> media = SdpParser.parse(a.pc.localDescription().sdp()).media();
            assertEquals(2, media.size(), "the free m-line was reused, not a third added");
            assertNotEquals(videoMid, again.mid(), "a reused m-line gets a new mid");
            assertEquals(RTCRtpTransceiverDirection.SENDONLY, again.currentDirection());
            b.awaitMoreFrames(again.mid(), 30);
        }
    }

    @Test
    void directionChangesAreNegotiatedAndStopMedia() {
        try (TestPeer a = new TestPeer(); TestPeer b = new TestPeer()) {
            a.send(MediaKind.AUDIO);
            TestPeer.connect(a, b);
            RTCRtpTransceiver audio = a.pc.getTransceivers().get(0);
            b.awaitMoreFrames(audio.mid(), 10);
            int before = a.negotiationNeeded.get();

            audio.setDirection(RTCRtpTransceiverDirection.INACTIVE);
            assertEquals(RTCRtpTransceiverDirection.SENDONLY, audio.currentDirection(), "not before negotiation");
            TestPeer.await(() -> a.negotiationNeeded.get() == before + 1, () -> "negotiationneeded after setDirection");
            TestPeer.negotiate(a, b);
            assertEquals(RTCRtpTransceiverDirection.INACTIVE, audio.currentDirection());
            assertNull(audio.sender().outbound());

            audio.setDirection(RTCRtpTransceiverDirection.SENDONLY);
            TestPeer.negotiate(a, b);
            assertEquals(RTCRtpTransceiverDirection.SENDONLY, audio.currentDirection());
            b.awaitMoreFrames(audio.mid(), 10);
            assertThrows(IllegalArgumentException.class, () -> audio.setDirection(RTCRtpTransceiverDirection.STOPPED));
        }
    }

    @Test
    void removeTrackStopsSendingAndOffersRecvonly() {
        try (TestPeer a = new TestPeer(); TestPeer b = new TestPeer()) {
            RTCRtpSender sender = a.send(MediaKind.AUDIO);
            TestPeer.connect(a, b);
            RTCRtpTransceiver audio = a.pc.getTransceivers().get(0);
            b.awaitMoreFrames(audio.mid(), 5);

            a.pc.removeTrack(sender);
            assertNull(sender.track());
            assertEquals(RTCRtpTransceiverDirection.RECVONLY, audio.direction());
            TestPeer.negotiate(a, b);
            assertNull(audio.sender().outbound());
            // b has nothing to send, so with a only receiving nothing flows either way.
            assertEquals(RTCRtpTransceiverDirection.INACTIVE, audio.currentDirection());
            assertEquals(RTCRtpTransceiverDirection.INACTIVE, b.pc.getTransceivers().get(0).currentDirection());
        }
    }

    @Test
    void negotiationNeededFiresOncePerBatchOnlyInStableAndAgainAfterANegotiation() {
        try (TestPeer a = new TestPeer(); TestPeer b = new TestPeer()) {
            a.pc.addTrack(MediaStreamTrack.create(MediaKind.AUDIO));
            a.pc.addTrack(MediaStreamTrack.create(MediaKind.VIDEO));
            TestPeer.await(() -> a.negotiationNeeded.get() == 1, () -> "one event, got " + a.negotiationNeeded.get());

            a.pc.setLocalDescription().join();
            RTCRtpTransceiver late = a.pc.addTransceiver(MediaKind.AUDIO, RTCRtpTransceiverDirection.RECVONLY);
            b.pc.setRemoteDescription(a.pc.localDescription()).join();
            b.pc.setLocalDescription().join();
            assertEquals(1, a.negotiationNeeded.get(), "not fired in have-local-offer");
            a.pc.setRemoteDescription(b.pc.localDescription()).join();
            TestPeer.await(() -> a.negotiationNeeded.get() == 2, () -> "fired again once stable");
            assertNull(late.mid());

            TestPeer.negotiate(a, b);
            assertTrue(late.mid() != null);
            a.pc.getTransceivers();  // a round trip through the executor: a queued event would have run
            assertEquals(2, a.negotiationNeeded.get(), "nothing left to negotiate");
            assertEquals(0, b.negotiationNeeded.get(), "the answerer accepted everything offered");
        }
    }

    @Test
    void glareIsResolvedByRollingBackAndAnswering() {
        try (TestPeer polite = new TestPeer(); TestPeer impolite = new TestPeer()) {
            TestPeer.connectCandidates(polite, impolite);
            polite.send(MediaKind.AUDIO);
            impolite.send(MediaKind.AUDIO);
            polite.pc.setLocalDescription().join();
            impolite.pc.setLocalDescription().join();

            RTCSessionDescription theirs = impolite.pc.localDescription();
            CompletionException glare = assertThrows(CompletionException.class,
                    () -> polite.pc.setRemoteDescription(theirs).join());
            assertTrue(glare.getCause() instanceof InvalidStateException, glare.getCause().toString());

            polite.pc.setLocalDescription(RTCSessionDescription.rollback()).join();
            assertEquals(RTCSignalingState.STABLE, polite.pc.signalingState());
            polite.setRemoteDescription(theirs);
            polite.pc.setLocalDescription().join();
            impolite.setRemoteDescription(polite.pc.localDescription());
            impolite.awaitConnected();
            polite.awaitConnected();
            impolite.awaitToneVerified();

            // The polite side's own track was taken up by the answer (addTrack reuse) and flows too.
            String mid = polite.pc.getTransceivers().get(0).mid();
            impolite.awaitMoreFrames(mid, 10);
            polite.awaitMoreFrames(mid, 10);
        }
    }

    @Test
    void aRemoteOfferRolledBackLeavesNoTraceAndTheNextNegotiationWorks() {
        try (TestPeer a = new TestPeer(); TestPeer b = new TestPeer()) {
            a.send(MediaKind.AUDIO);
            a.pc.setLocalDescription().join();
            b.pc.setRemoteDescription(a.pc.localDescription()).join();
            assertEquals(RTCSignalingState.HAVE_REMOTE_OFFER, b.pc.signalingState());
            RTCRtpTransceiver offered = b.pc.getTransceivers().get(0);

            b.pc.setRemoteDescription(RTCSessionDescription.rollback()).join();
            a.pc.setLocalDescription(RTCSessionDescription.rollback()).join();
            assertEquals(RTCSignalingState.STABLE, b.pc.signalingState());
            assertNull(b.pc.remoteDescription());
            assertEquals(List.of(), b.pc.getTransceivers(), "the offer's transceiver went with it");
            assertEquals(RTCRtpTransceiverDirection.STOPPED, offered.currentDirection());

            TestPeer.connect(a, b);
            b.awaitMoreFrames(a.pc.getTransceivers().get(0).mid(), 10);
        }
    }
}

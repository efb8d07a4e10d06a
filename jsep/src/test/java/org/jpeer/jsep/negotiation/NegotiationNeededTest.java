package org.jpeer.jsep.negotiation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** W3C "check if negotiation is needed" on the pure session, offerer and answerer side. */
class NegotiationNeededTest {
    private final JsepSession a = Peers.session(1);
    private final JsepSession b = Peers.session(2);

    @Test
    void aNewSessionNeedsNothingAndATransceiverNeedsAnOffer() {
        assertFalse(a.negotiationNeeded());
        a.addTrack(MediaKind.AUDIO, Peers.audio(11));
        assertTrue(a.negotiationNeeded());
    }

    @Test
    void aCompletedNegotiationSettlesBothSides() {
        a.addTrack(MediaKind.AUDIO, Peers.audio(11));
        a.addTransceiver(MediaKind.VIDEO, RTCRtpTransceiverDirection.RECVONLY, Optional.empty());
        Peers.negotiate(a, Peers.transport(1), b, Peers.transport(2));
        assertFalse(a.negotiationNeeded(), "offerer");
        assertFalse(b.negotiationNeeded(), "answerer, which answered with less than it was offered");
    }

    @Test
    void notOutsideStableState() {
        a.addTrack(MediaKind.AUDIO, Peers.audio(11));
        a.setLocalDescription(RTCSdpType.OFFER, a.createOffer(OfferOptions.DEFAULT, Peers.transport(1)));
        a.addTrack(MediaKind.VIDEO, Peers.video(21));
        assertFalse(a.negotiationNeeded());
    }

    @Test
    void aDirectionChangeNeedsNegotiationUntilTheAnswerReflectsIt() {
        TransceiverState t = a.addTrack(MediaKind.AUDIO, Peers.audio(11));
        Peers.negotiate(a, Peers.transport(1), b, Peers.transport(2));
        a.setDirection(t.id(), RTCRtpTransceiverDirection.INACTIVE);
        assertTrue(a.negotiationNeeded());
        Peers.negotiate(a, Peers.transport(1), b, Peers.transport(2));
        assertFalse(a.negotiationNeeded());
    }

    @Test
    void theAnswererComparesItsAnswerWithWhatItWouldAnswerNow() {
        a.addTransceiver(MediaKind.AUDIO, RTCRtpTransceiverDirection.RECVONLY, Optional.empty());
        Peers.negotiate(a, Peers.transport(1), b, Peers.transport(2));
        TransceiverState remote = b.transceivers().get(0);
        // Its answer said inactive (nothing to send); wanting to send now needs an offer of its own.
        b.setDirection(remote.id(), RTCRtpTransceiverDirection.SENDRECV);
        assertTrue(b.negotiationNeeded());
        b.setDirection(remote.id(), RTCRtpTransceiverDirection.INACTIVE);
        assertFalse(b.negotiationNeeded(), "inactive is what the answer said");
    }

    @Test
    void aStopNeedsNegotiationUntilPortZeroIsAgreed() {
        TransceiverState t = a.addTrack(MediaKind.AUDIO, Peers.audio(11));
        a.addTrack(MediaKind.VIDEO, Peers.video(21));
        Peers.negotiate(a, Peers.transport(1), b, Peers.transport(2));
        a.stop(t.id());
        assertTrue(a.negotiationNeeded());
        Peers.negotiate(a, Peers.transport(1), b, Peers.transport(2));
        assertFalse(a.negotiationNeeded());
        assertFalse(b.negotiationNeeded());
    }
}

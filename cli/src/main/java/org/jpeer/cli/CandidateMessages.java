package org.jpeer.cli;

import org.jpeer.jsep.RTCIceCandidate;
import org.jpeer.signaling.SignalMessage;

/** Converts candidates between the signaling message and the peer connection's type (the same JSON shape). */
final class CandidateMessages {

    private CandidateMessages() {
    }

    static RTCIceCandidate toRtc(SignalMessage.Candidate c) {
        return new RTCIceCandidate(c.candidate(), c.sdpMid(), c.sdpMLineIndex(), null);
    }

    static SignalMessage.Candidate toMessage(RTCIceCandidate c) {
        return new SignalMessage.Candidate(c.candidate(), c.sdpMid(), c.sdpMLineIndex());
    }
}

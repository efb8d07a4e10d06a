package org.jpeer.jsep;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * What a page's signaling code does with trickled candidates: one that arrives before the remote
 * description (the peer gathers while its description is on the way) waits for it, since
 * {@code addIceCandidate} refuses it until then. Wire it as the peer's {@code onicecandidate}.
 *
 * <pre>{@code
 * CandidateInbox inbox = new CandidateInbox(answerer);
 * offerer.onIceCandidate(inbox);
 * inbox.setRemoteDescription(offer);   // applies the offer, then the candidates that waited
 * }</pre>
 */
public final class CandidateInbox implements Consumer<RTCIceCandidate> {
    private final RTCPeerConnection pc;
    private final List<RTCIceCandidate> waiting = new ArrayList<>();
    private boolean hasRemoteDescription;

    public CandidateInbox(RTCPeerConnection pc) {
        this.pc = pc;
    }

    @Override
    public synchronized void accept(RTCIceCandidate c) {
        if (hasRemoteDescription) {
            pc.addIceCandidate(c);
        } else {
            waiting.add(c);
        }
    }

    /** Applies {@code d} to the connection, then the candidates that waited for a remote description. */
    public synchronized void setRemoteDescription(RTCSessionDescription d) {
        pc.setRemoteDescription(d).join();
        hasRemoteDescription = pc.remoteDescription() != null;
        if (hasRemoteDescription) {
            waiting.forEach(pc::addIceCandidate);
            waiting.clear();
        }
    }
}

package org.jpeer.jsep.internal;

import java.util.List;
import org.jpeer.ice.IceCandidate;
import org.jpeer.jsep.sdp.Candidate;
import org.jpeer.jsep.sdp.EndOfCandidates;
import org.jpeer.jsep.sdp.MediaDescription;
import org.jpeer.jsep.sdp.SessionDescription;

/**
 * Writes the candidates gathered so far into a local description, as a browser's
 * {@code pc.localDescription} shows them: in the BUNDLE-tagged (first) m-section, with
 * {@code a=end-of-candidates} once gathering is complete. A peer that does not trickle (a WHIP
 * client, the webrtc-echoes protocol) sends this.
 */
public final class LocalCandidates {

    private LocalCandidates() {
    }

    public static SessionDescription write(SessionDescription description, List<IceCandidate> candidates,
                                           boolean complete) {
        if (description.media().isEmpty()) {
            return description;
        }
        MediaDescription first = description.media().get(0);
        MediaDescription.Builder b = first.toBuilder()
                .removeAttributes(Candidate.class)
                .removeAttributes(EndOfCandidates.class);
        candidates.forEach(c -> b.addAttribute(new Candidate(c)));
        if (complete) {
            b.addAttribute(new EndOfCandidates());
        }
        return description.toBuilder().setMedia(0, b.build()).build();
    }
}

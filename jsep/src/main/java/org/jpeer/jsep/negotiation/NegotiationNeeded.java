package org.jpeer.jsep.negotiation;

import java.util.List;
import java.util.Optional;
import org.jpeer.jsep.sdp.MediaDescription;
import org.jpeer.jsep.sdp.SessionDescription;

/**
 * W3C "check if negotiation is needed" (webrtc-pc §4.7.3), for the transceivers' part: whether
 * what the application asked for differs from what the current descriptions say. Pure.
 */
final class NegotiationNeeded {

    private NegotiationNeeded() {
    }

    /**
     * @param weOffered whether {@code currentLocal} was our offer (else our answer)
     */
    static boolean check(List<TransceiverState> transceivers, SessionDescription currentLocal,
                         SessionDescription currentRemote, boolean weOffered) {
        for (TransceiverState t : transceivers) {
            if (t.stopped()) {
                // A stop is negotiated once our current description gives the m-section port 0.
                if (section(currentLocal, t.mid()).filter(m -> m.port() != 0).isPresent()) {
                    return true;
                }
                continue;
            }
            Optional<MediaDescription> local = section(currentLocal, t.mid());
            if (local.isEmpty()) {
                return true;
            }
            RTCRtpTransceiverDirection described = SdpConversions.fromSdp(local.get().direction());
            Optional<RTCRtpTransceiverDirection> remote = section(currentRemote, t.mid())
                    .map(m -> SdpConversions.fromSdp(m.direction()));
            if (weOffered) {
                // The answer may have narrowed what we offered; either matching the wish is enough.
                if (described != t.direction() && remote.map(RTCRtpTransceiverDirection::reversed)
                        .filter(d -> d == t.direction()).isEmpty()) {
                    return true;
                }
            } else if (remote.isPresent() && described != RTCRtpTransceiverDirection.answerTo(remote.get(), t.direction())) {
                return true;
            }
        }
        return false;
    }

    private static Optional<MediaDescription> section(SessionDescription d, String mid) {
        return d == null || mid == null ? Optional.empty() : d.mediaByMid(mid);
    }
}

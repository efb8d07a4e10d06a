package org.jpeer.jsep;

import java.util.Objects;
import org.jpeer.jsep.negotiation.RTCSdpType;

/**
 * An offer, answer, pranswer or rollback, as a page's {@code RTCSessionDescriptionInit}
 * {@code {"type":"offer","sdp":"v=0..."}}.
 *
 * <pre>{@code
 * RTCSessionDescription offer = pc.createOffer().join();
 * send(offer.type().w3cName(), offer.sdp());
 * other.setRemoteDescription(new RTCSessionDescription(RTCSdpType.ANSWER, answerText)).join();
 * }</pre>
 */
public record RTCSessionDescription(RTCSdpType type, String sdp) {

    public RTCSessionDescription {
        Objects.requireNonNull(type, "type");
        if (sdp == null) {
            sdp = "";
        }
    }

    public static RTCSessionDescription offer(String sdp) {
        return new RTCSessionDescription(RTCSdpType.OFFER, sdp);
    }

    public static RTCSessionDescription answer(String sdp) {
        return new RTCSessionDescription(RTCSdpType.ANSWER, sdp);
    }

    public static RTCSessionDescription rollback() {
        return new RTCSessionDescription(RTCSdpType.ROLLBACK, "");
    }
}

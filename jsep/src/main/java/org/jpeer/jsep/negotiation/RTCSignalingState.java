package org.jpeer.jsep.negotiation;

import java.util.Locale;

/**
 * The signaling state of a peer connection (W3C WebRTC §4.3.1, RFC 9429 §3.2).
 *
 * <pre>{@code
 * RTCSignalingState.HAVE_LOCAL_OFFER.w3cName();   // "have-local-offer"
 * }</pre>
 */
public enum RTCSignalingState {
    STABLE, HAVE_LOCAL_OFFER, HAVE_REMOTE_OFFER, HAVE_LOCAL_PRANSWER, HAVE_REMOTE_PRANSWER, CLOSED;

    /** The string a browser reports in {@code pc.signalingState}. */
    public String w3cName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}

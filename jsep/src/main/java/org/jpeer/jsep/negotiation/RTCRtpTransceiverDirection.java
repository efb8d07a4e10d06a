package org.jpeer.jsep.negotiation;

import java.util.Locale;

/**
 * The direction of a transceiver (W3C WebRTC §5.4.1) and of an m-section (RFC 9429 §5.2.1).
 *
 * <p>Answer directions follow RFC 9429 §5.3.1: the answerer reverses what the offerer said and
 * keeps only what it wants itself.
 *
 * <pre>{@code
 * RTCRtpTransceiverDirection.answerTo(SENDONLY, SENDRECV);   // RECVONLY
 * }</pre>
 */
public enum RTCRtpTransceiverDirection {
    SENDRECV, SENDONLY, RECVONLY, INACTIVE, STOPPED;

    /** The browser's string, e.g. {@code "sendrecv"}. */
    public String w3cName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses the browser's string.
     *
     * @throws IllegalArgumentException naming the unknown value
     */
    public static RTCRtpTransceiverDirection fromW3c(String name) {
        for (RTCRtpTransceiverDirection d : values()) {
            if (d.w3cName().equals(name)) {
                return d;
            }
        }
        throw new IllegalArgumentException("unknown RTCRtpTransceiverDirection '" + name + "'");
    }

    public boolean sends() {
        return this == SENDRECV || this == SENDONLY;
    }

    public boolean receives() {
        return this == SENDRECV || this == RECVONLY;
    }

    /** The direction made of the two flags; {@code INACTIVE} when neither is set. */
    public static RTCRtpTransceiverDirection of(boolean send, boolean receive) {
        if (send) {
            return receive ? SENDRECV : SENDONLY;
        }
        return receive ? RECVONLY : INACTIVE;
    }

    /** The same m-section seen from the other peer: what one sends, the other receives. */
    public RTCRtpTransceiverDirection reversed() {
        return this == STOPPED ? STOPPED : of(receives(), sends());
    }

    /** Only what both allow. */
    public RTCRtpTransceiverDirection intersect(RTCRtpTransceiverDirection other) {
        if (this == STOPPED || other == STOPPED) {
            return STOPPED;
        }
        return of(sends() && other.sends(), receives() && other.receives());
    }

    /**
     * The direction an answerer puts in its answer: the offered direction reversed, limited to what
     * the local transceiver wants (RFC 9429 §5.3.1).
     */
    public static RTCRtpTransceiverDirection answerTo(RTCRtpTransceiverDirection offered,
                                                      RTCRtpTransceiverDirection local) {
        return offered.reversed().intersect(local);
    }
}

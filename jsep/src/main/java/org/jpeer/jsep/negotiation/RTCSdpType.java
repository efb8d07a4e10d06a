package org.jpeer.jsep.negotiation;

import java.util.Locale;

/**
 * The {@code type} of an {@code RTCSessionDescription} (W3C WebRTC §4.8.1, RFC 9429 §4.1.8).
 *
 * <pre>{@code
 * RTCSdpType t = RTCSdpType.fromW3c("offer");   // OFFER
 * t.w3cName();                                  // "offer"
 * }</pre>
 */
public enum RTCSdpType {
    OFFER, PRANSWER, ANSWER, ROLLBACK;

    /** The string a browser uses, e.g. {@code "pranswer"}. */
    public String w3cName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses the browser's string.
     *
     * @throws IllegalArgumentException naming the unknown value
     */
    public static RTCSdpType fromW3c(String name) {
        for (RTCSdpType t : values()) {
            if (t.w3cName().equals(name)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown RTCSdpType '" + name + "'");
    }
}

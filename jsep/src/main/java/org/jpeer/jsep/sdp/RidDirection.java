package org.jpeer.jsep.sdp;

import java.util.Locale;

/**
 * The direction of an {@code a=rid} line and of a half of {@code a=simulcast} (RFC 8851, RFC 8853).
 *
 * <pre>{@code
 * RidDirection.fromSdp("send").reverse();   // RECV
 * }</pre>
 */
public enum RidDirection {
    SEND, RECV;

    public String sdpName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public RidDirection reverse() {
        return this == SEND ? RECV : SEND;
    }

    public static RidDirection fromSdp(String s) {
        for (RidDirection d : values()) {
            if (d.sdpName().equals(s)) {
                return d;
            }
        }
        throw SdpGrammar.violation("rid direction '" + s + "' is neither 'send' nor 'recv'");
    }
}

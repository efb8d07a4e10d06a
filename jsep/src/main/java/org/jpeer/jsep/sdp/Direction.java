package org.jpeer.jsep.sdp;

import java.util.Locale;

/**
 * Media direction (RFC 8866 §6.7, RFC 9429 §5.2.2), also used for {@code a=extmap} directions.
 *
 * <pre>{@code
 * Direction d = Direction.fromFlags(true, false);   // SENDONLY
 * d.reverse();                                     // RECVONLY: what the answerer's side looks like
 * }</pre>
 */
public enum Direction {
    SENDRECV, SENDONLY, RECVONLY, INACTIVE;

    /** The direction as seen from the other end. */
    public Direction reverse() {
        return fromFlags(canReceive(), canSend());
    }

    public boolean canSend() {
        return this == SENDRECV || this == SENDONLY;
    }

    public boolean canReceive() {
        return this == SENDRECV || this == RECVONLY;
    }

    /** The attribute name: {@code sendrecv}, {@code sendonly}, {@code recvonly} or {@code inactive}. */
    public String sdpName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Direction fromFlags(boolean send, boolean receive) {
        if (send) {
            return receive ? SENDRECV : SENDONLY;
        }
        return receive ? RECVONLY : INACTIVE;
    }

    /** The direction named exactly {@code name} (lower case, as SDP writes it). */
    public static Direction fromSdp(String name) {
        for (Direction d : values()) {
            if (d.sdpName().equals(name)) {
                return d;
            }
        }
        throw SdpGrammar.violation("unknown direction '" + name + "'");
    }
}

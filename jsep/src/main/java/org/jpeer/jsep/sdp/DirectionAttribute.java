package org.jpeer.jsep.sdp;

import java.util.Objects;

/**
 * {@code a=sendrecv}, {@code a=sendonly}, {@code a=recvonly} or {@code a=inactive} (RFC 8866 §6.7).
 *
 * <pre>{@code
 * new DirectionAttribute(Direction.RECVONLY).toSdpLine();   // "a=recvonly"
 * }</pre>
 */
public record DirectionAttribute(Direction direction) implements SdpAttribute {

    public DirectionAttribute {
        Objects.requireNonNull(direction, "direction");
    }

    @Override
    public String name() {
        return direction.sdpName();
    }

    @Override
    public String sdpValue() {
        return null;
    }
}

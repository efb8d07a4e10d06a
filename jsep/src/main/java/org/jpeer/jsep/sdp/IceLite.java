package org.jpeer.jsep.sdp;

/**
 * {@code a=ice-lite}: the agent is ICE lite and never sends checks first (RFC 8839 §5.3).
 *
 * <pre>{@code
 * new IceLite().toSdpLine();   // "a=ice-lite"
 * }</pre>
 */
public record IceLite() implements SdpAttribute {
    public static final String NAME = "ice-lite";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String sdpValue() {
        return null;
    }
}

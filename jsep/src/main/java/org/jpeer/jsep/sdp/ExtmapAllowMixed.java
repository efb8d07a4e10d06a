package org.jpeer.jsep.sdp;

/**
 * {@code a=extmap-allow-mixed}: one- and two-byte RTP header extensions may be mixed in a stream (RFC 8285 §6).
 *
 * <pre>{@code
 * new ExtmapAllowMixed().toSdpLine();   // "a=extmap-allow-mixed"
 * }</pre>
 */
public record ExtmapAllowMixed() implements SdpAttribute {
    public static final String NAME = "extmap-allow-mixed";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String sdpValue() {
        return null;
    }
}

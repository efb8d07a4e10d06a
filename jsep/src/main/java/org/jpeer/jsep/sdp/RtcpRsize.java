package org.jpeer.jsep.sdp;

/**
 * {@code a=rtcp-rsize}: reduced-size RTCP may be sent (RFC 5506).
 *
 * <pre>{@code
 * new RtcpRsize().toSdpLine();   // "a=rtcp-rsize"
 * }</pre>
 */
public record RtcpRsize() implements SdpAttribute {
    public static final String NAME = "rtcp-rsize";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String sdpValue() {
        return null;
    }
}

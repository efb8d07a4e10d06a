package org.jpeer.jsep.sdp;

/**
 * {@code a=rtcp-mux-only}: RTCP is only ever multiplexed with RTP (RFC 8858).
 *
 * <pre>{@code
 * new RtcpMuxOnly().toSdpLine();   // "a=rtcp-mux-only"
 * }</pre>
 */
public record RtcpMuxOnly() implements SdpAttribute {
    public static final String NAME = "rtcp-mux-only";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String sdpValue() {
        return null;
    }
}

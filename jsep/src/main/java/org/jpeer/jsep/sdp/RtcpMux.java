package org.jpeer.jsep.sdp;

/**
 * {@code a=rtcp-mux}: RTP and RTCP share one transport (RFC 5761 §5.1.1).
 *
 * <pre>{@code
 * new RtcpMux().toSdpLine();   // "a=rtcp-mux"
 * }</pre>
 */
public record RtcpMux() implements SdpAttribute {
    public static final String NAME = "rtcp-mux";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String sdpValue() {
        return null;
    }
}

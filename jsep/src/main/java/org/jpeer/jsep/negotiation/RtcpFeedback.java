package org.jpeer.jsep.negotiation;

import java.util.Objects;

/**
 * One RTCP feedback mechanism of a codec ({@code a=rtcp-fb}, RFC 4585 §4.2), such as
 * {@code nack}, {@code nack pli}, {@code ccm fir}, {@code transport-cc} or {@code goog-remb}.
 *
 * <pre>{@code
 * RtcpFeedback pli = new RtcpFeedback("nack", "pli");
 * pli.sdpValue();   // "nack pli"
 * }</pre>
 *
 * @param type      the feedback type, e.g. {@code nack}
 * @param parameter the parameter after the type, {@code ""} when there is none
 */
public record RtcpFeedback(String type, String parameter) {

    public RtcpFeedback {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(parameter, "parameter");
    }

    /** A feedback type without parameter, e.g. {@code transport-cc}. */
    public static RtcpFeedback of(String type) {
        return new RtcpFeedback(type, "");
    }

    /** Parses {@code "nack pli"} or {@code "nack"}. */
    public static RtcpFeedback parse(String value) {
        String v = value.strip();
        int space = v.indexOf(' ');
        return space < 0 ? of(v) : new RtcpFeedback(v.substring(0, space), v.substring(space + 1).strip());
    }

    /** The value after the payload type in {@code a=rtcp-fb:<pt> <value>}. */
    public String sdpValue() {
        return parameter.isEmpty() ? type : type + " " + parameter;
    }
}

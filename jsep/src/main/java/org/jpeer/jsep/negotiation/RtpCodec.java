package org.jpeer.jsep.negotiation;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One payload type of an m-section: its {@code a=rtpmap}, {@code a=fmtp} and {@code a=rtcp-fb}
 * lines as a value.
 *
 * <pre>{@code
 * RtpCodec vp8 = new RtpCodec(96, "VP8", 90000, 0, Map.of(), List.of(new RtcpFeedback("nack", "pli")));
 * RtpCodec rtx = RtpCodec.rtx(97, vp8);   // rtx/90000 apt=96
 * }</pre>
 *
 * @param payloadType  0..127
 * @param name         encoding name as written, e.g. {@code opus}, {@code H264}, {@code rtx}
 * @param clockRate    RTP clock rate in Hz
 * @param channels     audio channels; 0 when the rtpmap names none (video)
 * @param fmtp         format parameters in order, empty when there is no {@code a=fmtp}
 * @param rtcpFeedback feedback mechanisms in order
 */
public record RtpCodec(int payloadType, String name, int clockRate, int channels,
                       Map<String, String> fmtp, List<RtcpFeedback> rtcpFeedback) {

    public RtpCodec {
        if (payloadType < 0 || payloadType > 127) {
            throw new IllegalArgumentException("payload type " + payloadType + " is not in 0..127");
        }
        Objects.requireNonNull(name, "name");
        fmtp = FmtpParameters.copyOf(fmtp);
        rtcpFeedback = List.copyOf(rtcpFeedback);
    }

    /** The retransmission codec (RFC 4588) that repairs {@code primary}. */
    public static RtpCodec rtx(int payloadType, RtpCodec primary) {
        return new RtpCodec(payloadType, "rtx", primary.clockRate(), 0,
                Map.of("apt", Integer.toString(primary.payloadType())), List.of());
    }

    /** Whether the encoding name is {@code encodingName}, ignoring case as RFC 4855 asks. */
    public boolean is(String encodingName) {
        return name.equalsIgnoreCase(encodingName);
    }

    public boolean isRtx() {
        return is("rtx");
    }

    public boolean isRed() {
        return is("red");
    }

    /** The payload type an rtx codec repairs ({@code apt}), empty for other codecs or a bad value. */
    public OptionalInt apt() {
        return isRtx() ? intParameter("apt") : OptionalInt.empty();
    }

    /** A format parameter as a decimal number, empty when absent or not a number. */
    public OptionalInt intParameter(String key) {
        String v = fmtp.get(key);
        if (v == null) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(Integer.parseInt(v.strip()));
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    /** The value of {@code a=rtpmap:<pt> <value>}, e.g. {@code opus/48000/2}. */
    public String rtpmapValue() {
        return channels > 0 ? name + "/" + clockRate + "/" + channels : name + "/" + clockRate;
    }

    /** The media subtype in lower case, as the W3C {@code mimeType} without its kind. */
    public String lowerName() {
        return name.toLowerCase(Locale.ROOT);
    }

    /** This codec under another payload type. */
    public RtpCodec withPayloadType(int pt) {
        return new RtpCodec(pt, name, clockRate, channels, fmtp, rtcpFeedback);
    }

    /** This codec with other format parameters and feedback. */
    public RtpCodec with(Map<String, String> newFmtp, List<RtcpFeedback> newFeedback) {
        return new RtpCodec(payloadType, name, clockRate, channels, newFmtp, newFeedback);
    }
}

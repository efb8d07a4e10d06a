package org.jpeer.jsep.negotiation;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A codec JPeer can send and receive, before a payload type is chosen
 * (W3C {@code RTCRtpCodecCapability}). Retransmission ({@code rtx}) is not listed here: it is
 * implied for every video codec when {@link LocalCapabilities#rtx()} is on.
 *
 * <pre>{@code
 * CodecCapability opus = new CodecCapability(MediaKind.AUDIO, "opus", 48000, 2,
 *         Map.of("minptime", "10", "useinbandfec", "1"), List.of(RtcpFeedback.of("transport-cc")));
 * RtpCodec offered = opus.withPayloadType(111);
 * }</pre>
 *
 * @param kind         audio or video
 * @param name         encoding name as put in the rtpmap, e.g. {@code opus}, {@code VP8}, {@code H264}
 * @param clockRate    RTP clock rate in Hz
 * @param channels     audio channels, 0 for video
 * @param fmtp         format parameters we offer, in order
 * @param rtcpFeedback feedback mechanisms we support for this codec, in order
 */
public record CodecCapability(MediaKind kind, String name, int clockRate, int channels,
                              Map<String, String> fmtp, List<RtcpFeedback> rtcpFeedback) {

    public CodecCapability {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        fmtp = FmtpParameters.copyOf(fmtp);
        rtcpFeedback = List.copyOf(rtcpFeedback);
    }

    /** This capability under a payload type, as put in an offer. */
    public RtpCodec withPayloadType(int payloadType) {
        return new RtpCodec(payloadType, name, clockRate, channels, fmtp, rtcpFeedback);
    }

    /** Whether the encoding name is {@code encodingName}, ignoring case. */
    public boolean is(String encodingName) {
        return name.equalsIgnoreCase(encodingName);
    }
}

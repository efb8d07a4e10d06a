package org.jpeer.jsep.sdp;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One payload type of an m-section seen as a codec: its rtpmap, fmtp and the feedback that applies.
 * A read-only view assembled by {@link MediaDescription#codecs()}; it is not an SDP line.
 *
 * <pre>{@code
 * for (Codec c : media.codecs()) {
 *     c.name();            // "VP8"
 *     c.parameters();      // {} or {"apt" -> "96"} for rtx
 * }
 * }</pre>
 *
 * @param fmtp the fmtp line, or {@code null}
 */
public record Codec(RtpMap rtpMap, Fmtp fmtp, List<RtcpFb> feedback) {

    public Codec {
        SdpGrammar.check(rtpMap != null, "codec needs an rtpmap");
        feedback = List.copyOf(feedback);
    }

    public int payloadType() {
        return rtpMap.payloadType();
    }

    public String name() {
        return rtpMap.encodingName();
    }

    public int clockRate() {
        return rtpMap.clockRate();
    }

    /** The channel count, 1 when the rtpmap does not say (RFC 8866 §6.6). */
    public int channels() {
        return rtpMap.channels() == null ? 1 : rtpMap.channels();
    }

    public Map<String, String> parameters() {
        return fmtp == null ? Map.of() : fmtp.parameterMap();
    }

    public Optional<Fmtp> fmtpValue() {
        return Optional.ofNullable(fmtp);
    }

    /** For {@code rtx}, {@code red}'s cousins and FlexFEC: the payload type this one repairs ({@code apt=}). */
    public Optional<Integer> associatedPayloadType() {
        String apt = parameters().get("apt");
        if (apt == null || apt.isEmpty() || apt.length() > 3 || !apt.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(apt));
    }

    public boolean isRtx() {
        return "rtx".equalsIgnoreCase(name());
    }
}

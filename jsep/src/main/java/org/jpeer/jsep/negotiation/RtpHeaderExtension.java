package org.jpeer.jsep.negotiation;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An RTP header extension negotiated with {@code a=extmap:<id> <uri>} (RFC 8285), and the
 * intersection rule for answers.
 *
 * <pre>{@code
 * List<RtpHeaderExtension> answered = RtpHeaderExtension.intersect(
 *         List.of(new RtpHeaderExtension(4, RtpHeaderExtension.MID), new RtpHeaderExtension(9, "urn:x")),
 *         Set.of(RtpHeaderExtension.MID));   // [4 urn:ietf:params:rtp-hdrext:sdes:mid]
 * }</pre>
 *
 * @param id  1..14 for one-byte headers, up to 255 with two-byte headers
 * @param uri the extension's URI
 */
public record RtpHeaderExtension(int id, String uri) {

    /** The MID of the m-section a packet belongs to (RFC 8843 §15.2); BUNDLE demultiplexing needs it. */
    public static final String MID = "urn:ietf:params:rtp-hdrext:sdes:mid";
    /** Client-to-mixer audio level (RFC 6464). */
    public static final String AUDIO_LEVEL = "urn:ietf:params:rtp-hdrext:ssrc-audio-level";
    /** Google's absolute send time, used by REMB bandwidth estimation. */
    public static final String ABS_SEND_TIME = "http://www.webrtc.org/experiments/rtp-hdrext/abs-send-time";
    /** Transport-wide sequence numbers for transport-cc feedback. */
    public static final String TRANSPORT_WIDE_CC =
            "http://www.ietf.org/id/draft-holmer-rmcat-transport-wide-cc-extensions-01";

    public RtpHeaderExtension {
        if (id < 1 || id > 255) {
            throw new IllegalArgumentException("extmap id " + id + " is not in 1..255");
        }
        Objects.requireNonNull(uri, "uri");
    }

    /**
     * The extensions an answer keeps: those offered that we support, under the offer's ids and in
     * the offer's order (RFC 9429 §5.3.1).
     */
    public static List<RtpHeaderExtension> intersect(List<RtpHeaderExtension> offered, Set<String> supported) {
        return offered.stream().filter(e -> supported.contains(e.uri())).toList();
    }
}

package org.jpeer.jsep.negotiation;

import java.util.ArrayList;
import java.util.List;
import org.jpeer.jsep.sdp.Codec;
import org.jpeer.jsep.sdp.Direction;
import org.jpeer.jsep.sdp.Fmtp;
import org.jpeer.jsep.sdp.MediaDescription;
import org.jpeer.jsep.sdp.RtcpFb;
import org.jpeer.jsep.sdp.RtpMap;
import org.jpeer.jsep.sdp.SdpAttribute;

/** Between the SDP model's lines and the negotiation's values. */
final class SdpConversions {

    private SdpConversions() {
    }

    /** The codecs of an m-section in m-line order. */
    static List<RtpCodec> codecs(MediaDescription m) {
        return m.codecs().stream().map(SdpConversions::codec).toList();
    }

    static RtpCodec codec(Codec c) {
        // Keep "no channels written" as 0 rather than Codec's 1: video rtpmaps have none.
        Integer channels = c.rtpMap().channels();
        List<RtcpFeedback> feedback = c.feedback().stream()
                .map(fb -> new RtcpFeedback(fb.type(), fb.subtype() == null ? "" : fb.subtype()))
                .distinct()
                .toList();
        return new RtpCodec(c.payloadType(), c.name(), c.clockRate(), channels == null ? 0 : channels,
                c.parameters(), feedback);
    }

    /** The rtpmap, rtcp-fb and fmtp lines of one codec, in Chrome's order. */
    static List<SdpAttribute> attributes(RtpCodec c) {
        List<SdpAttribute> out = new ArrayList<>();
        out.add(new RtpMap(c.payloadType(), c.name(), c.clockRate(), c.channels() == 0 ? null : c.channels()));
        for (RtcpFeedback fb : c.rtcpFeedback()) {
            out.add(new RtcpFb(c.payloadType(), fb.type(), fb.parameter().isEmpty() ? null : fb.parameter()));
        }
        if (!c.fmtp().isEmpty()) {
            out.add(Fmtp.of(c.payloadType(), c.fmtp()));
        }
        return out;
    }

    static Direction toSdp(RTCRtpTransceiverDirection d) {
        return Direction.fromFlags(d.sends(), d.receives());
    }

    static RTCRtpTransceiverDirection fromSdp(Direction d) {
        return RTCRtpTransceiverDirection.of(d.canSend(), d.canReceive());
    }
}

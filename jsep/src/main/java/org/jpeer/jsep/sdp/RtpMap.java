package org.jpeer.jsep.sdp;

import java.util.List;
import java.util.Optional;

/**
 * {@code a=rtpmap:PT NAME/CLOCK[/CHANNELS]} (RFC 8866 §6.6). The encoding name keeps its case as written.
 *
 * <pre>{@code
 * RtpMap m = RtpMap.parse("111 opus/48000/2");
 * m.payloadType();   // 111
 * m.channels();      // 2
 * }</pre>
 */
public record RtpMap(int payloadType, String encodingName, int clockRate, Integer channels) implements SdpAttribute {
    public static final String NAME = "rtpmap";

    public RtpMap {
        SdpGrammar.check(payloadType >= 0 && payloadType <= 127, "payload type " + payloadType + " is not in 0..127");
        SdpGrammar.token(encodingName, "encoding name");
        SdpGrammar.check(clockRate > 0, "clock rate " + clockRate + " is not positive");
        SdpGrammar.check(channels == null || (channels > 0 && channels <= 255),
                "channels " + channels + " is not in 1..255");
    }

    /** Parses the attribute value (the text after the colon); throws {@link IllegalArgumentException} naming the rule. */
    public static RtpMap parse(String value) {
        List<String> f = SdpGrammar.fields(value, 2, 2, NAME);
        int pt = SdpGrammar.payloadType(f.get(0));
        String[] enc = f.get(1).split("/", -1);
        SdpGrammar.check(enc.length == 2 || enc.length == 3, "rtpmap: expected 'name/clock-rate[/channels]'");
        int clock = SdpGrammar.integer(enc[1], "clock rate", 1, Integer.MAX_VALUE);
        Integer channels = enc.length == 3 ? SdpGrammar.integer(enc[2], "channels", 1, 255) : null;
        return new RtpMap(pt, enc[0], clock, channels);
    }

    public Optional<Integer> channelCount() {
        return Optional.ofNullable(channels);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String sdpValue() {
        String v = payloadType + " " + encodingName + "/" + clockRate;
        return channels == null ? v : v + "/" + channels;
    }
}

package org.jpeer.jsep.sdp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * {@code a=rid:ID send|recv [RESTRICTIONS]} (RFC 8851 §10): an RTP stream identifier with its
 * restrictions kept as written, e.g. {@code pt=96,97;max-width=1280}.
 *
 * <pre>{@code
 * Rid r = Rid.parse("hi send pt=96;max-width=1280");
 * r.restrictionMap().get("max-width");   // "1280"
 * r.payloadTypes();                      // [96]
 * }</pre>
 */
public record Rid(String id, RidDirection direction, String params) implements SdpAttribute {
    public static final String NAME = "rid";
    /** RFC 8852 §3.3 limits an RtpStreamId to 255 octets in RTP; browsers use far fewer. */
    public static final int MAX_ID_LENGTH = 255;

    public Rid {
        checkId(id);
        SdpGrammar.check(direction != null, "rid needs a direction");
        if (params != null) {
            SdpGrammar.word(params, "rid restrictions");
        }
    }

    /** RFC 8851 {@code rid-id}: ALPHA / DIGIT / "-" / "_". */
    static String checkId(String id) {
        SdpGrammar.check(id != null && !id.isEmpty(), "rid needs an id");
        SdpGrammar.check(id.length() <= MAX_ID_LENGTH, "rid id longer than " + MAX_ID_LENGTH + " characters");
        SdpGrammar.check(id.chars().allMatch(c -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9') || c == '-' || c == '_'), "rid id '" + id + "' has characters other than ALPHA / DIGIT / - / _");
        return id;
    }

    /** Parses the attribute value (the text after the colon); throws {@link IllegalArgumentException} naming the rule. */
    public static Rid parse(String value) {
        List<String> f = SdpGrammar.fields(value, 2, 3, NAME);
        return new Rid(f.get(0), RidDirection.fromSdp(f.get(1)), f.size() == 3 ? f.get(2) : null);
    }

    /** The restrictions as an ordered map, {@code pt} included. */
    public Map<String, String> restrictionMap() {
        return params == null ? Map.of() : Fmtp.parseParameters(params, ';');
    }

    /** The payload types of the {@code pt=} restriction, empty when there is none. */
    public List<Integer> payloadTypes() {
        String pts = restrictionMap().get("pt");
        if (pts == null || pts.isEmpty()) {
            return List.of();
        }
        List<Integer> out = new ArrayList<>();
        for (String pt : pts.split(",", -1)) {
            out.add(SdpGrammar.payloadType(pt));
        }
        return Collections.unmodifiableList(out);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String sdpValue() {
        String v = id + " " + direction.sdpName();
        return params == null ? v : v + " " + params;
    }
}

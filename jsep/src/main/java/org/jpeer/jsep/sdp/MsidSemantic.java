package org.jpeer.jsep.sdp;

import java.util.List;

/**
 * {@code a=msid-semantic:WMS id...} at session level (draft-ietf-mmusic-msid, still sent by every browser).
 * Chrome writes the older form with a space after the colon ({@code a=msid-semantic: WMS}); that
 * spacing is kept in {@link #spaceAfterColon()} so the line round-trips.
 *
 * <pre>{@code
 * MsidSemantic m = MsidSemantic.parse(" WMS stream0");
 * m.semantic();   // "WMS"
 * m.ids();        // [stream0]
 * }</pre>
 */
public record MsidSemantic(String semantic, List<String> ids, boolean spaceAfterColon) implements SdpAttribute {
    public static final String NAME = "msid-semantic";

    public MsidSemantic {
        SdpGrammar.token(semantic, "msid-semantic");
        ids = SdpGrammar.nonNullList(ids, "msid-semantic ids");
        ids.forEach(id -> SdpGrammar.word(id, "msid-semantic id"));
    }

    /** The form Firefox writes: {@code a=msid-semantic:WMS *}. */
    public MsidSemantic(String semantic, List<String> ids) {
        this(semantic, ids, false);
    }

    /** Parses the attribute value (the text after the colon); throws {@link IllegalArgumentException} naming the rule. */
    public static MsidSemantic parse(String value) {
        SdpGrammar.check(value != null, NAME + " needs a value");
        boolean space = value.startsWith(" ");
        List<String> f = SdpGrammar.fields(space ? value.substring(1) : value, 1, SdpLimits.MAX_GROUP_IDS + 1, NAME);
        return new MsidSemantic(f.get(0), f.subList(1, f.size()), space);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String sdpValue() {
        String v = ids.isEmpty() ? semantic : semantic + " " + String.join(" ", ids);
        return spaceAfterColon ? " " + v : v;
    }
}

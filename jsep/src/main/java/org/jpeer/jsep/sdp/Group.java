package org.jpeer.jsep.sdp;

import java.util.List;

/**
 * {@code a=group:SEMANTICS mid...} (RFC 5888), above all {@code BUNDLE} (RFC 8843).
 *
 * <pre>{@code
 * Group g = Group.parse("BUNDLE 0 1");
 * g.isBundle();   // true
 * g.mids();       // [0, 1]
 * }</pre>
 */
public record Group(String semantics, List<String> mids) implements SdpAttribute {
    public static final String NAME = "group";
    public static final String BUNDLE = "BUNDLE";

    public Group {
        SdpGrammar.token(semantics, "group semantics");
        mids = SdpGrammar.nonNullList(mids, "group mids");
        mids.forEach(m -> Mid.checkId(m));
    }

    public static Group bundle(List<String> mids) {
        return new Group(BUNDLE, mids);
    }

    /** Parses the attribute value (the text after the colon); throws {@link IllegalArgumentException} naming the rule. */
    public static Group parse(String value) {
        List<String> f = SdpGrammar.fields(value, 1, SdpLimits.MAX_GROUP_IDS + 1, NAME);
        return new Group(f.get(0), f.subList(1, f.size()));
    }

    public boolean isBundle() {
        return BUNDLE.equals(semantics);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String sdpValue() {
        return mids.isEmpty() ? semantics : semantics + " " + String.join(" ", mids);
    }
}

package org.jpeer.jsep.sdp;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code a=ssrc-group:SEMANTICS SSRC...} (RFC 5576 §4.2): {@code FID} pairs media with its RTX stream,
 * {@code SIM} lists simulcast layers, {@code FEC-FR} pairs media with FEC.
 *
 * <pre>{@code
 * SsrcGroup g = SsrcGroup.parse("FID 1111 2222");
 * g.ssrcs();   // [1111, 2222]
 * }</pre>
 */
public record SsrcGroup(String semantics, List<Long> ssrcs) implements SdpAttribute {
    public static final String NAME = "ssrc-group";
    public static final String FID = "FID";
    public static final String SIM = "SIM";
    public static final String FEC_FR = "FEC-FR";

    public SsrcGroup {
        SdpGrammar.token(semantics, "ssrc-group semantics");
        ssrcs = SdpGrammar.nonNullList(ssrcs, "ssrc-group ssrcs");
        for (long s : ssrcs) {
            SdpGrammar.check(s >= 0 && s <= Ssrc.MAX_SSRC, "ssrc " + s + " is not in 0.." + Ssrc.MAX_SSRC);
        }
    }

    /** Parses the attribute value (the text after the colon); throws {@link IllegalArgumentException} naming the rule. */
    public static SsrcGroup parse(String value) {
        List<String> f = SdpGrammar.fields(value, 1, SdpLimits.MAX_GROUP_IDS + 1, NAME);
        List<Long> ssrcs = new ArrayList<>();
        for (String s : f.subList(1, f.size())) {
            ssrcs.add(Ssrc.parseSsrc(s));
        }
        return new SsrcGroup(f.get(0), ssrcs);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String sdpValue() {
        return ssrcs.isEmpty() ? semantics : semantics + " " + SdpGrammar.join(ssrcs, " ");
    }
}

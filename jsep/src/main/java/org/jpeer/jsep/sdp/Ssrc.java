package org.jpeer.jsep.sdp;

/**
 * {@code a=ssrc:SSRC ATTRIBUTE[:VALUE]} (RFC 5576 §4.1), such as {@code cname} or the legacy
 * {@code msid}. {@code value} is {@code null} for the property form and may contain spaces.
 *
 * <pre>{@code
 * Ssrc s = Ssrc.parse("3735928559 cname:4TOk42mSjXCkVIa6");
 * s.ssrc();        // 3735928559
 * s.attribute();   // "cname"
 * }</pre>
 */
public record Ssrc(long ssrc, String attribute, String value) implements SdpAttribute {
    public static final String NAME = "ssrc";
    public static final long MAX_SSRC = 0xFFFF_FFFFL;

    public Ssrc {
        SdpGrammar.check(ssrc >= 0 && ssrc <= MAX_SSRC, "ssrc " + ssrc + " is not in 0.." + MAX_SSRC);
        SdpGrammar.token(attribute, "ssrc attribute");
        if (value != null) {
            SdpGrammar.text(value, "ssrc attribute value");
        }
    }

    /** Parses the attribute value (the text after the colon); throws {@link IllegalArgumentException} naming the rule. */
    public static Ssrc parse(String value) {
        String[] f = SdpGrammar.head(value, NAME);
        SdpGrammar.check(f[1] != null, "ssrc needs an attribute after the SSRC");
        long ssrc = parseSsrc(f[0]);
        int colon = f[1].indexOf(':');
        return colon < 0 ? new Ssrc(ssrc, f[1], null)
                : new Ssrc(ssrc, f[1].substring(0, colon), f[1].substring(colon + 1));
    }

    static long parseSsrc(String s) {
        return SdpGrammar.number(s, "ssrc", 0, MAX_SSRC);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String sdpValue() {
        return value == null ? ssrc + " " + attribute : ssrc + " " + attribute + ":" + value;
    }
}

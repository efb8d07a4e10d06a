package org.jpeer.jsep.sdp;

/**
 * {@code b=TYPE:VALUE} (RFC 8866 §5.8), e.g. {@code AS} in kbit/s or {@code TIAS} in bit/s (RFC 3890).
 *
 * <pre>{@code
 * Bandwidth.parse("AS:2500").value();   // 2500
 * }</pre>
 */
public record Bandwidth(String type, long value) {
    public static final String AS = "AS";
    public static final String TIAS = "TIAS";

    public Bandwidth {
        SdpGrammar.token(type, "bandwidth type");
        SdpGrammar.check(value >= 0, "bandwidth " + value + " is negative");
    }

    /** Parses the value after {@code b=}; throws {@link IllegalArgumentException} naming the rule. */
    public static Bandwidth parse(String text) {
        SdpGrammar.text(text, "b=");
        int colon = text.indexOf(':');
        SdpGrammar.check(colon > 0, "b=: expected 'type:value'");
        return new Bandwidth(text.substring(0, colon),
                SdpGrammar.number(text.substring(colon + 1), "bandwidth", 0, Long.MAX_VALUE));
    }

    public String sdpValue() {
        return type + ":" + value;
    }
}

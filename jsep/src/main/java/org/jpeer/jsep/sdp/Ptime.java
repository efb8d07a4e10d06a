package org.jpeer.jsep.sdp;

/**
 * {@code a=ptime:MS} (RFC 8866 §6.4): preferred packet duration. RFC 8866 allows fractions
 * ({@code 0.125}), so the value is kept as written and read through {@link #millis()}.
 *
 * <pre>{@code
 * Ptime.parse("20").millis();   // 20.0
 * }</pre>
 */
public record Ptime(String value) implements SdpAttribute {
    public static final String NAME = "ptime";

    public Ptime {
        SdpGrammar.positiveDecimal(value, NAME);
    }

    public Ptime(int millis) {
        this(Integer.toString(millis));
    }

    /** Parses the attribute value (the text after the colon); throws {@link IllegalArgumentException} naming the rule. */
    public static Ptime parse(String value) {
        return new Ptime(value);
    }

    public double millis() {
        return Double.parseDouble(value);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String sdpValue() {
        return value;
    }
}

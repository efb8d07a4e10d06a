package org.jpeer.jsep.sdp;

/**
 * {@code a=maxptime:MS} (RFC 8866 §6.4): longest packet duration accepted. RFC 8866 allows fractions
 * ({@code 0.125}), so the value is kept as written and read through {@link #millis()}.
 *
 * <pre>{@code
 * MaxPtime.parse("20").millis();   // 20.0
 * }</pre>
 */
public record MaxPtime(String value) implements SdpAttribute {
    public static final String NAME = "maxptime";

    public MaxPtime {
        SdpGrammar.positiveDecimal(value, NAME);
    }

    public MaxPtime(int millis) {
        this(Integer.toString(millis));
    }

    /** Parses the attribute value (the text after the colon); throws {@link IllegalArgumentException} naming the rule. */
    public static MaxPtime parse(String value) {
        return new MaxPtime(value);
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

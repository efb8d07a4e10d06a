package org.jpeer.jsep.sdp;

import java.util.List;

/**
 * {@code a=ice-options:trickle ...} (RFC 8839 §5.6).
 *
 * <pre>{@code
 * IceOptions.parse("trickle renomination").has("trickle");   // true
 * }</pre>
 */
public record IceOptions(List<String> options) implements SdpAttribute {
    public static final String NAME = "ice-options";
    public static final String TRICKLE = "trickle";

    public IceOptions {
        options = SdpGrammar.nonNullList(options, NAME);
        SdpGrammar.check(!options.isEmpty(), NAME + " needs at least one option");
        options.forEach(o -> SdpGrammar.token(o, "ice option"));
    }

    /** Parses the attribute value (the text after the colon); throws {@link IllegalArgumentException} naming the rule. */
    public static IceOptions parse(String value) {
        return new IceOptions(SdpGrammar.fields(value, 1, 32, NAME));
    }

    public boolean has(String option) {
        return options.contains(option);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String sdpValue() {
        return String.join(" ", options);
    }
}

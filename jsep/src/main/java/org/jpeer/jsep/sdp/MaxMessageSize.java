package org.jpeer.jsep.sdp;

/**
 * {@code a=max-message-size:BYTES} (RFC 8841 §6): the largest SCTP user message accepted; 0 means no limit.
 *
 * <pre>{@code
 * new MaxMessageSize(262144).toSdpLine();   // "a=max-message-size:262144"
 * }</pre>
 */
public record MaxMessageSize(long size) implements SdpAttribute {
    public static final String NAME = "max-message-size";

    public MaxMessageSize {
        SdpGrammar.check(size >= 0, "max-message-size " + size + " is negative");
    }

    /** Parses the attribute value (the text after the colon); throws {@link IllegalArgumentException} naming the rule. */
    public static MaxMessageSize parse(String value) {
        return new MaxMessageSize(SdpGrammar.number(value, NAME, 0, Long.MAX_VALUE));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String sdpValue() {
        return Long.toString(size);
    }
}

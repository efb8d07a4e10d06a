package org.jpeer.jsep.sdp;

/**
 * {@code a=tls-id:ID} (RFC 8842 §5): identifies the DTLS association; a new value asks for a new one.
 *
 * <pre>{@code
 * new TlsId("abc3de65cddef001be82").toSdpLine();
 * }</pre>
 */
public record TlsId(String id) implements SdpAttribute {
    public static final String NAME = "tls-id";

    public TlsId {
        SdpGrammar.check(id != null && !id.isEmpty(), NAME + " needs a value");
        SdpGrammar.check(id.length() >= 20 && id.length() <= 255, NAME + " must have 20..255 characters");
        SdpGrammar.check(id.chars().allMatch(c -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9') || c == '+' || c == '/' || c == '-' || c == '_'),
                NAME + " '" + id + "' has characters other than ALPHA / DIGIT / + / - / _ / /");
    }

    /** Parses the attribute value (the text after the colon); throws {@link IllegalArgumentException} naming the rule. */
    public static TlsId parse(String value) {
        return new TlsId(value);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String sdpValue() {
        return id;
    }
}

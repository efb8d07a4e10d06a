package org.jpeer.jsep.sdp;

/**
 * {@code a=mid:ID}, the media section identification (RFC 5888 §4, RFC 8843).
 *
 * <pre>{@code
 * new Mid("0").toSdpLine();   // "a=mid:0"
 * }</pre>
 */
public record Mid(String mid) implements SdpAttribute {
    public static final String NAME = "mid";
    /** RFC 8843 §9.1 caps the identification-tag at 255 characters when it travels in RTP. */
    public static final int MAX_LENGTH = 255;

    public Mid {
        checkId(mid);
    }

    static String checkId(String id) {
        SdpGrammar.token(id, "mid");
        SdpGrammar.check(id.length() <= MAX_LENGTH, "mid longer than " + MAX_LENGTH + " characters");
        return id;
    }

    /** Parses the attribute value (the text after the colon); throws {@link IllegalArgumentException} naming the rule. */
    public static Mid parse(String value) {
        return new Mid(value);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String sdpValue() {
        return mid;
    }
}

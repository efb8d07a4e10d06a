package org.jpeer.jsep.sdp;

/**
 * {@code a=ice-pwd:PASSWORD} (RFC 8839 §5.4).
 *
 * <pre>{@code
 * new IcePwd("asd88fgpdd777uzjYhagZg").toSdpLine();
 * }</pre>
 */
public record IcePwd(String pwd) implements SdpAttribute {
    public static final String NAME = "ice-pwd";

    public IcePwd {
        checkIceChars(pwd, NAME);
    }

    /** RFC 8839 {@code ice-char}: ALPHA / DIGIT / "+" / "/", at most 256 of them. */
    static String checkIceChars(String s, String field) {
        SdpGrammar.check(s != null && !s.isEmpty(), field + " needs a value");
        SdpGrammar.check(s.length() <= 256, field + " longer than 256 characters");
        SdpGrammar.check(s.chars().allMatch(c -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9') || c == '+' || c == '/'), field + " '" + s + "' has characters other than ice-char");
        return s;
    }

    /** Parses the attribute value (the text after the colon); throws {@link IllegalArgumentException} naming the rule. */
    public static IcePwd parse(String value) {
        return new IcePwd(value);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String sdpValue() {
        return pwd;
    }
}

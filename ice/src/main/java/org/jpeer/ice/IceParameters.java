package org.jpeer.ice;

import java.util.Objects;

/**
 * An agent's ICE username fragment and password ({@code a=ice-ufrag}, {@code a=ice-pwd}, RFC 8839 §5.4).
 * {@link #toString()} never shows them: they are credentials.
 *
 * @param ufrag 4 to 256 ice-chars
 * @param pwd 22 to 256 ice-chars
 */
public record IceParameters(String ufrag, String pwd) {

    public IceParameters {
        check("ice-ufrag", ufrag, 4);
        check("ice-pwd", pwd, 22);
    }

    private static void check(String field, String value, int minLength) {
        Objects.requireNonNull(value, field);
        if (value.length() < minLength || value.length() > 256) {
            throw new IllegalArgumentException(field + ": length " + value.length() + " is not in " + minLength + "..256");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean iceChar = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
            if (!iceChar) {
                throw new IllegalArgumentException(field + ": character " + i + " is not an ice-char");
            }
        }
    }

    @Override
    public String toString() {
        return "IceParameters[ufrag=<" + ufrag.length() + " chars>, pwd=<hidden>]";
    }
}

package org.jpeer.jsep.negotiation;

import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Local ICE credentials, {@code a=ice-ufrag} and {@code a=ice-pwd} (RFC 8839 §5.4): at least 4
 * and 22 ice-chars, as RFC 8445 §5.3 asks for 24 and 128 bits of randomness.
 *
 * <pre>{@code
 * IceCredentials creds = IceCredentials.generate(new SecureRandom());
 * creds.ufrag();   // e.g. "q7Rb"
 * }</pre>
 *
 * @param ufrag the username fragment
 * @param pwd   the password
 */
public record IceCredentials(String ufrag, String pwd) {

    private static final String ICE_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    private static final int UFRAG_LENGTH = 4;
    private static final int PWD_LENGTH = 24;

    public IceCredentials {
        Objects.requireNonNull(ufrag, "ufrag");
        Objects.requireNonNull(pwd, "pwd");
        if (ufrag.length() < 4 || ufrag.length() > 256 || !iceChars(ufrag)) {
            throw new IllegalArgumentException("ice-ufrag '" + ufrag + "' is not 4..256 ice-chars");
        }
        if (pwd.length() < 22 || pwd.length() > 256 || !iceChars(pwd)) {
            throw new IllegalArgumentException("ice-pwd is not 22..256 ice-chars");
        }
    }

    /** Fresh credentials, as for a new session or an ICE restart; pass a SecureRandom outside tests. */
    public static IceCredentials generate(RandomGenerator random) {
        return new IceCredentials(random(random, UFRAG_LENGTH), random(random, PWD_LENGTH));
    }

    private static String random(RandomGenerator random, int length) {
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            b.append(ICE_CHARS.charAt(random.nextInt(ICE_CHARS.length())));
        }
        return b.toString();
    }

    private static boolean iceChars(String s) {
        return s.chars().allMatch(c -> c < 0x80 && ICE_CHARS.indexOf(c) >= 0);
    }
}

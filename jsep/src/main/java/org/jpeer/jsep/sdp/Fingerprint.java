package org.jpeer.jsep.sdp;

import java.util.List;
import java.util.Locale;

/**
 * {@code a=fingerprint:HASH XX:XX:...} (RFC 8122 §5): the hash of the DTLS certificate. The hash name and
 * the hex digits are kept as written (browsers write upper case); {@link #matches} compares them
 * case-insensitively.
 *
 * <pre>{@code
 * Fingerprint f = Fingerprint.parse("sha-256 0F:74:31:...");
 * f.hashFunction();   // "sha-256"
 * f.bytes();          // the 32 digest bytes
 * }</pre>
 */
public record Fingerprint(String hashFunction, String value) implements SdpAttribute {
    public static final String NAME = "fingerprint";
    /** The hash functions of the IANA "Hash Function Textual Names" registry that RFC 8122 allows. */
    public static final List<String> HASH_FUNCTIONS =
            List.of("sha-1", "sha-224", "sha-256", "sha-384", "sha-512", "md5", "md2");

    public Fingerprint {
        SdpGrammar.check(hashFunction != null && !hashFunction.isEmpty(), "fingerprint needs a hash function");
        SdpGrammar.check(HASH_FUNCTIONS.contains(hashFunction.toLowerCase(Locale.ROOT)),
                "unknown hash '" + hashFunction + "'");
        SdpGrammar.check(value != null && !value.isEmpty(), "fingerprint needs a value");
        SdpGrammar.check(value.length() <= 64 * 3 - 1 && value.length() % 3 == 2,
                "fingerprint '" + abbreviate(value) + "' is not colon-separated hex bytes");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean ok = i % 3 == 2 ? c == ':' : Character.digit(c, 16) >= 0 && c < 0x80;
            SdpGrammar.check(ok, "fingerprint '" + abbreviate(value) + "' is not colon-separated hex bytes");
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "...";
    }

    /** Parses the attribute value (the text after the colon); throws {@link IllegalArgumentException} naming the rule. */
    public static Fingerprint parse(String value) {
        List<String> f = SdpGrammar.fields(value, 2, 2, NAME);
        return new Fingerprint(f.get(0), f.get(1));
    }

    /** Builds the fingerprint of a certificate digest, hex upper case as browsers write it. */
    public static Fingerprint of(String hashFunction, byte[] digest) {
        StringBuilder b = new StringBuilder(digest.length * 3);
        for (byte d : digest) {
            if (b.length() > 0) {
                b.append(':');
            }
            b.append(String.format("%02X", d & 0xFF));
        }
        return new Fingerprint(hashFunction, b.toString());
    }

    /** The digest bytes. */
    public byte[] bytes() {
        byte[] out = new byte[(value.length() + 1) / 3];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) Integer.parseInt(value.substring(i * 3, i * 3 + 2), 16);
        }
        return out;
    }

    /** Same hash function and digest, ignoring letter case. */
    public boolean matches(Fingerprint other) {
        return hashFunction.equalsIgnoreCase(other.hashFunction) && value.equalsIgnoreCase(other.value);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String sdpValue() {
        return hashFunction + " " + value;
    }
}

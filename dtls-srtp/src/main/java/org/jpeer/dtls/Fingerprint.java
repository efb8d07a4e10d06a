package org.jpeer.dtls;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

/**
 * A certificate fingerprint as carried by SDP {@code a=fingerprint} (RFC 8122 §5).
 *
 * <pre>{@code
 * Fingerprint remote = Fingerprint.parse("sha-256 AB:CD:...:EF");
 * String sdpValue = cert.fingerprint().toSdpValue();   // "sha-256 12:34:..."
 * }</pre>
 *
 * @param algorithm lower-case hash name from the IANA "Hash Function Textual Names" registry
 * @param value     the digest of the DER-encoded certificate
 */
public record Fingerprint(String algorithm, byte[] value) {

    /** Accepted hashes and their digest lengths; MD2/MD5 are refused as RFC 8122 deprecates them. */
    private static final Map<String, Integer> DIGEST_LENGTHS = Map.of(
            "sha-1", 20, "sha-224", 28, "sha-256", 32, "sha-384", 48, "sha-512", 64);

    private static final HexFormat SDP_HEX = HexFormat.ofDelimiter(":").withUpperCase();

    public Fingerprint {
        if (algorithm == null || value == null) {
            throw new InvalidFingerprintException("fingerprint algorithm and value are required");
        }
        algorithm = algorithm.toLowerCase(Locale.ROOT);
        Integer expected = DIGEST_LENGTHS.get(algorithm);
        if (expected == null) {
            throw new InvalidFingerprintException("unsupported fingerprint hash '" + algorithm
                    + "' (expected one of sha-1, sha-224, sha-256, sha-384, sha-512)");
        }
        if (value.length != expected) {
            throw new InvalidFingerprintException("fingerprint " + algorithm + " must have " + expected
                    + " bytes, got " + value.length);
        }
        value = value.clone();
    }

    /**
     * Parses the value of an SDP {@code a=fingerprint} attribute: a hash name, one space, and
     * colon-separated hex byte pairs (either case).
     *
     * @throws InvalidFingerprintException naming what is wrong
     */
    public static Fingerprint parse(String sdpValue) {
        if (sdpValue == null) {
            throw new InvalidFingerprintException("fingerprint is missing");
        }
        String[] parts = sdpValue.trim().split("\\s+");
        if (parts.length != 2) {
            throw new InvalidFingerprintException("fingerprint '" + sdpValue
                    + "' must be '<hash> <hex pairs separated by ':'>'");
        }
        String hex = parts[1];
        if (!hex.matches("(?i)[0-9a-f]{2}(:[0-9a-f]{2})*")) {
            throw new InvalidFingerprintException("fingerprint '" + sdpValue
                    + "': value must be hex byte pairs separated by ':'");
        }
        return new Fingerprint(parts[0], HexFormat.ofDelimiter(":").parseHex(hex.toUpperCase(Locale.ROOT)));
    }

    /** Computes the fingerprint of a DER-encoded certificate with the named hash. */
    public static Fingerprint of(String algorithm, byte[] derCertificate) {
        String name = algorithm.toLowerCase(Locale.ROOT);
        if (!DIGEST_LENGTHS.containsKey(name)) {
            throw new InvalidFingerprintException("unsupported fingerprint hash '" + algorithm + "'");
        }
        return new Fingerprint(name, digest(name).digest(derCertificate));
    }

    /** Whether a DER-encoded certificate hashes to this fingerprint (constant-time compare). */
    public boolean matches(byte[] derCertificate) {
        return MessageDigest.isEqual(value, digest(algorithm).digest(derCertificate));
    }

    /** The digest bytes (a copy). */
    @Override
    public byte[] value() {
        return value.clone();
    }

    /** The SDP attribute value, e.g. {@code "sha-256 AB:CD:..."}. */
    public String toSdpValue() {
        return algorithm + " " + SDP_HEX.formatHex(value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fingerprint f && f.algorithm.equals(algorithm) && Arrays.equals(f.value, value);
    }

    @Override
    public int hashCode() {
        return algorithm.hashCode() * 31 + Arrays.hashCode(value);
    }

    @Override
    public String toString() {
        return toSdpValue();
    }

    private static MessageDigest digest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm.toUpperCase(Locale.ROOT));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("JDK lacks " + algorithm, e);
        }
    }
}

package org.jpeer.dtls;

import java.time.Duration;
import java.time.Instant;
import org.jpeer.dtls.internal.CertificateMaterial;
import org.jpeer.dtls.internal.SelfSignedCertificates;

/**
 * A self-signed certificate and its private key, as W3C {@code RTCCertificate}. Generate once and
 * reuse it across connections: its fingerprint goes into every SDP this peer sends.
 *
 * <pre>{@code
 * RTCCertificate cert = RTCCertificate.generate();     // ECDSA P-256, valid 30 days
 * String sdp = "a=fingerprint:" + cert.fingerprint().toSdpValue();
 * }</pre>
 */
public final class RTCCertificate {

    /** The validity browsers give generated certificates by default. */
    public static final Duration DEFAULT_VALIDITY = Duration.ofDays(30);

    private final CertificateMaterial material;
    private final Instant expires;
    private final Fingerprint sha256;

    private RTCCertificate(CertificateMaterial material, Instant expires) {
        this.material = material;
        this.expires = expires;
        this.sha256 = Fingerprint.of("sha-256", material.derCertificate());
    }

    /** A new ECDSA P-256 certificate valid for {@link #DEFAULT_VALIDITY}. */
    public static RTCCertificate generate() {
        return generate(DEFAULT_VALIDITY);
    }

    /** A new ECDSA P-256 certificate valid for {@code validity}. */
    public static RTCCertificate generate(Duration validity) {
        Instant expires = expiry(validity);
        return new RTCCertificate(SelfSignedCertificates.ecdsaP256(expires), expires);
    }

    /** A new RSA-2048 certificate valid for {@link #DEFAULT_VALIDITY} (slower to generate and to handshake). */
    public static RTCCertificate generateRsa() {
        Instant expires = expiry(DEFAULT_VALIDITY);
        return new RTCCertificate(SelfSignedCertificates.rsa2048(expires), expires);
    }

    /** When the certificate stops being valid. */
    public Instant expires() {
        return expires;
    }

    /** The SHA-256 fingerprint, as sent in SDP. */
    public Fingerprint fingerprint() {
        return sha256;
    }

    /** The fingerprint with another hash ({@code "sha-1"}, {@code "sha-384"}, ...). */
    public Fingerprint fingerprint(String algorithm) {
        return Fingerprint.of(algorithm, material.derCertificate());
    }

    /** {@code "ECDSA"} or {@code "RSA"}. */
    public String keyAlgorithm() {
        return material.keyType().name();
    }

    /** The DER encoding of the X.509 certificate. */
    public byte[] derEncoded() {
        return material.derCertificate();
    }

    CertificateMaterial material() {
        return material;
    }

    @Override
    public String toString() {
        return "RTCCertificate[" + keyAlgorithm() + ", " + sha256.toSdpValue() + ", expires " + expires + "]";
    }

    private static Instant expiry(Duration validity) {
        if (validity.isNegative() || validity.isZero()) {
            throw new IllegalArgumentException("certificate validity must be positive, got " + validity);
        }
        return Instant.now().plus(validity);
    }
}

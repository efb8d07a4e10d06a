package org.jpeer.dtls.internal;

import org.bouncycastle.crypto.params.AsymmetricKeyParameter;

/**
 * What the TLS peers need from an {@code RTCCertificate}: the private key and the DER certificate.
 * Held by {@code RTCCertificate} and handed only to the handshake, so the key never reaches the public API.
 */
public record CertificateMaterial(KeyType keyType, AsymmetricKeyParameter privateKey, byte[] derCertificate) {

    /** The key algorithm, which decides the cipher suites a server may select. */
    public enum KeyType {
        ECDSA,
        RSA
    }

    public CertificateMaterial {
        derCertificate = derCertificate.clone();
    }

    @Override
    public byte[] derCertificate() {
        return derCertificate.clone();
    }

    /** Never prints the key. */
    @Override
    public String toString() {
        return "CertificateMaterial[" + keyType + "]";
    }
}

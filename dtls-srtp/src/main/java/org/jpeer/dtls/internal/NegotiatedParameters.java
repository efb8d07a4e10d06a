package org.jpeer.dtls.internal;

import java.io.IOException;
import java.util.Map;
import org.bouncycastle.tls.CipherSuite;
import org.bouncycastle.tls.SecurityParameters;
import org.jpeer.dtls.SrtpProfile;

/**
 * What a finished handshake agreed on, for stats and {@code getRemoteCertificates}.
 *
 * @param tlsVersion        hex, e.g. {@code "FEFD"}
 * @param cipherSuite       IANA name
 * @param srtpProfile       the SRTP profile from {@code use_srtp}
 * @param extendedMasterSecret whether RFC 7627 was used
 * @param remoteCertificate DER of the peer's end-entity certificate
 */
public record NegotiatedParameters(String tlsVersion, String cipherSuite, SrtpProfile srtpProfile,
        boolean extendedMasterSecret, byte[] remoteCertificate) {

    /** Names of the suites JPeer offers; Bouncy Castle has no lookup of its own. */
    private static final Map<Integer, String> SUITE_NAMES = Map.of(
            CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256, "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
            CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256, "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
            CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384, "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
            CipherSuite.TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384, "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
            CipherSuite.TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256, "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
            CipherSuite.TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256, "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
            CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA, "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA",
            CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA, "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA");

    public NegotiatedParameters {
        remoteCertificate = remoteCertificate.clone();
    }

    static NegotiatedParameters of(SecurityParameters parameters, SrtpProfile profile) throws IOException {
        int suite = parameters.getCipherSuite();
        return new NegotiatedParameters(
                String.format("%04X", parameters.getNegotiatedVersion().getFullVersion()),
                SUITE_NAMES.getOrDefault(suite, String.format("0x%04X", suite)),
                profile,
                parameters.isExtendedMasterSecret(),
                parameters.getPeerCertificate().getCertificateAt(0).getEncoded());
    }

    @Override
    public byte[] remoteCertificate() {
        return remoteCertificate.clone();
    }
}

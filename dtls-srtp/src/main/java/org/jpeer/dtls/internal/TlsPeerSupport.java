package org.jpeer.dtls.internal;

import java.io.IOException;
import org.bouncycastle.tls.Certificate;
import org.bouncycastle.tls.CipherSuite;
import org.bouncycastle.tls.HashAlgorithm;
import org.bouncycastle.tls.ProtocolVersion;
import org.bouncycastle.tls.SignatureAlgorithm;
import org.bouncycastle.tls.SignatureAndHashAlgorithm;
import org.bouncycastle.tls.TlsContext;
import org.bouncycastle.tls.TlsCredentialedSigner;
import org.bouncycastle.tls.crypto.TlsCertificate;
import org.bouncycastle.tls.crypto.TlsCryptoParameters;
import org.bouncycastle.tls.crypto.impl.bc.BcDefaultTlsCredentialedSigner;
import org.bouncycastle.tls.crypto.impl.bc.BcTlsCrypto;

/** Settings and helpers shared by the DTLS client and server. */
final class TlsPeerSupport {

    /** Forward-secret AEAD suites as browsers offer them, CBC last for older stacks. */
    static final int[] ECDSA_SUITES = {
        CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,
        CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384,
        CipherSuite.TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256,
        CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA,
    };
    static final int[] RSA_SUITES = {
        CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,
        CipherSuite.TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384,
        CipherSuite.TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256,
        CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA,
    };
    /** The client cannot know the server's key type, so it offers both families, GCM first. */
    static final int[] CLIENT_SUITES = {
        CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,
        CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,
        CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384,
        CipherSuite.TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384,
        CipherSuite.TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256,
        CipherSuite.TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256,
        CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA,
        CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA,
    };

    private TlsPeerSupport() {
    }

    /** BC 1.84 has no DTLS 1.3, and WebRTC peers all speak 1.2. */
    static ProtocolVersion[] versions() {
        return ProtocolVersion.DTLSv12.only();
    }

    /** Credentials signing with our certificate's key (SHA-256, which every TLS 1.2 peer accepts). */
    static TlsCredentialedSigner signer(TlsContext context, BcTlsCrypto crypto, CertificateMaterial material)
            throws IOException {
        Certificate chain = new Certificate(new TlsCertificate[] {crypto.createCertificate(material.derCertificate())});
        short signature = material.keyType() == CertificateMaterial.KeyType.ECDSA
                ? SignatureAlgorithm.ecdsa : SignatureAlgorithm.rsa;
        return new BcDefaultTlsCredentialedSigner(new TlsCryptoParameters(context), crypto, material.privateKey(),
                chain, new SignatureAndHashAlgorithm(HashAlgorithm.sha256, signature));
    }
}

package org.jpeer.dtls.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.generators.ECKeyPairGenerator;
import org.bouncycastle.crypto.generators.RSAKeyPairGenerator;
import org.bouncycastle.crypto.params.ECKeyGenerationParameters;
import org.bouncycastle.crypto.params.ECNamedDomainParameters;
import org.bouncycastle.crypto.params.RSAKeyGenerationParameters;
import org.bouncycastle.crypto.util.SubjectPublicKeyInfoFactory;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.DefaultDigestAlgorithmIdentifierFinder;
import org.bouncycastle.operator.DefaultSignatureAlgorithmIdentifierFinder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.bc.BcContentSignerBuilder;
import org.bouncycastle.operator.bc.BcECContentSignerBuilder;
import org.bouncycastle.operator.bc.BcRSAContentSignerBuilder;

/**
 * Generates the self-signed certificates WebRTC uses: only the fingerprint in SDP authenticates them,
 * so subject and issuer are a fixed placeholder and there is no chain.
 */
public final class SelfSignedCertificates {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final X500Name SUBJECT = new X500Name("CN=JPeer");
    /** Back-dates validity so a peer whose clock runs slow does not see a not-yet-valid certificate. */
    private static final long CLOCK_SKEW_SECONDS = 24 * 3600;

    private SelfSignedCertificates() {
    }

    /** An ECDSA P-256 key and certificate, as browsers generate by default. */
    public static CertificateMaterial ecdsaP256(Instant notAfter) {
        X9ECParameters curve = ECNamedCurveTable.getByName("P-256");
        ECKeyPairGenerator generator = new ECKeyPairGenerator();
        generator.init(new ECKeyGenerationParameters(
                new ECNamedDomainParameters(SECObjectIdentifiers.secp256r1, curve), RANDOM));
        AsymmetricCipherKeyPair keys = generator.generateKeyPair();
        AlgorithmIdentifier sig = new DefaultSignatureAlgorithmIdentifierFinder().find("SHA256withECDSA");
        byte[] der = sign(keys, notAfter, new BcECContentSignerBuilder(sig, digestOf(sig)), sig);
        return new CertificateMaterial(CertificateMaterial.KeyType.ECDSA, keys.getPrivate(), der);
    }

    /** An RSA-2048 key (public exponent 65537) and certificate, for peers that want RSA. */
    public static CertificateMaterial rsa2048(Instant notAfter) {
        RSAKeyPairGenerator generator = new RSAKeyPairGenerator();
        generator.init(new RSAKeyGenerationParameters(BigInteger.valueOf(65537), RANDOM, 2048, 112));
        AsymmetricCipherKeyPair keys = generator.generateKeyPair();
        AlgorithmIdentifier sig = new DefaultSignatureAlgorithmIdentifierFinder().find("SHA256withRSA");
        byte[] der = sign(keys, notAfter, new BcRSAContentSignerBuilder(sig, digestOf(sig)), sig);
        return new CertificateMaterial(CertificateMaterial.KeyType.RSA, keys.getPrivate(), der);
    }

    private static AlgorithmIdentifier digestOf(AlgorithmIdentifier signature) {
        return new DefaultDigestAlgorithmIdentifierFinder().find(signature);
    }

    private static byte[] sign(AsymmetricCipherKeyPair keys, Instant notAfter, BcContentSignerBuilder signerBuilder,
            AlgorithmIdentifier signature) {
        try {
            Instant notBefore = Instant.now().minusSeconds(CLOCK_SKEW_SECONDS);
            X509v3CertificateBuilder builder = new X509v3CertificateBuilder(
                    SUBJECT, new BigInteger(63, RANDOM), Date.from(notBefore), Date.from(notAfter), SUBJECT,
                    SubjectPublicKeyInfoFactory.createSubjectPublicKeyInfo(keys.getPublic()));
            ContentSigner signer = signerBuilder.build(keys.getPrivate());
            return builder.build(signer).getEncoded();
        } catch (IOException e) {
            throw new UncheckedIOException("encoding a " + signature.getAlgorithm() + " certificate", e);
        } catch (OperatorCreationException e) {
            throw new IllegalStateException("Bouncy Castle cannot sign with " + signature.getAlgorithm(), e);
        }
    }
}

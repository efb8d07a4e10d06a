package org.jpeer.dtls.internal;

import java.io.IOException;
import java.util.Arrays;
import java.util.Hashtable;
import org.bouncycastle.tls.AlertDescription;
import org.bouncycastle.tls.Certificate;
import org.bouncycastle.tls.CertificateRequest;
import org.bouncycastle.tls.ClientCertificateType;
import org.bouncycastle.tls.DefaultTlsServer;
import org.bouncycastle.tls.ProtocolVersion;
import org.bouncycastle.tls.TlsCredentialedSigner;
import org.bouncycastle.tls.TlsExtensionsUtils;
import org.bouncycastle.tls.TlsSRTPUtils;
import org.bouncycastle.tls.TlsUtils;
import org.bouncycastle.tls.UseSRTPData;
import org.bouncycastle.tls.crypto.impl.bc.BcTlsCrypto;
import org.jpeer.dtls.DtlsException;
import org.jpeer.dtls.SrtpProfile;

/**
 * The DTLS-SRTP server: requires the client's certificate (WebRTC authenticates both ends by
 * fingerprint), checks it, and picks the SRTP profile by our preference order.
 */
final class DtlsSrtpServer extends DefaultTlsServer {

    private final BcTlsCrypto crypto;
    private final CertificateMaterial certificate;
    private final HandshakeState state;
    private final HandshakeTimers timers;

    DtlsSrtpServer(BcTlsCrypto crypto, CertificateMaterial certificate, HandshakeState state, HandshakeTimers timers) {
        super(crypto);
        this.crypto = crypto;
        this.certificate = certificate;
        this.state = state;
        this.timers = timers;
    }

    @Override
    protected ProtocolVersion[] getSupportedVersions() {
        return TlsPeerSupport.versions();
    }

    /** Only suites our key can sign for, or BC could select one it has no credentials for. */
    @Override
    protected int[] getSupportedCipherSuites() {
        return (certificate.keyType() == CertificateMaterial.KeyType.ECDSA
                ? TlsPeerSupport.ECDSA_SUITES : TlsPeerSupport.RSA_SUITES).clone();
    }

    @Override
    public int getHandshakeTimeoutMillis() {
        return timers.timeoutMillis();
    }

    @Override
    public int getHandshakeResendTimeMillis() {
        return timers.resendMillis();
    }

    @Override
    protected TlsCredentialedSigner getECDSASignerCredentials() throws IOException {
        return TlsPeerSupport.signer(context, crypto, certificate);
    }

    @Override
    protected TlsCredentialedSigner getRSASignerCredentials() throws IOException {
        return TlsPeerSupport.signer(context, crypto, certificate);
    }

    @Override
    public CertificateRequest getCertificateRequest() {
        short[] types = {ClientCertificateType.ecdsa_sign, ClientCertificateType.rsa_sign};
        return new CertificateRequest(types, TlsUtils.getDefaultSupportedSignatureAlgorithms(context), null);
    }

    @Override
    public void notifyClientCertificate(Certificate clientCertificate) throws IOException {
        state.verifyPeer(clientCertificate);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void processClientExtensions(Hashtable clientExtensions) throws IOException {
        super.processClientExtensions(clientExtensions);
        UseSRTPData offered = TlsSRTPUtils.getUseSRTPExtension(clientExtensions);
        if (offered == null) {
            throw state.fail(DtlsException.Reason.NO_SRTP_PROFILE, AlertDescription.handshake_failure,
                    "peer did not offer use_srtp");
        }
        for (SrtpProfile profile : state.profiles()) {
            for (int id : offered.getProtectionProfiles()) {
                if (id == profile.id()) {
                    state.select(profile);
                    return;
                }
            }
        }
        throw state.fail(DtlsException.Reason.NO_SRTP_PROFILE, AlertDescription.handshake_failure,
                "no common SRTP profile: we accept " + state.profiles() + ", peer offered "
                        + Arrays.stream(offered.getProtectionProfiles())
                                .mapToObj(id -> String.format("0x%04X", id)).toList());
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public Hashtable getServerExtensions() throws IOException {
        Hashtable extensions = TlsExtensionsUtils.ensureExtensionsInitialised(super.getServerExtensions());
        TlsSRTPUtils.addUseSRTPExtension(extensions,
                new UseSRTPData(new int[] {state.selected().id()}, TlsUtils.EMPTY_BYTES));
        return extensions;
    }

    @Override
    public void notifyHandshakeComplete() throws IOException {
        super.notifyHandshakeComplete();
        state.exportKeys(context);
    }

    @Override
    public void notifyAlertReceived(short alertLevel, short alertDescription) {
        state.alertReceived(alertLevel, alertDescription);
    }
}

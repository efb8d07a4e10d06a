package org.jpeer.dtls.internal;

import java.io.IOException;
import java.util.Hashtable;
import org.bouncycastle.tls.AlertDescription;
import org.bouncycastle.tls.CertificateRequest;
import org.bouncycastle.tls.DefaultTlsClient;
import org.bouncycastle.tls.ProtocolVersion;
import org.bouncycastle.tls.TlsAuthentication;
import org.bouncycastle.tls.TlsCredentials;
import org.bouncycastle.tls.TlsExtensionsUtils;
import org.bouncycastle.tls.TlsSRTPUtils;
import org.bouncycastle.tls.TlsServerCertificate;
import org.bouncycastle.tls.TlsUtils;
import org.bouncycastle.tls.UseSRTPData;
import org.bouncycastle.tls.crypto.impl.bc.BcTlsCrypto;
import org.jpeer.dtls.DtlsException;
import org.jpeer.dtls.SrtpProfile;

/** The DTLS-SRTP client: offers {@code use_srtp}, checks the server's fingerprint, presents our certificate. */
final class DtlsSrtpClient extends DefaultTlsClient {

    private final BcTlsCrypto crypto;
    private final CertificateMaterial certificate;
    private final HandshakeState state;
    private final HandshakeTimers timers;

    DtlsSrtpClient(BcTlsCrypto crypto, CertificateMaterial certificate, HandshakeState state, HandshakeTimers timers) {
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

    @Override
    protected int[] getSupportedCipherSuites() {
        return TlsPeerSupport.CLIENT_SUITES.clone();
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
    @SuppressWarnings({"rawtypes", "unchecked"})
    public Hashtable getClientExtensions() throws IOException {
        Hashtable extensions = TlsExtensionsUtils.ensureExtensionsInitialised(super.getClientExtensions());
        int[] ids = state.profiles().stream().mapToInt(SrtpProfile::id).toArray();
        TlsSRTPUtils.addUseSRTPExtension(extensions, new UseSRTPData(ids, TlsUtils.EMPTY_BYTES));
        return extensions;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void processServerExtensions(Hashtable serverExtensions) throws IOException {
        super.processServerExtensions(serverExtensions);
        UseSRTPData useSrtp = TlsSRTPUtils.getUseSRTPExtension(serverExtensions);
        if (useSrtp == null) {
            throw state.fail(DtlsException.Reason.NO_SRTP_PROFILE, AlertDescription.handshake_failure,
                    "peer did not negotiate use_srtp");
        }
        int[] chosen = useSrtp.getProtectionProfiles();
        SrtpProfile profile = chosen.length == 1 ? SrtpProfile.byId(chosen[0]) : null;
        // RFC 5764 §4.1.1: the server picks exactly one profile from those offered.
        if (profile == null || !state.profiles().contains(profile)) {
            throw state.fail(DtlsException.Reason.NO_SRTP_PROFILE, AlertDescription.illegal_parameter,
                    "peer chose an SRTP profile that was not offered");
        }
        state.select(profile);
    }

    @Override
    public TlsAuthentication getAuthentication() {
        return new TlsAuthentication() {
            @Override
            public void notifyServerCertificate(TlsServerCertificate serverCertificate) throws IOException {
                state.verifyPeer(serverCertificate.getCertificate());
            }

            @Override
            public TlsCredentials getClientCredentials(CertificateRequest request) throws IOException {
                return TlsPeerSupport.signer(context, crypto, certificate);
            }
        };
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

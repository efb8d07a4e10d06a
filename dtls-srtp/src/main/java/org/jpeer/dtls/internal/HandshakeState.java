package org.jpeer.dtls.internal;

import java.io.IOException;
import java.util.List;
import org.bouncycastle.tls.AlertDescription;
import org.bouncycastle.tls.AlertLevel;
import org.bouncycastle.tls.Certificate;
import org.bouncycastle.tls.TlsContext;
import org.bouncycastle.tls.TlsFatalAlert;
import org.jpeer.dtls.DtlsException;
import org.jpeer.dtls.Fingerprint;
import org.jpeer.dtls.SrtpProfile;

/**
 * What the Bouncy Castle peer callbacks learn during one handshake: whether the peer's certificate
 * matched, the chosen SRTP profile, the exported keys, and the first failure with its reason.
 * Used from the handshake thread only, except {@link #closeNotifyReceived()}.
 */
final class HandshakeState {

    private final Fingerprint expected;
    private final List<SrtpProfile> profiles;
    private SrtpProfile selected;
    private SrtpKeys keys;
    private NegotiatedParameters negotiated;
    private boolean peerVerified;
    private DtlsException failure;
    private short fatalAlertReceived = -1;
    private volatile boolean closeNotifyReceived;
    private final Runnable onCloseNotify;

    HandshakeState(Fingerprint expected, List<SrtpProfile> profiles, Runnable onCloseNotify) {
        this.expected = expected;
        this.profiles = List.copyOf(profiles);
        this.onCloseNotify = onCloseNotify;
    }

    List<SrtpProfile> profiles() {
        return profiles;
    }

    /** Checks the peer's end-entity certificate against the SDP fingerprint; the only trust WebRTC has. */
    void verifyPeer(Certificate chain) throws IOException {
        if (chain == null || chain.isEmpty()) {
            throw fail(DtlsException.Reason.FINGERPRINT_MISMATCH, AlertDescription.bad_certificate,
                    "peer sent no certificate; expected one matching " + expected.toSdpValue());
        }
        byte[] der = chain.getCertificateAt(0).getEncoded();
        if (!expected.matches(der)) {
            throw fail(DtlsException.Reason.FINGERPRINT_MISMATCH, AlertDescription.bad_certificate,
                    "fingerprint mismatch: expected " + expected.toSdpValue() + ", got "
                            + Fingerprint.of(expected.algorithm(), der).toSdpValue());
        }
        peerVerified = true;
    }

    void select(SrtpProfile profile) {
        selected = profile;
    }

    SrtpProfile selected() {
        return selected;
    }

    /** Exports the SRTP keys (RFC 5764 §4.2), refusing if the peer was never verified. */
    void exportKeys(TlsContext context) throws IOException {
        if (!peerVerified) {
            throw fail(DtlsException.Reason.FINGERPRINT_MISMATCH, AlertDescription.handshake_failure,
                    "handshake finished without the peer's certificate being checked");
        }
        if (selected == null) {
            throw fail(DtlsException.Reason.NO_SRTP_PROFILE, AlertDescription.handshake_failure,
                    "handshake finished without an SRTP profile");
        }
        keys = SrtpKeys.split(selected,
                context.exportKeyingMaterial(SrtpKeys.EXPORTER_LABEL, null, SrtpKeys.materialLength(selected)));
        negotiated = NegotiatedParameters.of(context.getSecurityParametersConnection(), selected);
    }

    SrtpKeys keys() {
        return keys;
    }

    NegotiatedParameters negotiated() {
        return negotiated;
    }

    /** Records the first failure and returns the alert to throw at Bouncy Castle. */
    TlsFatalAlert fail(DtlsException.Reason reason, short alert, String message) {
        if (failure == null) {
            failure = new DtlsException(reason, message);
        }
        return new TlsFatalAlert(alert, message);
    }

    void alertReceived(short level, short description) {
        if (description == AlertDescription.close_notify) {
            closeNotifyReceived = true;
            onCloseNotify.run();
        } else if (level == AlertLevel.fatal && fatalAlertReceived < 0) {
            fatalAlertReceived = description;
        }
    }

    boolean closeNotifyReceived() {
        return closeNotifyReceived;
    }

    /** The failure to report for an exception that ended the handshake or the connection. */
    DtlsException failure(IOException cause, int timeoutMillis) {
        if (failure != null) {
            return new DtlsException(failure.reason(), failure.getMessage(), cause);
        }
        if (cause instanceof QueueDatagramTransport.TransportClosedException) {
            return new DtlsException(DtlsException.Reason.CLOSED, "DTLS transport closed before the handshake completed",
                    cause);
        }
        if (cause instanceof org.bouncycastle.tls.TlsTimeoutException) {
            return new DtlsException(DtlsException.Reason.TIMEOUT,
                    "DTLS handshake timed out after " + timeoutMillis + " ms", cause);
        }
        if (fatalAlertReceived >= 0) {
            return new DtlsException(DtlsException.Reason.ALERT_RECEIVED,
                    "peer sent fatal alert " + AlertDescription.getText(fatalAlertReceived), cause);
        }
        if (cause instanceof TlsFatalAlert alert) {
            return new DtlsException(DtlsException.Reason.ALERT_SENT,
                    "DTLS aborted with alert " + AlertDescription.getText(alert.getAlertDescription())
                            + (alert.getMessage() == null ? "" : ": " + alert.getMessage()), cause);
        }
        return new DtlsException(DtlsException.Reason.INTERNAL, "DTLS failed: " + cause, cause);
    }
}

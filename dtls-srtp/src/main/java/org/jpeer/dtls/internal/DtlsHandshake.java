package org.jpeer.dtls.internal;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.List;
import org.bouncycastle.tls.DTLSClientProtocol;
import org.bouncycastle.tls.DTLSServerProtocol;
import org.bouncycastle.tls.DTLSTransport;
import org.bouncycastle.tls.crypto.impl.bc.BcTlsCrypto;
import org.jpeer.dtls.DtlsException;
import org.jpeer.dtls.DtlsRole;
import org.jpeer.dtls.Fingerprint;
import org.jpeer.dtls.SrtpProfile;

/** Runs one blocking Bouncy Castle DTLS 1.2 handshake; call it on a dedicated thread. */
public final class DtlsHandshake {

    /** Bouncy Castle's lightweight crypto handshakes about twice as fast as its JCA one here. */
    private static final BcTlsCrypto CRYPTO = new BcTlsCrypto(new SecureRandom());

    private DtlsHandshake() {
    }

    /**
     * Handshakes as {@code role} over {@code transport}.
     *
     * @return the connected channel, whose peer matched {@code remote} and whose SRTP keys are exported
     * @throws DtlsException with the reason the handshake failed
     */
    public static DtlsChannel run(DtlsRole role, CertificateMaterial certificate, Fingerprint remote,
            List<SrtpProfile> profiles, HandshakeTimers timers, QueueDatagramTransport transport) throws DtlsException {
        HandshakeState state = new HandshakeState(remote, profiles, transport::peerClosed);
        try {
            DTLSTransport dtls = role == DtlsRole.CLIENT
                    ? new DTLSClientProtocol().connect(new DtlsSrtpClient(CRYPTO, certificate, state, timers), transport)
                    : new DTLSServerProtocol().accept(new DtlsSrtpServer(CRYPTO, certificate, state, timers), transport);
            transport.flush();
            return new DtlsChannel(dtls, state, transport);
        } catch (IOException e) {
            flushAlert(transport);
            throw state.failure(e, timers.timeoutMillis());
        } catch (RuntimeException e) {
            flushAlert(transport);
            throw new DtlsException(DtlsException.Reason.INTERNAL, "DTLS handshake failed: " + e, e);
        }
    }

    /** Bouncy Castle queued a fatal alert before giving up; send it so the peer learns why. */
    private static void flushAlert(QueueDatagramTransport transport) {
        try {
            transport.flush();
        } catch (IOException ignored) {
            // The path is gone; the local failure is what matters now.
        }
    }
}

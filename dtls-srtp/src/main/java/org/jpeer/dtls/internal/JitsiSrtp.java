package org.jpeer.dtls.internal;

import java.security.GeneralSecurityException;
import java.util.logging.Level;
import org.jitsi.srtp.SrtcpCryptoContext;
import org.jitsi.srtp.SrtpContextFactory;
import org.jitsi.srtp.SrtpCryptoContext;
import org.jitsi.srtp.crypto.JitsiOpenSslProvider;
import org.jitsi.utils.logging2.Logger;
import org.jitsi.utils.logging2.LoggerImpl;
import org.jpeer.dtls.SrtpProfile;

/** The one place that builds jitsi-srtp objects, so its checked exceptions and logger stay here. */
final class JitsiSrtp {

    /**
     * Silenced: the contexts log per packet (a refused re-protect is logged as SEVERE each time),
     * while every outcome already reaches us as a status that {@code SrtpStats} counts. Only the
     * contexts use it; jitsi-srtp's one-time backend selection still logs through java.util.logging.
     */
    private static final Logger LOGGER = new LoggerImpl("org.jpeer.dtls.jitsi-srtp", Level.OFF);

    private JitsiSrtp() {
    }

    static SrtpContextFactory factory(boolean sender, SrtpProfile profile, byte[] key, byte[] salt) {
        return new SrtpContextFactory(sender, key, salt, SrtpPolicies.rtp(profile), SrtpPolicies.rtcp(profile), LOGGER);
    }

    static SrtpCryptoContext rtpContext(SrtpContextFactory factory, int ssrc) {
        try {
            return factory.deriveContext(ssrc, 0);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("no AES implementation for SRTP", e);
        }
    }

    static SrtcpCryptoContext rtcpContext(SrtpContextFactory factory, int ssrc) {
        try {
            return factory.deriveControlContext(ssrc);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("no AES implementation for SRTCP", e);
        }
    }

    /** {@code "OpenSSL"} when jitsi-srtp loaded its native backend, else {@code "Java"} (JCE). */
    static String backend() {
        return JitsiOpenSslProvider.isLoaded() ? "OpenSSL" : "Java";
    }
}

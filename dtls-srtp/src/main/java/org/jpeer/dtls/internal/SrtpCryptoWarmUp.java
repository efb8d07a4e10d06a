package org.jpeer.dtls.internal;

import java.util.concurrent.atomic.AtomicBoolean;
import org.jitsi.srtp.crypto.Aes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * jitsi-srtp picks its AES implementations on first use: it loads its native OpenSSL library and
 * times OpenSSL, JCE and Bouncy Castle against each other, about a second on a cold JVM (1.3 s
 * measured here). Started in the background when the first DTLS transport is made, that second
 * overlaps ICE and the handshake instead of holding back the first media packet.
 */
public final class SrtpCryptoWarmUp {
    private static final Logger LOG = LoggerFactory.getLogger(SrtpCryptoWarmUp.class);
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private SrtpCryptoWarmUp() {
    }

    /** Starts the warm-up on a daemon thread, once per JVM; later calls return at once. */
    public static void startOnce() {
        if (STARTED.compareAndSet(false, true)) {
            Thread t = new Thread(SrtpCryptoWarmUp::warmUp, "jpeer-srtp-warmup");
            t.setDaemon(true);
            t.start();
        }
    }

    private static void warmUp() {
        long start = System.nanoTime();
        try {
            Aes.createCipher("AES/GCM/NoPadding");
            Aes.createCipher("AES/CTR/NoPadding");
            LOG.debug("SRTP crypto ready in {} ms", (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            LOG.debug("SRTP crypto warm-up failed; the first session will choose its implementation", e);
        }
    }
}

package org.jpeer.dtls.internal;

/** Reports which crypto backend jitsi-srtp loaded. */
public final class SrtpBackend {

    private SrtpBackend() {
    }

    /** {@code "OpenSSL"} or {@code "Java"}. */
    public static String name() {
        return JitsiSrtp.backend();
    }
}

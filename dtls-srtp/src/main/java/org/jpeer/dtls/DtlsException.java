package org.jpeer.dtls;

/**
 * Why a DTLS handshake or connection failed. The message is meant for a person (e.g.
 * {@code "fingerprint mismatch: expected sha-256 AB:.., got sha-256 CD:.."}); {@link #reason()} is for code.
 */
public final class DtlsException extends Exception {

    /** The kind of failure. */
    public enum Reason {
        /** The peer's certificate does not hash to the fingerprint from its SDP, or it sent none. */
        FINGERPRINT_MISMATCH,
        /** The peer sent a fatal alert. */
        ALERT_RECEIVED,
        /** This side aborted the handshake with a fatal alert (bad record, protocol violation...). */
        ALERT_SENT,
        /** The handshake did not complete within {@link DtlsConfig#handshakeTimeout()}. */
        TIMEOUT,
        /** The peers share no SRTP protection profile, or the peer did not negotiate {@code use_srtp}. */
        NO_SRTP_PROFILE,
        /** {@link DtlsTransport#close()} was called before the handshake completed. */
        CLOSED,
        /** Anything else, e.g. the packet sender threw. */
        INTERNAL
    }

    private final Reason reason;

    public DtlsException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public DtlsException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}

package org.jpeer.dtls.internal;

/**
 * The handshake's overall deadline and first retransmission timer (RFC 6347 §4.2.4), in milliseconds.
 */
public record HandshakeTimers(int timeoutMillis, int resendMillis) {
}

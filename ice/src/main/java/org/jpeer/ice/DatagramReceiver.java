package org.jpeer.ice;

/**
 * Receives every non-STUN datagram (DTLS, RTP, RTCP) that arrives on the agent's sockets from the
 * remote peer.
 */
@FunctionalInterface
public interface DatagramReceiver {
    /**
     * One datagram. {@code buf} is reused as soon as this returns: copy what you keep. Exceptions
     * thrown here are caught, counted and logged at debug; they never stop the socket reader.
     */
    void onDatagram(byte[] buf, int off, int len);
}

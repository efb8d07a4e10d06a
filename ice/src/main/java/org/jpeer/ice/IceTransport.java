package org.jpeer.ice;

import java.util.Optional;

/**
 * The selected candidate pair as a datagram transport, the layer DTLS and SRTP sit on. The same
 * instance lives as long as its agent, whichever pair is selected.
 *
 * <pre>{@code
 * IceTransport t = agent.transport();
 * t.setReceiver((buf, off, len) -> dtls.onDatagram(buf, off, len));   // called on a reader thread
 * t.send(record, 0, record.length);                                    // never throws on loss
 * }</pre>
 */
public interface IceTransport {
    /**
     * Sends one datagram on the selected pair (or, before nomination, on the first pair that passed
     * its checks). Never throws for a datagram that cannot go out: it is dropped and counted, as UDP
     * would. Safe to call from any thread.
     */
    void send(byte[] buf, int off, int len);

    /**
     * Sets the receiver of every non-STUN datagram from the remote peer. Datagrams that arrived
     * before a receiver was set (a peer often sends DTLS right after its check succeeds) are
     * delivered at once, on the calling thread, in arrival order; later ones on the socket's reader
     * thread ({@code jpeer-ice-rx-PORT}). Calls are never concurrent with each other.
     */
    void setReceiver(DatagramReceiver receiver);

    /** Largest payload that fits the path without IP fragmentation (1200 bytes until PMTU is known). */
    default int maxDatagramSize() {
        return 1200;
    }

    IceTransportStats stats();

    /** The pair in use, if any. */
    Optional<CandidatePair> selectedPair();
}

package org.jpeer.dtls.internal;

import java.io.IOException;
import org.bouncycastle.tls.DTLSTransport;
import org.jpeer.dtls.DtlsException;

/**
 * A DTLS association after its handshake. It must keep being read: that is how the side that sent
 * the last flight answers the peer's retransmissions when its Finished was lost, and how close_notify arrives.
 */
public final class DtlsChannel {

    private final DTLSTransport dtls;
    private final HandshakeState state;
    private final QueueDatagramTransport transport;

    DtlsChannel(DTLSTransport dtls, HandshakeState state, QueueDatagramTransport transport) {
        this.dtls = dtls;
        this.state = state;
        this.transport = transport;
    }

    public SrtpKeys keys() {
        return state.keys();
    }

    public NegotiatedParameters negotiated() {
        return state.negotiated();
    }

    /**
     * Reads and handles records for up to {@code waitMillis}. Application data is discarded: JPeer
     * has no data channel yet.
     *
     * @return false once the peer sent close_notify or the transport was shut down
     * @throws DtlsException when the connection failed (fatal alert, bad record sequence)
     */
    public boolean service(byte[] scratch, int waitMillis) throws DtlsException {
        try {
            dtls.receive(scratch, 0, scratch.length, waitMillis);
        } catch (QueueDatagramTransport.TransportClosedException e) {
            return false;
        } catch (IOException e) {
            throw state.failure(e, 0);
        }
        return !state.closeNotifyReceived();
    }

    /** Sends close_notify. */
    public void close() throws IOException {
        dtls.close();
        transport.flush();
    }

    public int receiveLimit() throws IOException {
        return dtls.getReceiveLimit();
    }
}

package org.jpeer.dtls;

/**
 * Where a {@link DtlsTransport} writes its DTLS datagrams: the selected ICE pair in production, an
 * in-memory pipe in tests. Called from the transport's handshake thread; it must not block for long
 * and must not keep {@code buf} after returning.
 */
@FunctionalInterface
public interface PacketSender {

    void send(byte[] buf, int off, int len);
}

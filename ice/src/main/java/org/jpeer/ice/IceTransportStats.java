package org.jpeer.ice;

/**
 * Counters of an {@link IceTransport}, a snapshot.
 *
 * @param packetsSent datagrams handed to the socket
 * @param bytesSent their payload bytes
 * @param packetsReceived datagrams delivered to the receiver
 * @param bytesReceived their payload bytes
 * @param sendDropped datagrams not sent: no usable pair, consent lost, closed, or a socket error
 * @param receiveDropped datagrams not delivered: garbage, unknown sender, queue overflow
 * @param receiverErrors exceptions thrown by the {@link DatagramReceiver}
 */
public record IceTransportStats(long packetsSent, long bytesSent, long packetsReceived, long bytesReceived,
                                long sendDropped, long receiveDropped, long receiverErrors) {
}
